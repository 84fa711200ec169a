import { assertNever } from "ferrous";
import type { Result } from "ferrous";
import { parse } from "ferrous/zod";
import { z } from "zod";

// A config format that changed: version 1 had one "host:port" string, version 2 split it
// and added TLS. Old files stay valid; the union says which version a file is.
const ConfigV1 = z.object({ version: z.literal(1), server: z.string().regex(/^[\w.-]+:\d+$/u) });
const ConfigV2 = z.object({
  version: z.literal(2),
  host: z.string(),
  port: z.number().int().min(1).max(65_535),
  tls: z.boolean(),
});
const AnyConfig = z.discriminatedUnion("version", [ConfigV1, ConfigV2]);

export type ConfigV1 = z.output<typeof ConfigV1>;
export type ConfigV2 = z.output<typeof ConfigV2>;
export type AnyConfig = z.output<typeof AnyConfig>;

/** A config file of any version, parsed: the Err is zod's own error. */
export function parseConfig(document: unknown): Result<AnyConfig, z.ZodError> {
  return parse(AnyConfig, document);
}

/** Every version as the latest one. */
export function upgrade(config: AnyConfig): ConfigV2 {
  switch (config.version) {
    case 1: {
      const [host = "", port = ""] = config.server.split(":");
      return { version: 2, host, port: Number(port), tls: false };
    }
    case 2:
      return config;
    default:
      // A ConfigV3 added to the union makes this line a compile error: `config` is not `never`.
      return assertNever(config);
  }
}
