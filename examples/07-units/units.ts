import { Result } from "ferrous";
import { parse } from "ferrous/zod";
import { z } from "zod";

// Two units for the same four numbers: a fraction of the image (0..1) and pixels. Each is
// a branded number, so a box in one unit cannot be passed where the other is expected.
const Normalized = z.number().min(0).max(1).brand("Normalized");
const Pixels = z.number().int().nonnegative().brand("Pixels");
export type Normalized = z.output<typeof Normalized>;
export type Pixels = z.output<typeof Pixels>;

/** The fields every box has, whatever its unit. */
interface Box<Unit> {
  readonly x: Unit;
  readonly y: Unit;
  readonly width: Unit;
  readonly height: Unit;
}
export type NormalizedBox = Box<Normalized> & { readonly unit: "normalized" };
export type PixelBox = Box<Pixels> & { readonly unit: "pixels" };

export interface ImageSize {
  readonly width: Pixels;
  readonly height: Pixels;
}

const InImage = z
  .object({ x: Normalized, y: Normalized, width: Normalized, height: Normalized })
  .refine((box) => box.x + box.width <= 1 && box.y + box.height <= 1, "the box leaves the image");

/** The invariant (inside the image) is checked once, here; every NormalizedBox holds it. */
export function normalizedBox(x: number, y: number, width: number, height: number): Result<NormalizedBox, z.ZodError> {
  return parse(InImage, { x, y, width, height }).map((box) => ({ ...box, unit: "normalized" as const }));
}

/** An image size in pixels, parsed from plain numbers. */
export function imageSize(width: number, height: number): Result<ImageSize, z.ZodError> {
  return Result.all([parse(Pixels, width), parse(Pixels, height)]).map(([w, h]) => ({ width: w, height: h }));
}

// The conversions are the only places where one unit becomes the other, and they are
// explicit: `toPixels(box, image)`, never a silent reuse of the same numbers.

/** Rounds to whole pixels: the one place that makes Pixels from arithmetic. */
function pixels(value: number): Pixels {
  return Math.round(value) as Pixels;
}

function fraction(value: number): Normalized {
  return Math.min(1, Math.max(0, value)) as Normalized;
}

export function toPixels(box: NormalizedBox, image: ImageSize): PixelBox {
  return {
    unit: "pixels",
    x: pixels(box.x * image.width),
    y: pixels(box.y * image.height),
    width: pixels(box.width * image.width),
    height: pixels(box.height * image.height),
  };
}

export function toNormalized(box: PixelBox, image: ImageSize): NormalizedBox {
  return {
    unit: "normalized",
    x: fraction(box.x / image.width),
    y: fraction(box.y / image.height),
    width: fraction(box.width / image.width),
    height: fraction(box.height / image.height),
  };
}

/** Code shared by both units: it only needs the fields, so it takes either box. */
export function area<Unit extends number>(box: Box<Unit>): number {
  return box.width * box.height;
}

export function describe(box: NormalizedBox | PixelBox): string {
  const unit = box.unit === "pixels" ? "px" : "";
  return `${box.width}${unit} x ${box.height}${unit} at (${box.x}${unit}, ${box.y}${unit})`;
}
