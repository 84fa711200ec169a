import { parseConfig, upgrade } from "./config.js";
import { describe, severity } from "./events.js";
import type { DeployEvent } from "./events.js";

function main(): void {
  const files: readonly unknown[] = [
    { version: 1, server: "db.internal:5432" },
    { version: 2, host: "db.internal", port: 5433, tls: true },
    { version: 3, host: "db.internal" },
  ];

  for (const file of files) {
    const line = parseConfig(file).match({
      Ok: (config) => {
        const latest = upgrade(config);
        return `v${config.version} -> host=${latest.host} port=${latest.port} tls=${String(latest.tls)}`;
      },
      Err: (error) => `rejected: ${error.issues.map((issue) => `${issue.code} at ${issue.path.join(".")}`).join("; ")}`,
    });
    console.log(line);
  }

  const events: readonly DeployEvent[] = [
    { tag: "Deployed", service: "api", version: "1.4.0" },
    { tag: "Failed", service: "worker", reason: "timeout" },
    { tag: "Failed", service: "api", reason: "migration error" },
    { tag: "RolledBack", service: "api", to: "1.3.2" },
  ];

  for (const event of events) console.log(`[${severity(event)}] ${describe(event)}`);
}

main();
