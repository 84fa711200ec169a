// How many programs read their settings today: the signatures say `number` and
// `Settings`, and nothing says that both functions throw on bad input.

export interface Settings {
  host: string;
  port: number;
}

export function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`not a port: ${text}`);
  }
  return port;
}

export function readSettings(json: string): Settings {
  const raw = JSON.parse(json) as { host?: string; port?: string };
  return { host: raw.host ?? "localhost", port: parsePort(raw.port ?? "8080") };
}
