// A store as module-level mutable state: any importer can change it, and what a function
// returns depends on what every other function did before.

export interface Item {
  name: string;
  cents: number;
}

let items: Item[] = [];
export const listeners: (() => void)[] = [];

export function addItem(item: Item): void {
  items = [...items, item];
  for (const listener of listeners) listener();
}

export function clearCart(): void {
  items = [];
}

export function totalCents(): number {
  return items.reduce((total, item) => total + item.cents, 0);
}

export class CartStore {
  static current = new CartStore();
  coupon: string | undefined;
}
