import { handleRename } from "./handler.js";
import { UserRepository } from "./repository.js";
import type { Database, User } from "./repository.js";

/** An in-memory database; `down` makes every call reject like a lost connection. */
function memoryDatabase(users: readonly User[], down: boolean): Database {
  const rows = new Map(users.map((user) => [user.id, user]));
  const unavailable = (): Promise<never> => Promise.reject(new Error("connection refused"));
  return {
    get: (id) => (down ? unavailable() : Promise.resolve(rows.get(id))),
    put: (user) => {
      if (down) return unavailable();
      rows.set(user.id, user);
      return Promise.resolve();
    },
  };
}

async function main(): Promise<void> {
  const users = [{ id: "1", name: "Ada" }];
  const healthy = new UserRepository(memoryDatabase(users, false));
  const broken = new UserRepository(memoryDatabase(users, true));

  const calls = [
    { label: "rename 1 to Grace", repository: healthy, id: "1", name: "Grace" },
    { label: "rename 2 to Linus", repository: healthy, id: "2", name: "Linus" },
    { label: 'rename 1 to "  "', repository: healthy, id: "1", name: "  " },
    { label: "rename 1 while the database is down", repository: broken, id: "1", name: "Grace" },
  ];

  for (const call of calls) {
    const response = await handleRename(call.repository, { params: { id: call.id }, body: { name: call.name } });
    console.log(`${call.label.padEnd(38)} -> ${response.status} ${response.body}`);
  }
}

await main();
