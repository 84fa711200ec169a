// `TaggedError(tag)` makes a base class for one member of a typed error union; the subclass
// gives the fields: `class NotFound extends TaggedError("NotFound")<{ id: string }> {}`.

/** What every tagged error has: a real `Error` with a literal `tag` (its `name` too). */
export interface TaggedErrorBase<Tag extends string> extends Error {
  /** The discriminant, the same string as `name`: matched by `matchTag`. */
  readonly tag: Tag;
}

/** The arguments of a tagged error's constructor: the fields, optional when there are none. */
export type TaggedErrorArgs<Fields> = keyof Fields extends never ? [fields?: Fields] : [fields: Fields];

/** The class `TaggedError(tag)` returns: generic in the fields its subclass declares. */
export interface TaggedErrorClass<Tag extends string> {
  /** Builds the error from its fields; `message` and `cause` go to `Error`'s own. */
  // `{}` on purpose: a class declared without fields takes none (`new Timeout()`).
  // eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type
  new <Fields extends object = Record<never, never>>(
    ...args: TaggedErrorArgs<Fields>
  ): TaggedErrorBase<Tag> & Readonly<Fields>;
  readonly prototype: TaggedErrorBase<Tag>;
}

/**
 * Makes the base class of a tagged error: a real `Error` whose `name` and `tag` are `tag`, and
 * whose fields are own read-only properties. A `message` or `cause` field becomes the `Error`'s
 * message and cause.
 *
 * @example
 * ```ts
 * class NotFound extends TaggedError("NotFound")<{ id: string; message: string }> {}
 * class Timeout extends TaggedError("Timeout") {}
 *
 * const error: NotFound | Timeout = new NotFound({ id: "42", message: "no user 42" });
 * assert.ok(error instanceof Error);
 * assert.equal(error.name, "NotFound");
 * assert.equal(error.message, "no user 42");
 * const text = matchTag(error, {
 *   NotFound: (e) => `missing ${e.id}`,
 *   Timeout: () => "too slow",
 * });
 * assert.equal(text, "missing 42");
 * assert.equal(new Timeout().tag, "Timeout");
 * ```
 */
export function TaggedError<const Tag extends string>(tag: Tag): TaggedErrorClass<Tag> {
  class Tagged extends Error {
    declare readonly tag: Tag;

    constructor(fields?: Readonly<Record<string, unknown>>) {
      const message = fields?.["message"];
      super(
        typeof message === "string" ? message : undefined,
        fields !== undefined && "cause" in fields ? { cause: fields["cause"] } : undefined,
      );
      readonly(this, "tag", tag);
      if (fields !== undefined) {
        for (const key of Object.keys(fields)) {
          // `message` and `cause` are already Error's own properties, set by `super`.
          if (key !== "message" && key !== "cause") readonly(this, key, fields[key]);
        }
      }
    }

    // On the prototype, so the first line of the stack trace shows the tag too.
    override get name(): string {
      return tag;
    }
  }
  // SAFETY: `Tagged` builds exactly `TaggedErrorBase<Tag> & Readonly<Fields>`: the fields are
  // copied onto the instance; only their type is generic, which a class cannot express.
  return Tagged as unknown as TaggedErrorClass<Tag>;
}

function readonly(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
}
