// Public runtime entry: re-exports only.
export { AsyncResult } from "./result/async-result.js";
export type { ResultLike } from "./result/async-result.js";
export { matchOn, matchTag } from "./result/match.js";
export type { ExhaustiveHandlers, Handlers, HandlersResult, WildcardHandlers } from "./result/match.js";
export { Err, Ok } from "./result/ok-err.js";
export { Option } from "./result/option.js";
export type { OptionJSON } from "./result/option.js";
export type { OptionMethods } from "./result/option-methods.js";
export { assertNever, panic, unreachable } from "./result/panic.js";
export { Result } from "./result/result.js";
export type { ResultJSON } from "./result/result.js";
export type { ResultMethods } from "./result/result-methods.js";
export { None, Some } from "./result/some-none.js";
export { TaggedError } from "./result/tagged-error.js";
export type { TaggedErrorArgs, TaggedErrorBase, TaggedErrorClass } from "./result/tagged-error.js";
export type { ErrValue, OkValue, SomeValue } from "./result/types.js";
export { UnwrapError } from "./result/unwrap-error.js";
