import { existsSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { CliError } from "./errors.js";

/** The TypeScript project `ferrous check` lints. */
export interface Project {
  /** Absolute path of the tsconfig that was found or given. */
  readonly configPath: string;
  /** Its folder: the root for relative paths, ignores and the suppressions file. */
  readonly rootDir: string;
  /** Every tsconfig involved: the root and the projects it references, transitively. */
  readonly configPaths: readonly string[];
  /** The source files of all those tsconfigs (absolute, `.d.ts` and JSON left out). */
  readonly fileNames: ReadonlySet<string>;
  /**
   * typescript-eslint's project service finds only files named `tsconfig.json`; another
   * name (`tsconfig.build.json`) is given to the parser as `project` instead.
   */
  readonly useProjectService: boolean;
}

const lintable = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;
const declaration = /\.d\.(?:[cm]?ts|[^.]+\.ts)$/;

const host: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => process.cwd(),
  getNewLine: () => " ",
};

const describe = (diagnostic: ts.Diagnostic): string => ts.formatDiagnostic(diagnostic, host).trim().replace(/\s+/g, " ");

// JSON syntax errors (TS1xxx) and unreadable files (TS5083) make a tsconfig unusable;
// anything else (an unknown or deprecated option) is tsc's to report, not a reason to stop.
const fatal = (diagnostic: ts.Diagnostic): boolean =>
  diagnostic.category === ts.DiagnosticCategory.Error && (diagnostic.code < 2000 || diagnostic.code === 5083);

/**
 * Reads one tsconfig and everything it references.
 * @throws {CliError} when a tsconfig cannot be read or parsed.
 */
function readConfig(configPath: string, seen: Map<string, ts.ParsedCommandLine>, notes: string[]): void {
  if (seen.has(configPath)) return;
  let unrecoverable: ts.Diagnostic | undefined;
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      unrecoverable = diagnostic;
    },
  });
  const relative = path.relative(process.cwd(), configPath) || configPath;
  if (parsed === undefined || unrecoverable !== undefined) {
    const reason = unrecoverable === undefined ? "cannot be read" : describe(unrecoverable);
    throw new CliError(`${relative} does not parse (${reason}): fix it until \`npx tsc -p ${relative}\` accepts it`);
  }
  // JSON syntax errors are only in the parsing diagnostics, not in `errors`.
  const diagnostics = ts.getConfigFileParsingDiagnostics(parsed);
  const broken = diagnostics.find(fatal);
  if (broken !== undefined) {
    throw new CliError(`${relative} does not parse (${describe(broken)}): fix it until \`npx tsc -p ${relative}\` accepts it`);
  }
  for (const diagnostic of diagnostics) {
    // TS18003 "No inputs were found" is checked on the whole project below.
    if (diagnostic.code !== 18003) notes.push(`${relative}: ${describe(diagnostic)}`);
  }
  seen.set(configPath, parsed);
  for (const reference of parsed.projectReferences ?? []) {
    const referenced = path.resolve(ts.resolveProjectReferencePath(reference));
    if (!existsSync(referenced)) {
      throw new CliError(`${relative} references ${path.relative(process.cwd(), referenced)}, which does not exist: fix its "references"`);
    }
    readConfig(referenced, seen, notes);
  }
}

/**
 * Finds the tsconfig (`--project`, else the nearest `tsconfig.json` from `cwd` up) and
 * the files it includes, following solution-style `references`.
 * @throws {CliError} when no usable tsconfig is found or it includes no files.
 */
export function findProject(cwd: string, projectOption: string | undefined, notes: string[]): Project {
  let configPath: string;
  if (projectOption === undefined) {
    const found = ts.findConfigFile(cwd, (file) => ts.sys.fileExists(file));
    if (found === undefined) {
      throw new CliError(`No tsconfig.json found in ${cwd} or its parents: run \`npx tsc --init\`, or pass --project <path>`);
    }
    configPath = path.resolve(found);
  } else {
    const given = path.resolve(cwd, projectOption);
    if (!existsSync(given)) throw new CliError(`${projectOption} does not exist: pass an existing tsconfig to --project`);
    configPath = statSync(given).isDirectory() ? path.join(given, "tsconfig.json") : given;
    if (!existsSync(configPath)) throw new CliError(`${projectOption} has no tsconfig.json: pass the tsconfig file to --project`);
  }

  const seen = new Map<string, ts.ParsedCommandLine>();
  readConfig(configPath, seen, notes);
  const fileNames = new Set<string>();
  for (const parsed of seen.values()) {
    for (const fileName of parsed.fileNames) {
      if (lintable.test(fileName) && !declaration.test(fileName)) fileNames.add(path.resolve(fileName));
    }
  }
  const relative = path.relative(cwd, configPath) || configPath;
  if (fileNames.size === 0) {
    throw new CliError(`${relative} includes no TypeScript files: check its "include", "files" and "references"`);
  }
  return {
    configPath,
    rootDir: path.dirname(configPath),
    configPaths: [...seen.keys()],
    fileNames,
    useProjectService: path.basename(configPath) === "tsconfig.json",
  };
}

/** The files to check: the project's, narrowed by the paths given on the command line. */
export interface Selection {
  /** Files the tsconfig includes: linted with type information. */
  readonly typed: readonly string[];
  /** Files named on the command line that the tsconfig does not include. */
  readonly outside: readonly string[];
}

/**
 * Narrows the project's files to the given paths (files or folders, relative to `cwd`).
 * @throws {CliError} when a path does not exist or selects nothing.
 */
export function selectFiles(project: Project, cwd: string, paths: readonly string[]): Selection {
  const all = [...project.fileNames].sort();
  if (paths.length === 0) return { typed: all, outside: [] };
  const typed = new Set<string>();
  const outside = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    if (!existsSync(absolute)) throw new CliError(`${given} does not exist: pass files or folders of the project`);
    if (statSync(absolute).isDirectory()) {
      const prefix = absolute.endsWith(path.sep) ? absolute : absolute + path.sep;
      const inside = all.filter((file) => file.startsWith(prefix));
      if (inside.length === 0) {
        throw new CliError(`${given} holds no file that ${path.relative(cwd, project.configPath)} includes: check the path or the tsconfig's "include"`);
      }
      for (const file of inside) typed.add(file);
    } else if (project.fileNames.has(absolute)) {
      typed.add(absolute);
    } else if (lintable.test(absolute) && !declaration.test(absolute)) {
      outside.add(absolute);
    } else {
      throw new CliError(`${given} is not a TypeScript or JavaScript file: pass .ts, .tsx, .mts, .cts or .js files`);
    }
  }
  return { typed: [...typed].sort(), outside: [...outside].sort() };
}
