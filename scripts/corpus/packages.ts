/**
 * The corpus of real TypeScript that ferrous's rules are checked against
 * (`/work/shared/corpus.md`): npm packages that ship their `.ts` sources, pinned so that
 * findings, crashes and timings compare from run to run.
 */
export interface CorpusPackage {
  /** The npm name. */
  readonly name: string;
  /** The exact version installed. */
  readonly version: string;
  /** The folder inside the package that holds its TypeScript sources. */
  readonly sourceDir: string;
}

export const corpusPackages: readonly CorpusPackage[] = [
  { name: "rxjs", version: "7.8.2", sourceDir: "src" },
  { name: "zod", version: "4.6.7", sourceDir: "src" },
  { name: "@trpc/server", version: "11.25.2", sourceDir: "src" },
  { name: "@tanstack/query-core", version: "5.108.0", sourceDir: "src" },
];

/** A folder name for a package: `@trpc/server` → `trpc-server`. */
export function slugOf(name: string): string {
  return name.replace(/^@/, "").replace(/\//g, "-");
}

/**
 * The packages selected by `--package`/`--packages` values (npm name or slug), in corpus order.
 * @throws {Error} when a name is not in the corpus, naming the ones that are.
 */
export function selectPackages(names: readonly string[]): readonly CorpusPackage[] {
  if (names.length === 0) return corpusPackages;
  const wanted = new Set(names.flatMap((n) => n.split(",")).map((n) => n.trim()).filter((n) => n !== ""));
  for (const name of wanted) {
    if (!corpusPackages.some((p) => p.name === name || slugOf(p.name) === name)) {
      throw new Error(
        `unknown corpus package "${name}": choose from ${corpusPackages.map((p) => p.name).join(", ")}`,
      );
    }
  }
  return corpusPackages.filter((p) => wanted.has(p.name) || wanted.has(slugOf(p.name)));
}
