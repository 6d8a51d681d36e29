import type { DebianIndex } from "./data";

export interface AptSelection {
  /** New packages, in the order apt would pull them in (requested first, then dependencies). */
  packages: string[];
  installedBytes: number;
  debBytes: number;
  /** Requested names the Debian data does not know. */
  unknown: string[];
}

/** `curl=7.88.*` → `curl`, `libc6:amd64` → `libc6`, `-y` and globs → undefined. */
export function packageName(word: string): string | undefined {
  const name = word.replace(/[:=].*$/, "").replace(/\/[a-z-]+$/, "").toLowerCase();
  return /^[a-z0-9][a-z0-9+.-]+$/.test(name) ? name : undefined;
}

/**
 * The packages `apt-get install` adds: the closure of the requested packages over Pre-Depends/Depends
 * (and Recommends unless disabled), skipping what is already installed. A virtual package is satisfied by
 * an installed provider, otherwise by its first provider, as apt does for a single candidate.
 */
export function aptClosure(
  index: DebianIndex,
  requested: readonly string[],
  options: { recommends: boolean; installed: ReadonlySet<string> },
): AptSelection {
  const added = new Set<string>();
  const unknown: string[] = [];
  const queue: { name: string; requested: boolean }[] = requested.map((name) => ({ name, requested: true }));
  const resolve = (name: string): string | undefined => {
    if (index.get(name)) return name;
    const providers = index.providers(name);
    return providers.find((p) => options.installed.has(p) || added.has(p)) ?? providers[0];
  };
  // An index, not shift(): closures of build dependencies queue thousands of names.
  for (let next = 0; next < queue.length; next++) {
    const item = queue[next]!;
    const name = resolve(item.name);
    if (!name) {
      if (item.requested) unknown.push(item.name);
      continue;
    }
    if (options.installed.has(name) || added.has(name)) continue;
    const entry = index.get(name)!;
    added.add(name);
    for (const dependency of entry.depends) queue.push({ name: dependency, requested: false });
    if (options.recommends) for (const recommended of entry.recommends) queue.push({ name: recommended, requested: false });
  }
  const packages = [...added];
  let installedBytes = 0;
  let debBytes = 0;
  for (const name of packages) {
    const entry = index.get(name)!;
    installedBytes += entry.installedBytes;
    debBytes += entry.debBytes;
  }
  return { packages, installedBytes, debBytes, unknown };
}
