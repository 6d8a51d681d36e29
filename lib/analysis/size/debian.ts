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
  options: { recommends: boolean; installed: { has(name: string): boolean } },
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

/** An `aptClosure` result as the memo keeps it: with its packages as a set, shared by every state that adds it. */
export interface MemoisedClosure {
  /** The request as the installed set's key records it. */
  request: string;
  selection: AptSelection;
  added: ReadonlySet<string>;
}

/**
 * The dpkg packages present in a stage: the base image's set and the memoised closures added since (all shared,
 * never copied), minus what was removed. `key` names the contents by how they came about: the base set, then every
 * install request and every explicit removal, in order. Each step is a pure function of the contents before it
 * (and of the Debian data), so equal keys mean equal contents (package names hold no spaces or parentheses, so
 * the key reads one way only): that is what lets `memoisedAptClosure` reuse a closure computed by another
 * estimate (a re-estimate after a fix or on another base, another analysis on the same base).
 */
export class InstalledPackages {
  private constructor(
    private readonly base: ReadonlySet<string>,
    private readonly added: ReadonlySet<string>[],
    private readonly removed: Set<string>,
    private history: string,
  ) {}

  static over(base: ReadonlySet<string>): InstalledPackages {
    let id = baseIds.get(base);
    if (id === undefined) {
      id = nextBaseId++;
      baseIds.set(base, id);
    }
    return new InstalledPackages(base, [], new Set(), `base${id}`);
  }

  get key(): string {
    return this.history;
  }

  has(name: string): boolean {
    return !this.removed.has(name) && (this.base.has(name) || this.added.some((set) => set.has(name)));
  }

  addClosure(closure: MemoisedClosure): void {
    for (const name of this.removed) if (closure.added.has(name)) this.removed.delete(name);
    this.added.push(closure.added);
    this.history += `+${closure.request}`;
  }

  removeAll(names: Iterable<string>): void {
    const list = [...names];
    for (const name of list) this.removed.add(name);
    this.history += `-(${list.join(" ")})`;
  }

  /** A copy for a stage built FROM this one. */
  copy(): InstalledPackages {
    return new InstalledPackages(this.base, [...this.added], new Set(this.removed), this.history);
  }
}

/** Base package sets by identity (resolveBase keeps one set per reference), so keys stay short. */
const baseIds = new WeakMap<ReadonlySet<string>, number>();
let nextBaseId = 0;

/**
 * Memo of `aptClosure` results, keyed on the installed set's `key`, the requested names and Recommends; cleared when
 * the Debian data changes, and when full (bounded: a long-running server sees many distinct Dockerfiles). Safe
 * because a closure is a pure function of those inputs and the data; callers must not mutate what it returns.
 */
const closures = new Map<string, MemoisedClosure>();
const MAX_CLOSURES = 5000;
let closuresIndex: DebianIndex | undefined;

/** `aptClosure` over installed packages whose contents `key` identifies, computed once per key. */
export function memoisedAptClosure(
  index: DebianIndex,
  requested: readonly string[],
  options: { recommends: boolean; installed: { has(name: string): boolean; key: string } },
): MemoisedClosure {
  if (closuresIndex !== index || closures.size >= MAX_CLOSURES) {
    closures.clear();
    closuresIndex = index;
  }
  const request = `${options.recommends ? "r" : ""}(${requested.join(" ")})`;
  const key = `${options.installed.key}${request}`;
  let closure = closures.get(key);
  if (!closure) {
    const selection = aptClosure(index, requested, options);
    closure = { request, selection, added: new Set(selection.packages) };
    closures.set(key, closure);
  }
  return closure;
}
