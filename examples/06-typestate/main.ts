import { Result, matchTag } from "ferrous";
import { connect } from "./client.js";
import type { Server } from "./client.js";

const server: Server = {
  url: "db://inventory",
  tokens: new Map([["ada", "s3cret"]]),
  tables: new Map([
    [
      "parts",
      [
        { name: "bolt", stock: 120 },
        { name: "nut", stock: 75 },
      ],
    ],
  ]),
  log: (line) => {
    console.log(`  server: ${line}`);
  },
};

function report(url: string, user: string, token: string, table: string): string {
  return Result.gen(function* () {
    // `using` closes the connection when this body ends: after the last query, and also
    // when a `yield*` of an Err ends it early.
    using connection = yield* connect(server, url);
    const session = yield* connection.authenticate(user, token);
    const rows = yield* session.query(table);
    return rows.map((row) => `${String(row["name"])}=${String(row["stock"])}`).join(", ");
  }).match({
    Ok: (rows) => `rows: ${rows}`,
    Err: (error) =>
      matchTag(error, {
        ConnectFailed: ({ url: where }) => `cannot connect to ${where}`,
        AuthFailed: ({ user: who }) => `${who} may not log in`,
        NoSuchTable: ({ table: name }) => `no table ${name}`,
      }),
  });
}

function main(): void {
  console.log(report("db://inventory", "ada", "s3cret", "parts"));
  console.log(report("db://inventory", "ada", "wrong", "parts"));
  console.log(report("db://inventory", "ada", "s3cret", "orders"));
  console.log(report("db://billing", "ada", "s3cret", "parts"));
}

main();
