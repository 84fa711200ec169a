import { emptyCart, totalCents, update } from "./cart.js";
import type { CartAction, CartState } from "./cart.js";

const actions: readonly CartAction[] = [
  { tag: "Add", item: { name: "tea", cents: 450 } },
  { tag: "Add", item: { name: "mug", cents: 1200 } },
  { tag: "ApplyCoupon", code: "TENOFF" },
  { tag: "Remove", name: "tea" },
  { tag: "Clear" },
];

const show = (state: CartState): string =>
  `[${state.items.map((item) => item.name).join(", ")}] total ${(totalCents(state) / 100).toFixed(2)}`;

// State is passed explicitly from step to step: no module holds it, so no function can
// change it behind another's back. The history is just the list of states.
const history = actions.reduce<readonly CartState[]>(
  (states, action) => [...states, update(states.at(-1) ?? emptyCart, action)],
  [emptyCart],
);

history.forEach((state, step) => {
  const action = step === 0 ? "start" : (actions[step - 1]?.tag ?? "");
  console.log(`${action.padEnd(12)} ${show(state)}`);
});
