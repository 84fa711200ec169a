import { matchTag } from "ferrous";
import { readSettings } from "./settings.js";
import type { SettingsError } from "./settings.js";

function explain(error: SettingsError): string {
  // matchTag is exhaustive: add a variant to SettingsError and this stops compiling.
  return matchTag(error, {
    NotJson: () => "the settings are not JSON",
    NotAPort: ({ text }) => `"${text}" is not a port`,
    BadShape: ({ cause }) => `wrong shape at ${cause.issues.map((issue) => issue.path.join(".")).join(", ")}`,
  });
}

function main(): void {
  const documents = [
    '{ "host": "example.com", "port": "443" }',
    "{}",
    '{ "port": "99999" }',
    '{ "host": 42 }',
    "{ not json",
  ];
  for (const document of documents) {
    const line = readSettings(document).match({
      Ok: (settings) => `ok     ${settings.host}:${settings.port}`,
      Err: (error) => `error  ${explain(error)}`,
    });
    console.log(`${document.padEnd(42)} -> ${line}`);
  }
}

main();
