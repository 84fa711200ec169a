import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** A peer dependency `ferrous check` loads, with the versions it works with. */
interface Peer {
  readonly name: string;
  readonly range: string;
  readonly accepts: (version: readonly number[]) => boolean;
  /** What to install when it is missing or of the wrong version. */
  readonly install: string;
  /** A peer that brings this one along: when that one is missing, installing it is the advice. */
  readonly broughtBy?: string;
}

const atLeast = (version: readonly number[], minimum: readonly number[]): boolean => {
  for (const [index, part] of minimum.entries()) {
    const own = version[index] ?? 0;
    if (own !== part) return own > part;
  }
  return true;
};

// The ranges of package.json's peerDependencies, checked before anything loads them.
const peers: readonly Peer[] = [
  {
    name: "typescript",
    range: ">=5.4.0 <6.1.0",
    accepts: (v) => atLeast(v, [5, 4, 0]) && !atLeast(v, [6, 1, 0]),
    install: "typescript@~6.0",
  },
  {
    name: "eslint",
    range: "^9.22.0 || ^10.0.0",
    accepts: (v) => (v[0] === 9 && atLeast(v, [9, 22, 0])) || v[0] === 10,
    install: "eslint@^10",
  },
  {
    name: "typescript-eslint",
    range: "^8.72.0",
    accepts: (v) => v[0] === 8 && atLeast(v, [8, 72, 0]),
    install: "typescript-eslint@^8.72",
  },
  // The rules' helpers: typescript-eslint brings them, but strict installers (pnpm) only let
  // ferrous see them when they are installed beside it.
  {
    name: "@typescript-eslint/utils",
    range: "^8.72.0",
    accepts: (v) => v[0] === 8 && atLeast(v, [8, 72, 0]),
    install: "@typescript-eslint/utils@^8.72",
    broughtBy: "typescript-eslint",
  },
  {
    name: "@typescript-eslint/type-utils",
    range: "^8.72.0",
    accepts: (v) => v[0] === 8 && atLeast(v, [8, 72, 0]),
    install: "@typescript-eslint/type-utils@^8.72",
    broughtBy: "typescript-eslint",
  },
];

function parseVersion(text: string): number[] {
  return (text.split("-")[0] ?? "").split(".").map(Number);
}

/**
 * What is wrong with the peers `ferrous check` needs, as a one-line message naming what
 * to install, or `undefined` when they are all there in supported versions. Resolved from
 * ferrous's own location, as the later `import`s will be.
 */
export function peerProblem(from: string = import.meta.url): string | undefined {
  const require = createRequire(from);
  const missing: Peer[] = [];
  for (const peer of peers) {
    let manifestPath: string;
    try {
      manifestPath = require.resolve(`${peer.name}/package.json`);
    } catch {
      if (!missing.some((other) => other.name === peer.broughtBy)) missing.push(peer);
      continue;
    }
    let version = "unknown";
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { version?: unknown };
      if (typeof manifest.version === "string") version = manifest.version;
    } catch {
      // An unreadable manifest is reported below as an unknown version.
    }
    if (!peer.accepts(parseVersion(version))) {
      return `ferrous check needs ${peer.name} ${peer.range} but found ${version}: run \`npm install -D ${peer.install}\``;
    }
  }
  if (missing.length > 0) {
    const names = missing.map((p) => p.name).join(", ");
    return `ferrous check needs ${names}, not installed here: run \`npm install -D ${missing.map((p) => p.install).join(" ")}\``;
  }
  return undefined;
}
