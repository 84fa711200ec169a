// A resource closed by hand, and shared data that sits next to its lock instead of in it.
import { openLog } from "./log-file.js";

export function audit(lines: readonly string[]): number {
  const log = openLog("audit.log", console.log);
  for (const line of lines) {
    if (line === "") return 0;
    log.write(line);
  }
  return lines.length;
}

// Nothing stops a function from touching `balance` without taking `locked` first.
let balance = 100;
let locked = false;

export async function deposit(amount: number): Promise<void> {
  while (locked) await new Promise((resolve) => setTimeout(resolve, 1));
  locked = true;
  const before = balance;
  await new Promise((resolve) => setTimeout(resolve, 10));
  balance = before + amount;
  locked = false;
}
