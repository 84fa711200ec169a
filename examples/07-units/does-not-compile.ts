// Type tests: `tsc` checks that each line under `@ts-expect-error` really is an error.
import { toPixels } from "./units.js";
import type { ImageSize, PixelBox } from "./units.js";

export function pixelsAreNotNormalized(box: PixelBox, image: ImageSize): unknown {
  // @ts-expect-error: toPixels takes a NormalizedBox; this box is already in pixels.
  return toPixels(box, image);
}

export function numbersAreNotPixels(): ImageSize {
  // @ts-expect-error: plain numbers are not Pixels; use imageSize(640, 480).
  return { width: 640, height: 480 };
}
