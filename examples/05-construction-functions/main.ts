import { EmailAddress } from "./email.js";
import { Rect } from "./rect.js";

function main(): void {
  for (const input of ["  Ada@Example.COM ", "ada.example.com", "ada@localhost"]) {
    const line = EmailAddress.parse(input).match({
      Ok: (email) => `ok     ${email.toString()}`,
      Err: (error) => `error  ${error.reason}`,
    });
    console.log(`${`"${input}"`.padEnd(22)} -> ${line}`);
  }

  const rects = [
    Rect.fromCorners({ x: 0, y: 0 }, { x: 4, y: 3 }),
    Rect.fromOriginAndSize({ x: 10, y: 10 }, { width: 2, height: 5 }),
    Rect.fromCorners({ x: 5, y: 5 }, { x: 1, y: 1 }),
  ];
  for (const rect of rects) {
    console.log(
      rect.match({
        Ok: (r) => `rect at (${r.origin.x}, ${r.origin.y}) with area ${r.area}`,
        Err: (error) => `no rect: ${error.width} x ${error.height} is empty`,
      }),
    );
  }
}

main();
