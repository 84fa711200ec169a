import { Err, Ok, TaggedError } from "ferrous";
import type { Result } from "ferrous";

export class EmptyRect extends TaggedError("EmptyRect")<{ width: number; height: number }> {}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * A rectangle with a positive area. Instead of one constructor with six optional numbers
 * (corners? origin and size? both?), named construction functions each take one coherent
 * set of inputs, and each returns a Result, because each can be given an empty rectangle.
 */
export class Rect {
  private constructor(
    readonly origin: Point,
    readonly size: Size,
  ) {}

  static fromCorners(topLeft: Point, bottomRight: Point): Result<Rect, EmptyRect> {
    return Rect.fromOriginAndSize(topLeft, { width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y });
  }

  static fromOriginAndSize(origin: Point, size: Size): Result<Rect, EmptyRect> {
    return size.width > 0 && size.height > 0 ? Ok(new Rect(origin, size)) : Err(new EmptyRect(size));
  }

  get area(): number {
    return this.size.width * this.size.height;
  }
}
