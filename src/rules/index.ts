import { exhaustiveMatch } from "./exhaustive-match.js";
import { mustUseResult } from "./must-use-result.js";
import { noBrandForgery } from "./no-brand-forgery.js";
import { noMutableSharedState } from "./no-mutable-shared-state.js";
import { noPositionalTupleReturn } from "./no-positional-tuple-return.js";
import { noUncheckedThrow } from "./no-unchecked-throw.js";
import { noUnwrap } from "./no-unwrap.js";
import { requireUsing } from "./require-using.js";

/** Every ferrous rule, by its name without the `ferrous/` prefix. */
export const rules = {
  "exhaustive-match": exhaustiveMatch,
  "must-use-result": mustUseResult,
  "no-brand-forgery": noBrandForgery,
  "no-mutable-shared-state": noMutableSharedState,
  "no-positional-tuple-return": noPositionalTupleReturn,
  "no-unchecked-throw": noUncheckedThrow,
  "no-unwrap": noUnwrap,
  "require-using": requireUsing,
} as const;

export type RuleName = keyof typeof rules;
