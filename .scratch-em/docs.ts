import { assertNever, matchTag, TaggedError } from "ferrous";
import { match } from "ts-pattern";

type Shape = { kind: "circle"; r: number } | { kind: "square"; side: number } | { kind: "triangle"; h: number };
type UiEvent = { type: "click" } | { type: "key" } | { type: "scroll" };
class NotFound extends TaggedError("NotFound") {}
class Timeout extends TaggedError("Timeout") {}
class Forbidden extends TaggedError("Forbidden") {}
type AppError = NotFound | Timeout | Forbidden;

namespace Incorrect {
function area(s: Shape): number {
  switch (s.kind) {
    case "circle": return Math.PI * s.r ** 2;
    case "square": return s.side ** 2;
    default: return 0; // hides "triangle"
  }
}

function status(e: AppError): number {
  if (e instanceof NotFound) return 404;
  else if (e instanceof Timeout) return 504;
  else return 500; // hides Forbidden
}

function statusOf(e: AppError): number {
  if (e instanceof NotFound) { // the `return 500` after the chain hides Forbidden
    return 404;
  } else if (e instanceof Timeout) {
    return 504;
  }
  return 500;
}

const onEvent = (event: UiEvent) =>
  match(event)
    .with({ type: "click" }, () => 1)
    .with({ type: "key" }, () => 2)
    .otherwise(() => 0); // hides "scroll"

const code = (error: AppError) =>
  matchTag(error, { NotFound: () => 404, Timeout: () => 504, _: () => 500 }); // hides "Forbidden"

}
namespace Correct {
function area(s: Shape): number {
  switch (s.kind) {
    case "circle": return Math.PI * s.r ** 2;
    case "square": return s.side ** 2;
    case "triangle": return s.h;
    default: return assertNever(s); // a guard: reports nothing, throws on bad data
  }
}

function statusOf(e: AppError): number {
  if (e instanceof NotFound) return 404;
  else if (e instanceof Timeout) return 504;
  else if (e instanceof Forbidden) return 403;
  return assertNever(e); // `e` is `never` here: a new error class is a type error
}

const code = (error: AppError) => matchTag(error, { NotFound: () => 404, Timeout: () => 504, Forbidden: () => 403 });

const onEvent = (event: UiEvent) =>
  match(event)
    .with({ type: "click" }, () => 1)
    .with({ type: "key" }, () => 2)
    .with({ type: "scroll" }, () => 3)
    .exhaustive();

// Picking one case out of many is a decision, not a match (reported only with `partialMatches: "report"`).
const isCircle = (s: Shape): boolean => {
  switch (s.kind) {
    case "circle": return true;
    default: return false;
  }
};

}
export {};
