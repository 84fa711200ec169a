import { Err, Ok, TaggedError } from "ferrous";
import type { Result } from "ferrous";

export class InvalidEmail extends TaggedError("InvalidEmail")<{ input: string; reason: string }> {}

/**
 * An email address that was checked once, when it was made. The constructor is private:
 * the only way in is `EmailAddress.parse`, which returns a Result instead of throwing, so
 * every `EmailAddress` in the program is a valid one.
 */
export class EmailAddress {
  private constructor(
    readonly local: string,
    readonly domain: string,
  ) {}

  /** Parse, don't validate: the checked value comes out, or the reason it is not one. */
  static parse(input: string): Result<EmailAddress, InvalidEmail> {
    const trimmed = input.trim();
    const at = trimmed.lastIndexOf("@");
    if (at <= 0) return Err(new InvalidEmail({ input, reason: "no local part before @" }));
    const domain = trimmed.slice(at + 1).toLowerCase();
    if (!domain.includes(".")) return Err(new InvalidEmail({ input, reason: "the domain has no dot" }));
    return Ok(new EmailAddress(trimmed.slice(0, at), domain));
  }

  toString(): string {
    return `${this.local}@${this.domain}`;
  }
}
