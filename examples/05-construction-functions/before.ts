// Constructors that validate and throw: `new Email(input)` looks total, yet it throws on
// bad input, and every caller must know that without the type saying so.

export class Email {
  readonly value: string;

  constructor(input: string) {
    if (!input.includes("@")) {
      throw new Error(`invalid email: ${input}`);
    }
    this.value = input.trim().toLowerCase();
  }
}

// One constructor for every way to describe a rectangle; which arguments go together is
// documented in a comment, and a wrong mix is found at run time.
export class Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;

  constructor(x: number, y: number, width?: number, height?: number, right?: number, bottom?: number) {
    this.x = x;
    this.y = y;
    this.width = width ?? (right ?? x) - x;
    this.height = height ?? (bottom ?? y) - y;
    if (this.width <= 0 || this.height <= 0) {
      throw new RangeError("a rectangle needs a positive width and height");
    }
  }
}

export function signUp(input: string): string {
  const email = new Email(input);
  return `welcome, ${email.value}`;
}
