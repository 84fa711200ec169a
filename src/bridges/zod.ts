/**
 * `ferrous/zod`: zod's parsers as functions that return a Result.
 *
 * `parse`, `parseAsync` and `parser` only call the schema's own `safeParse` /
 * `safeParseAsync`, so they serve zod 4 (classic and mini) and zod 3 alike, and the Err is
 * the very `ZodError` zod built. `resultSchema` and `optionSchema` build zod 4 schemas.
 *
 * zod is an optional peer dependency: importing `ferrous` never loads it; importing this
 * module without zod installed fails at load time with Node's "Cannot find package 'zod'".
 */
import * as z from "zod";
import { AsyncResult, Err, None, Ok, Some } from "../index.js";
import type { Option, OptionJSON, Result, ResultJSON } from "../index.js";

/** What `safeParse` returns, in the shape zod 3 and zod 4 share. */
type SafeParseOutcome<Output, Failure> =
  | { readonly success: true; readonly data: Output }
  | { readonly success: false; readonly error: Failure };

/** Any schema with zod's `safeParse` (zod 4 classic or mini, zod 3). */
export interface SafeParseSchema {
  safeParse: (data: unknown) => SafeParseOutcome<unknown, unknown>;
}

/** Any schema with zod's `safeParseAsync`: needed for async refinements and transforms. */
export interface SafeParseAsyncSchema {
  safeParseAsync: (data: unknown) => Promise<SafeParseOutcome<unknown, unknown>>;
}

type Outcome<S> = S extends { safeParse: (...args: never[]) => infer R } ? R : never;

/** The schema's output type: `z.output<S>`, read from what its `safeParse` returns. */
export type SchemaOutput<S extends SafeParseSchema> = Extract<Outcome<S>, { success: true }>["data"];

/** The error zod reports for the schema: its `ZodError`. */
export type SchemaError<S extends SafeParseSchema> = Extract<Outcome<S>, { success: false }>["error"];

function fromOutcome<T, E>(outcome: SafeParseOutcome<T, E>): Result<T, E> {
  return outcome.success ? Ok(outcome.data) : Err(outcome.error);
}

/**
 * Parses `input` with `schema`: `Ok` of the parsed value, or `Err` of zod's `ZodError`.
 *
 * @example
 * const port = parse(z.coerce.number().int().min(1).max(65535), process.env.PORT);
 */
export function parse<S extends SafeParseSchema>(schema: S, input: unknown): Result<SchemaOutput<S>, SchemaError<S>> {
  // The cast only restates what `Outcome<S>` extracted from the schema's own signature.
  return fromOutcome(schema.safeParse(input) as SafeParseOutcome<SchemaOutput<S>, SchemaError<S>>);
}

/**
 * Parses `input` with a schema that has async refinements or transforms. A refinement that
 * throws is a bug, not a parse error: it rejects the awaited result (a panic).
 */
export function parseAsync<S extends SafeParseSchema & SafeParseAsyncSchema>(
  schema: S,
  input: unknown,
): AsyncResult<SchemaOutput<S>, SchemaError<S>> {
  const outcome = schema.safeParseAsync(input) as Promise<SafeParseOutcome<SchemaOutput<S>, SchemaError<S>>>;
  return AsyncResult.from(outcome.then((settled) => fromOutcome(settled)));
}

/**
 * The schema as a construction function that parses instead of validating:
 * `const parseUserId = parser(UserId); parseUserId(raw) // Result<UserId, ZodError>`.
 */
export function parser<S extends SafeParseSchema>(schema: S): (input: unknown) => Result<SchemaOutput<S>, SchemaError<S>> {
  return (input) => parse(schema, input);
}

function isRecord(input: unknown): input is Readonly<Record<string, unknown>> {
  return typeof input === "object" && input !== null && !Array.isArray(input);
}

/**
 * `JSON.stringify(Ok(undefined))` writes `{"tag":"Ok"}`: the missing field is read back as
 * `undefined`, and the inner schema decides whether that is allowed.
 */
function withMissingField(tag: string, field: string): (input: unknown) => unknown {
  return (input) => (isRecord(input) && input["tag"] === tag && !(field in input) ? { ...input, [field]: undefined } : input);
}

/**
 * A zod schema of a Result's JSON shape (`{ tag: "Ok", value }` / `{ tag: "Err", error }`)
 * whose output is a real ferrous Result, for Results that arrive over the wire. Anything
 * else, or an inner value the inner schemas reject, fails to parse with a `ZodError`.
 */
export function resultSchema<OkSchema extends z.ZodType, ErrSchema extends z.ZodType>(
  okSchema: OkSchema,
  errSchema: ErrSchema,
): z.ZodType<Result<z.output<OkSchema>, z.output<ErrSchema>>, ResultJSON<z.input<OkSchema>, z.input<ErrSchema>>> {
  // zod cannot compute the object types of generic schemas; this is the type they have.
  const shape: z.ZodType<ResultJSON<z.output<OkSchema>, z.output<ErrSchema>>> = z.discriminatedUnion("tag", [
    z.object({ tag: z.literal("Ok"), value: okSchema }),
    z.object({ tag: z.literal("Err"), error: errSchema }),
  ]) as unknown as z.ZodType<ResultJSON<z.output<OkSchema>, z.output<ErrSchema>>>;
  const result = shape.transform(
    (json): Result<z.output<OkSchema>, z.output<ErrSchema>> => (json.tag === "Ok" ? Ok(json.value) : Err(json.error)),
  );
  return z.preprocess(withMissingField("Ok", "value"), result) as z.ZodType<
    Result<z.output<OkSchema>, z.output<ErrSchema>>,
    ResultJSON<z.input<OkSchema>, z.input<ErrSchema>>
  >;
}

/**
 * A zod schema of an Option's JSON shape (`{ tag: "Some", value }` / `{ tag: "None" }`)
 * whose output is a real ferrous Option (`None` is the one `None`).
 */
export function optionSchema<SomeSchema extends z.ZodType>(
  someSchema: SomeSchema,
): z.ZodType<Option<z.output<SomeSchema>>, OptionJSON<z.input<SomeSchema>>> {
  const shape: z.ZodType<OptionJSON<z.output<SomeSchema>>> = z.discriminatedUnion("tag", [
    z.object({ tag: z.literal("Some"), value: someSchema }),
    z.object({ tag: z.literal("None") }),
  ]) as unknown as z.ZodType<OptionJSON<z.output<SomeSchema>>>;
  const option = shape.transform((json): Option<z.output<SomeSchema>> => (json.tag === "Some" ? Some(json.value) : None));
  return z.preprocess(withMissingField("Some", "value"), option) as z.ZodType<
    Option<z.output<SomeSchema>>,
    OptionJSON<z.input<SomeSchema>>
  >;
}
