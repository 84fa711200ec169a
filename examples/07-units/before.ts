// Boxes as four bare numbers: nothing says whether 0.5 is half the image or half a pixel,
// and the "fix" for a type error is an assertion that makes the compiler stop asking.
import type { Pixels } from "./units.js";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function toPixels(box: Box, imageWidth: number, imageHeight: number): Box {
  return { x: box.x * imageWidth, y: box.y * imageHeight, width: box.width * imageWidth, height: box.height * imageHeight };
}

export function areaInPixels(box: Box): Pixels {
  return (box.width * box.height) as Pixels;
}
