/**
 * What the other files of a review say about the project a Dockerfile builds: which packages its
 * lockfile or package.json lists, which requirements a requirements.txt names.
 */
import { basename } from "../paths";
import type { SourceFile } from "../types";

/** An npm package by name, and by version when the lockfile says it (package-lock.json does). */
export interface NodePackage {
  name: string;
  version?: string;
}

export interface NodeProject {
  /** The packages the lockfile installs (all, and without dev-only ones), when a lockfile is present. */
  locked?: { all: NodePackage[]; production: NodePackage[]; file: string };
  /** The direct dependencies package.json names. */
  direct?: { dependencies: string[]; devDependencies: string[]; file: string };
}

export interface ProjectFiles {
  node: NodeProject;
  /** requirements files by base name: their package names (normalised, see `pythonPackageName`), and whether they ask for PyTorch's CPU-only build. */
  requirements: Map<string, { names: string[]; cpuOnlyTorch: boolean }>;
  /** Context file sizes by base name, for `COPY <file>`. */
  fileBytes: Map<string, number>;
  /** Gems in a Gemfile.lock. */
  lockedGems?: number;
  /** Packages in a composer.lock (all, and without those only for development). */
  lockedComposer?: { all: number; production: number };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface LockEntry {
  version?: unknown;
  dev?: boolean;
  os?: unknown;
  cpu?: unknown;
  libc?: unknown;
}

/** Whether a package's `os` or `cpu` list (the values allowed, or `!value` exclusions) lets `value` in. */
function allows(field: unknown, value: string): boolean {
  if (!Array.isArray(field)) return true;
  if (field.includes(`!${value}`)) return false;
  const allowed = field.filter((entry) => typeof entry === "string" && !entry.startsWith("!"));
  return allowed.length === 0 || allowed.includes(value);
}

/**
 * A package for other platforms (`@next/swc-darwin-arm64`), which npm skips on linux/amd64; of a pair built for glibc
 * and musl (`@rollup/rollup-linux-x64-gnu` and `-musl`), npm installs one, of about the same size: the glibc one counts.
 */
function otherPlatform(entry: LockEntry | undefined): boolean {
  return !allows(entry?.os, "linux") || !allows(entry?.cpu, "x64") || !allows(entry?.libc, "glibc");
}

/**
 * The packages a package-lock.json installs on linux/amd64 (v2 and v3 by path, v1 by name), all and without dev-only
 * ones.
 */
function packageLockPackages(json: unknown): { all: NodePackage[]; production: NodePackage[] } | undefined {
  const packages = (json as { packages?: Record<string, LockEntry> })?.packages;
  const dependencies = (json as { dependencies?: Record<string, LockEntry> })?.dependencies;
  const entries = packages && typeof packages === "object"
    // `node_modules/a/node_modules/@b/c` installs `@b/c`.
    ? Object.entries(packages).filter(([path, entry]) => path !== "" && !otherPlatform(entry)).map(([path, entry]) => [path.slice(path.lastIndexOf("node_modules/") + 13), entry] as const)
    : dependencies && typeof dependencies === "object" ? Object.entries(dependencies) : undefined;
  if (!entries) return undefined;
  const locked = (name: string, entry: LockEntry | undefined): NodePackage => (typeof entry?.version === "string" ? { name, version: entry.version } : { name });
  return { all: entries.map(([name, entry]) => locked(name, entry)), production: entries.filter(([, entry]) => !entry?.dev).map(([name, entry]) => locked(name, entry)) };
}

/** `typescript@5.6`, `@angular/cli@^18`, `@babel/core@npm:7.24.0` → the package's name. */
export function npmPackageName(spec: string): string {
  const at = spec.indexOf("@", 1);
  return at > 0 ? spec.slice(0, at) : spec;
}

/** A package's name from a lockfile key: `@babel/core@^7.0.0`, `@babel/core@npm:7.24.0`, pnpm's `/@babel/core@7.24.0` or `/a/1.0.0`. */
function nameOfSpec(spec: string): string {
  const unquoted = spec.trim().replace(/^['"]|['"]$/g, "").replace(/^\//, "");
  if (unquoted.indexOf("@", 1) > 0) return npmPackageName(unquoted);
  // pnpm's lockfile v5 keys: `name/version`.
  return unquoted.slice(0, Math.max(unquoted.lastIndexOf("/"), 0)) || unquoted;
}

/** yarn.lock and pnpm-lock.yaml: one entry per resolved package (dev-only ones cannot be told apart), by name. */
function textLockNames(name: string, text: string): string[] {
  if (name === "yarn.lock") {
    // yarn berry's lockfile opens with `__metadata:`, which is no package.
    const entries = (text.match(/^\S[^\n]*:\s*$/gm) ?? []).filter((line) => !line.startsWith("__metadata"));
    return entries.map((line) => nameOfSpec(line.slice(0, line.lastIndexOf(":")).split(",")[0]!));
  }
  // pnpm lists each package under `packages:`, and from lockfile v9 on once more under `snapshots:`: count the first.
  const packages = /^packages:[^\n]*\n([\s\S]*?)(?=^\S|(?![\s\S]))/m.exec(text)?.[1] ?? text;
  return (packages.match(/^ {2}\/?['"]?[@\w][^\n]*:\s*$/gm) ?? []).map((line) => nameOfSpec(line.slice(0, line.lastIndexOf(":"))));
}

/** A Python package's name as PEP 503 compares them: `Scikit_Learn` and `scikit-learn` are one package. */
export function pythonPackageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** Whether a pip requirement or index names PyTorch's CPU-only build (`torch==2.5.1+cpu`, `…/whl/cpu`). */
export function asksCpuOnlyTorch(text: string): boolean {
  return /^torch\b.*\+cpu\b/i.test(text) || /^--(extra-)?index-url[= ]\s*\S*\/cpu\/?$/.test(text);
}

function readRequirements(text: string): { names: string[]; cpuOnlyTorch: boolean } {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/#.*$/, "").trim()).filter(Boolean);
  return {
    names: lines
      .filter((line) => !line.startsWith("-"))
      .map((line) => /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1])
      .filter((name): name is string => Boolean(name))
      .map(pythonPackageName),
    cpuOnlyTorch: lines.some(asksCpuOnlyTorch),
  };
}

/** Reads what the review's non-Dockerfile files tell the estimator. Never throws. */
export function readProjectFiles(files: readonly SourceFile[]): ProjectFiles {
  const project: ProjectFiles = { node: {}, requirements: new Map(), fileBytes: new Map() };
  for (const file of files) {
    const name = basename(file.path);
    project.fileBytes.set(name, file.content.length);
    if (name === "package-lock.json" || name === "npm-shrinkwrap.json") {
      const packages = packageLockPackages(parseJson(file.content));
      if (packages) project.node.locked = { ...packages, file: name };
    } else if ((name === "yarn.lock" || name === "pnpm-lock.yaml") && !project.node.locked) {
      const packages = textLockNames(name, file.content).map((packageName) => ({ name: packageName }));
      if (packages.length > 0) project.node.locked = { all: packages, production: packages, file: name };
    } else if (name === "package.json") {
      const json = parseJson(file.content) as { dependencies?: object; devDependencies?: object } | undefined;
      if (json && typeof json === "object") {
        project.node.direct = { dependencies: Object.keys(json.dependencies ?? {}), devDependencies: Object.keys(json.devDependencies ?? {}), file: name };
      }
    } else if (/^requirements.*\.(txt|in)$/.test(name)) {
      project.requirements.set(name, readRequirements(file.content));
    } else if (name === "composer.lock") {
      const lock = parseJson(file.content) as { packages?: unknown; "packages-dev"?: unknown } | undefined;
      const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
      if (lock && typeof lock === "object") {
        const production = count(lock.packages);
        project.lockedComposer = { all: production + count(lock["packages-dev"]), production };
      }
    } else if (name === "Gemfile.lock") {
      project.lockedGems = (file.content.match(/^ {4}\S+ \(/gm) ?? []).length;
    }
  }
  return project;
}
