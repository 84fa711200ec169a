import { Err, Ok, Result, TaggedError } from "ferrous";
import { parse } from "ferrous/zod";
import { z } from "zod";

/** The settings the server starts with. */
export interface Settings {
  readonly host: string;
  readonly port: number;
}

export class NotJson extends TaggedError("NotJson")<{ cause: unknown }> {}
export class NotAPort extends TaggedError("NotAPort")<{ text: string }> {}
export class BadShape extends TaggedError("BadShape")<{ cause: z.ZodError }> {}

/** Every way reading the settings can fail: the signature says it, the caller matches it. */
export type SettingsError = NotJson | NotAPort | BadShape;

const RawSettings = z.object({
  host: z.string().default("localhost"),
  port: z.string().default("8080"),
});

/** A TCP port, or the text that is not one. */
export function parsePort(text: string): Result<number, NotAPort> {
  const port = Number(text);
  return Number.isInteger(port) && port >= 1 && port <= 65_535 ? Ok(port) : Err(new NotAPort({ text }));
}

/** The settings in a JSON document: every failure is in the return type, nothing is thrown. */
export function readSettings(json: string): Result<Settings, SettingsError> {
  return Result.gen(function* () {
    // JSON.parse throws on bad input: Result.try turns that throw into a value here, once.
    const document = yield* Result.try(
      (): unknown => JSON.parse(json),
      (cause) => new NotJson({ cause }),
    );
    const raw = yield* parse(RawSettings, document).mapErr((issues) => new BadShape({ cause: issues }));
    const port = yield* parsePort(raw.port);
    return { host: raw.host, port };
  });
}
