/**
 * What the other files of a review say about the project a Dockerfile builds: how many packages its
 * lockfile or package.json lists, which requirements a requirements.txt names.
 */
import type { SourceFile } from "../types";

export interface NodeProject {
  /** Installed packages per the lockfile (all, and without dev-only ones), when a lockfile is present. */
  locked?: { all: number; production: number; file: string };
  /** Direct dependencies per package.json. */
  direct?: { dependencies: number; devDependencies: number; file: string };
}

export interface ProjectFiles {
  node: NodeProject;
  /** requirements files by base name, each with its package names (lower-case). */
  requirements: Map<string, string[]>;
  /** Context file sizes by base name, for `COPY <file>`. */
  fileBytes: Map<string, number>;
  /** Gems in a Gemfile.lock. */
  lockedGems?: number;
  /** Packages in a composer.lock (all, and without those only for development). */
  lockedComposer?: { all: number; production: number };
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function packageLockCounts(json: unknown): { all: number; production: number } | undefined {
  const packages = (json as { packages?: Record<string, { dev?: boolean }> })?.packages;
  if (packages && typeof packages === "object") {
    const entries = Object.entries(packages).filter(([path]) => path !== "");
    return { all: entries.length, production: entries.filter(([, entry]) => !entry?.dev).length };
  }
  const dependencies = (json as { dependencies?: Record<string, { dev?: boolean }> })?.dependencies;
  if (dependencies && typeof dependencies === "object") {
    const entries = Object.values(dependencies);
    return { all: entries.length, production: entries.filter((entry) => !entry?.dev).length };
  }
  return undefined;
}

/** yarn.lock and pnpm-lock.yaml: one entry per resolved package; dev-only ones cannot be told apart. */
function textLockCount(name: string, text: string): number {
  if (name === "yarn.lock") return (text.match(/^\S[^\n]*:\s*$/gm) ?? []).length;
  // pnpm lists each package under `packages:`, and from lockfile v9 on once more under `snapshots:`: count the first.
  const packages = /^packages:[^\n]*\n([\s\S]*?)(?=^\S|(?![\s\S]))/m.exec(text)?.[1] ?? text;
  return (packages.match(/^ {2}\/?['"]?[@\w][^\n]*:\s*$/gm) ?? []).length;
}

function requirementNames(text: string): string[] {
  return text.split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line && !line.startsWith("-"))
    .map((line) => /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1]?.toLowerCase())
    .filter((name): name is string => Boolean(name));
}

/** Reads what the review's non-Dockerfile files tell the estimator. Never throws. */
export function readProjectFiles(files: readonly SourceFile[]): ProjectFiles {
  const project: ProjectFiles = { node: {}, requirements: new Map(), fileBytes: new Map() };
  for (const file of files) {
    const name = baseName(file.path);
    project.fileBytes.set(name, file.content.length);
    if (name === "package-lock.json" || name === "npm-shrinkwrap.json") {
      const counts = packageLockCounts(parseJson(file.content));
      if (counts) project.node.locked = { ...counts, file: name };
    } else if ((name === "yarn.lock" || name === "pnpm-lock.yaml") && !project.node.locked) {
      const count = textLockCount(name, file.content);
      if (count > 0) project.node.locked = { all: count, production: count, file: name };
    } else if (name === "package.json") {
      const json = parseJson(file.content) as { dependencies?: object; devDependencies?: object } | undefined;
      if (json && typeof json === "object") {
        project.node.direct = {
          dependencies: Object.keys(json.dependencies ?? {}).length,
          devDependencies: Object.keys(json.devDependencies ?? {}).length,
          file: name,
        };
      }
    } else if (/^requirements.*\.(txt|in)$/.test(name)) {
      project.requirements.set(name, requirementNames(file.content));
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
