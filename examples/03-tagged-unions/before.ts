// Unions handled the way they often are: a fallback branch that quietly covers whatever
// was not thought of. Each of these compiles, and each is wrong for one variant.
import { match } from "ts-pattern";
import type { AnyConfig } from "./config.js";
import type { DeployEvent } from "./events.js";

// An if/else-if chain that forgets "Failed".
export function describe(event: DeployEvent): string {
  if (event.tag === "Deployed") {
    return `${event.service} is now at ${event.version}`;
  } else if (event.tag === "RolledBack") {
    return `${event.service} went back to ${event.to}`;
  }
  return "something happened";
}

// A ts-pattern chain that ends in `.otherwise()`: "Failed" is never paged.
export function severity(event: DeployEvent): string {
  return match(event).with({ tag: "Deployed" }, () => "info").with({ tag: "RolledBack" }, () => "warning").otherwise(() => "info");
}

// A `default` that hides version 2: when version 3 arrives, it is read as version 2 too.
export function serverOf(config: AnyConfig): string {
  switch (config.version) {
    case 1:
      return config.server;
    default:
      return `${config.host}:${config.port}`;
  }
}

class NotFound extends Error {
  readonly resource = "user";
}
class Forbidden extends Error {
  readonly role = "admin";
}
class Timeout extends Error {
  readonly afterMillis = 5000;
}

// An instanceof chain over a union of classes (the essay's isinstance chain) that misses Timeout.
export function statusOf(error: NotFound | Forbidden | Timeout): number {
  if (error instanceof NotFound) {
    return 404;
  } else if (error instanceof Forbidden) {
    return 403;
  }
  return 500;
}
