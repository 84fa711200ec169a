import { matchTag } from "ferrous";
import { match } from "ts-pattern";

// A closed set of shapes, each a record with a `tag`. The union is declared apart from its
// members, so one member can belong to several unions.
export interface Deployed {
  readonly tag: "Deployed";
  readonly service: string;
  readonly version: string;
}
export interface RolledBack {
  readonly tag: "RolledBack";
  readonly service: string;
  readonly to: string;
}
export interface Failed {
  readonly tag: "Failed";
  readonly service: string;
  readonly reason: string;
}
export type DeployEvent = Deployed | RolledBack | Failed;

/** With ferrous's `matchTag`: one handler per tag, checked at compile time. */
export function describe(event: DeployEvent): string {
  return matchTag(event, {
    Deployed: ({ service, version }) => `${service} is now at ${version}`,
    RolledBack: ({ service, to }) => `${service} went back to ${to}`,
    Failed: ({ service, reason }) => `${service} failed: ${reason}`,
  });
}

/** With ts-pattern: the same values, matched on their fields as they are. */
export function severity(event: DeployEvent): "info" | "warning" | "page someone" {
  return match(event)
    .with({ tag: "Deployed" }, () => "info" as const)
    .with({ tag: "RolledBack" }, () => "warning" as const)
    .with({ tag: "Failed", reason: "timeout" }, () => "warning" as const)
    .with({ tag: "Failed" }, () => "page someone" as const)
    .exhaustive();
}
