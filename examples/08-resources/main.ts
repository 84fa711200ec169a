import { openLog } from "./log-file.js";
import { Mutex } from "./mutex.js";

const print = (line: string): void => {
  console.log(line);
};

function audit(lines: readonly string[]): number {
  using log = openLog("audit.log", print);
  for (const line of lines) {
    // Leaving early still closes the log: `using` releases it on every path.
    if (line === "") return 0;
    log.write(line);
  }
  return lines.length;
}

/** Reads the balance, waits (a network call, say), then writes it back: safe only under the lock. */
async function deposit(balance: Mutex<number>, amount: number): Promise<void> {
  using guard = await balance.lock();
  const before = guard.value;
  await new Promise((resolve) => setTimeout(resolve, 10));
  guard.set(before + amount);
}

async function main(): Promise<void> {
  console.log(`wrote ${audit(["user ada logged in", "user ada logged out"])} lines`);
  console.log(`wrote ${audit(["user bob logged in", ""])} lines`);

  // Two deposits run at once. Without the lock the second write would overwrite the
  // first; with it, both count.
  const balance = new Mutex(100);
  await Promise.all([deposit(balance, 20), deposit(balance, 30)]);
  using guard = await balance.lock();
  console.log(`balance: ${guard.value}`);
}

await main();
