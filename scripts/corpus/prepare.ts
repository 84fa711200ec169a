import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { type CorpusPackage, corpusPackages, slugOf } from "./packages.js";

/** The repository root (scripts/corpus/ is two levels down). */
export const repoRoot = path.resolve(import.meta.dirname, "..", "..");

/** The scratch folder, gitignored: corpus files are never committed. */
export const corpusDir = path.join(repoRoot, ".corpus");

/** A corpus package copied out of node_modules into a lintable project of its own. */
export interface PreparedPackage {
  readonly pkg: CorpusPackage;
  /** `.corpus/pkgs/<slug>`: the project folder, with `tsconfig.json` and `src/`. */
  readonly dir: string;
  readonly tsconfig: string;
  /** Absolute paths of the `.ts` sources (no declaration files), sorted. */
  readonly files: readonly string[];
}

/**
 * @throws {Error} when an installed manifest cannot be read or is not JSON.
 */
function installedVersion(name: string): string | undefined {
  const manifest = path.join(corpusDir, "node_modules", name, "package.json");
  if (!fs.existsSync(manifest)) return undefined;
  const parsed: unknown = JSON.parse(fs.readFileSync(manifest, "utf8"));
  if (typeof parsed !== "object" || parsed === null || !("version" in parsed)) return undefined;
  return typeof parsed.version === "string" ? parsed.version : undefined;
}

/**
 * Installs the pinned corpus packages into `.corpus/node_modules` (a scratch package of its
 * own, `--ignore-scripts`), unless the right versions are already there.
 * @throws {Error} when npm fails (its output is shown) or `.corpus/` cannot be written.
 */
export function installCorpus(log: (line: string) => void): void {
  if (corpusPackages.every((p) => installedVersion(p.name) === p.version)) return;
  fs.mkdirSync(corpusDir, { recursive: true });
  const manifest = {
    name: "ferrous-corpus",
    private: true,
    description: "Scratch package of ferrous's corpus script; never committed.",
    dependencies: Object.fromEntries(corpusPackages.map((p) => [p.name, p.version])),
  };
  fs.writeFileSync(path.join(corpusDir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  log(`installing ${corpusPackages.map((p) => `${p.name}@${p.version}`).join(", ")} into .corpus/ ...`);
  execFileSync("npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund"], {
    cwd: corpusDir,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

const sourceExtension = /\.ts$/;
const declarationExtension = /\.d\.ts$/;

/**
 * The `.ts` files (not `.d.ts`) under a folder, sorted so runs compare.
 * @throws {Error} when the folder cannot be read.
 */
export function listSources(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => sourceExtension.test(f) && !declarationExtension.test(f))
    .map((f) => path.join(dir, f))
    .sort();
}

/** The parts of a tsconfig that the corpus projects set. */
export interface CorpusTsconfig {
  readonly compilerOptions: Readonly<Record<string, unknown>>;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/**
 * The tsconfig of a corpus project: all its sources, strict, `skipLibCheck` (an import that
 * does not resolve, e.g. a test runner the package does not ship, is not our error).
 */
export function corpusTsconfig(): CorpusTsconfig {
  return {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2023", "DOM", "DOM.Iterable"],
      module: "ESNext",
      moduleResolution: "Bundler",
      // The repository's @types/node, found by walking up: the packages' Node adapters use it.
      types: ["node"],
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      allowImportingTsExtensions: true,
      resolveJsonModule: true,
      esModuleInterop: true,
    },
    include: ["src/**/*.ts"],
    exclude: ["**/*.d.ts"],
  };
}

/**
 * Copies a package's sources into `target` (fresh each time, so an earlier `--fix-check`
 * or an edit by hand never leaks into a run) and writes its tsconfig.
 * @throws {Error} when the package is not installed or the copy cannot be written.
 */
export function materialise(pkg: CorpusPackage, target: string): PreparedPackage {
  const source = path.join(corpusDir, "node_modules", pkg.name, pkg.sourceDir);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  fs.cpSync(source, path.join(target, "src"), { recursive: true });
  const tsconfig = path.join(target, "tsconfig.json");
  fs.writeFileSync(tsconfig, `${JSON.stringify(corpusTsconfig(), null, 2)}\n`);
  return { pkg, dir: target, tsconfig, files: listSources(path.join(target, "src")) };
}

/**
 * Installs the corpus if needed and lays out one project per selected package under
 * `.corpus/<area>/<slug>` (the corpus script and the benchmark use different areas, so both
 * can run at once).
 * @throws {Error} when installing or copying fails.
 */
export function prepareCorpus(
  packages: readonly CorpusPackage[],
  area: string,
  log: (line: string) => void,
): PreparedPackage[] {
  installCorpus(log);
  return packages.map((pkg) => materialise(pkg, path.join(corpusDir, area, slugOf(pkg.name))));
}
