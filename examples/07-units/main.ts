import { Result } from "ferrous";
import { area, describe, imageSize, normalizedBox, toNormalized, toPixels } from "./units.js";

function main(): void {
  // What a detector returns: boxes as fractions of the image.
  const detections = [
    { label: "cat", x: 0.1, y: 0.2, width: 0.5, height: 0.5 },
    { label: "dog", x: 0.75, y: 0.5, width: 0.5, height: 0.25 },
  ];

  const image = imageSize(640, 480);

  for (const { label, x, y, width, height } of detections) {
    const line = Result.all([image, normalizedBox(x, y, width, height)]).match({
      Ok: ([size, normalized]) => {
        const inPixels = toPixels(normalized, size);
        const back = toNormalized(inPixels, size);
        return `${describe(normalized)} -> ${describe(inPixels)}, ${area(inPixels)} px², back: ${describe(back)}`;
      },
      Err: (error) => `rejected: ${error.issues.map((issue) => issue.message).join("; ")}`,
    });
    console.log(`${label}: ${line}`);
  }
}

main();
