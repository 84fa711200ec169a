import { assertNever } from "ferrous";

export interface Item {
  readonly name: string;
  readonly cents: number;
}

/** The whole state of a cart: a value, never changed in place. */
export interface CartState {
  readonly items: readonly Item[];
  readonly coupon: string | undefined;
}

export type CartAction =
  | { readonly tag: "Add"; readonly item: Item }
  | { readonly tag: "Remove"; readonly name: string }
  | { readonly tag: "ApplyCoupon"; readonly code: string }
  | { readonly tag: "Clear" };

export const emptyCart: CartState = Object.freeze({ items: Object.freeze([]), coupon: undefined });

/**
 * The next state from the current one and an action: a pure function, so every state the
 * program goes through is a value it can print, compare, test or undo to.
 */
export function update(state: CartState, action: CartAction): CartState {
  switch (action.tag) {
    case "Add":
      return { ...state, items: [...state.items, action.item] };
    case "Remove":
      return { ...state, items: state.items.filter((item) => item.name !== action.name) };
    case "ApplyCoupon":
      return { ...state, coupon: action.code };
    case "Clear":
      return emptyCart;
    default:
      return assertNever(action);
  }
}

export function totalCents(state: CartState): number {
  const sum = state.items.reduce((total, item) => total + item.cents, 0);
  return state.coupon === "TENOFF" ? Math.round(sum * 0.9) : sum;
}
