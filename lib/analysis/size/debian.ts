import { SharedList, type ListView } from "../arrays";
import type { DebianIndex } from "./data";
import { APT } from "./heuristics";

/** Sizes summed over packages, from which estimate.ts works out what they add to a layer. */
export interface PackageSums {
  count: number;
  installedBytes: number;
  /** The Installed-Size of the packages that hold Python modules (byte-compiled when installed). */
  pythonBytes: number;
  /** Over the packages whose layer was measured: their gzipped files, the same as slim images install them, and what slim images leave out. */
  measuredGzipBytes: number;
  measuredSlimGzipBytes: number;
  measuredSlimLeftOutBytes: number;
  /** Over the others: their .deb bytes and Installed-Size. */
  unmeasuredDebBytes: number;
  unmeasuredInstalledBytes: number;
}

export const NO_PACKAGES: Readonly<PackageSums> = {
  count: 0, installedBytes: 0, pythonBytes: 0, measuredGzipBytes: 0, measuredSlimGzipBytes: 0, measuredSlimLeftOutBytes: 0, unmeasuredDebBytes: 0, unmeasuredInstalledBytes: 0,
};

/** Adds `sums` into `into`. */
export function addSums(into: PackageSums, sums: Readonly<PackageSums>): void {
  into.count += sums.count;
  into.installedBytes += sums.installedBytes;
  into.pythonBytes += sums.pythonBytes;
  into.measuredGzipBytes += sums.measuredGzipBytes;
  into.measuredSlimGzipBytes += sums.measuredSlimGzipBytes;
  into.measuredSlimLeftOutBytes += sums.measuredSlimLeftOutBytes;
  into.unmeasuredDebBytes += sums.unmeasuredDebBytes;
  into.unmeasuredInstalledBytes += sums.unmeasuredInstalledBytes;
}

export interface AptSelection extends PackageSums {
  /** New packages, in the order apt would pull them in (requested first, then dependencies). */
  packages: string[];
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
  options: { recommends: boolean; installed: { has(name: string): boolean }; reads?: Set<string> },
): AptSelection {
  const added = new Set<string>();
  const reads = options.reads;
  const isInstalled = (name: string) => {
    reads?.add(name);
    return options.installed.has(name);
  };
  const unknown: string[] = [];
  const queue: { name: string; requested: boolean }[] = requested.map((name) => ({ name, requested: true }));
  const resolve = (name: string): string | undefined => {
    if (index.get(name)) return name;
    const providers = index.providers(name);
    return providers.find((p) => isInstalled(p) || added.has(p)) ?? providers[0];
  };
  // An index, not shift(): closures of build dependencies queue thousands of names.
  for (let next = 0; next < queue.length; next++) {
    const item = queue[next]!;
    const name = resolve(item.name);
    if (!name) {
      if (item.requested) unknown.push(item.name);
      continue;
    }
    if (isInstalled(name) || added.has(name)) continue;
    const entry = index.get(name)!;
    added.add(name);
    for (const dependency of entry.depends) queue.push({ name: dependency, requested: false });
    if (options.recommends) for (const recommended of entry.recommends) queue.push({ name: recommended, requested: false });
  }
  const packages = [...added];
  return { packages, ...packageBytes(index, packages), unknown };
}

/** The sizes of packages summed (names the data does not know count nothing). */
export function packageBytes(index: DebianIndex, names: Iterable<string>): PackageSums {
  const sums = { ...NO_PACKAGES };
  for (const name of names) {
    const entry = index.get(name);
    if (!entry) continue;
    sums.count++;
    sums.installedBytes += entry.installedBytes;
    if (entry.pythonModules) sums.pythonBytes += entry.installedBytes;
    if (entry.layer) {
      sums.measuredGzipBytes += entry.layer.gzipBytes;
      sums.measuredSlimGzipBytes += entry.layer.slimGzipBytes;
      sums.measuredSlimLeftOutBytes += entry.layer.slimLeftOutBytes;
    } else {
      // A layer gzips to no more than its files: a .deb of data that does not compress (kernel sources, media)
      // must not scale past its Installed-Size.
      sums.unmeasuredDebBytes += Math.min(entry.debBytes, (entry.installedBytes * APT.installedFactor) / APT.debToLayerFactor);
      sums.unmeasuredInstalledBytes += entry.installedBytes;
    }
  }
  return sums;
}

/** An `aptClosure` result as the memo keeps it: with its packages as a set, shared by every state that adds it. */
export interface MemoisedClosure {
  /** The request as the installed set's key records it. */
  request: string;
  /** The names asked for: apt marks them installed by hand, and never removes them automatically. */
  requested: readonly string[];
  selection: AptSelection;
  added: ReadonlySet<string>;
  /**
   * The names whose presence in the installed set the closure looked up: over another installed set that agrees on
   * all of them, the closure is the same.
   */
  reads: ReadonlySet<string>;
}

/** One change to an installed set: a closure installed, or names removed. */
export interface InstalledStep {
  closure?: MemoisedClosure;
  removed?: readonly string[];
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
    /** Every change since the base, in order: a re-estimate takes over a layer's changes (`stepsSince`, `replay`). */
    private readonly steps: SharedList<InstalledStep>,
    private readonly removed: Set<string>,
    private history: number,
  ) {}

  static over(base: ReadonlySet<string>): InstalledPackages {
    let id = baseIds.get(base);
    if (id === undefined) {
      id = nextBaseId++;
      baseIds.set(base, id);
    }
    return new InstalledPackages(base, SharedList.of(), new Set(), historyAfter(-1, `base${id}`));
  }

  get key(): string {
    return `h${this.history}`;
  }

  has(name: string): boolean {
    return !this.removed.has(name) && (this.base.has(name) || this.steps.some((step) => step.closure?.added.has(name)));
  }

  /** Whether the base image has the package: apt takes the base's packages as installed on purpose. */
  inBase(name: string): boolean {
    return this.base.has(name);
  }

  /** The present packages an install asked for by name (apt's "manually installed"), in install order. */
  requestedAndPresent(): string[] {
    const names = new Set<string>();
    for (let i = 0; i < this.steps.length; i++) {
      for (const name of this.steps.at(i)!.closure?.requested ?? []) if (this.has(name)) names.add(name);
    }
    return [...names];
  }

  addClosure(closure: MemoisedClosure): void {
    for (const name of this.removed) if (closure.added.has(name)) this.removed.delete(name);
    this.history = historyAfter(this.history, `+${closure.request}`);
    this.steps.push({ closure });
  }

  removeAll(names: Iterable<string>): void {
    const list = [...names];
    for (const name of list) this.removed.add(name);
    this.history = historyAfter(this.history, `-(${list.join(" ")})`);
    this.steps.push({ removed: list });
  }

  get stepCount(): number {
    return this.steps.length;
  }

  /** The changes made since there were `count`. */
  stepsSince(count: number): InstalledStep[] {
    return this.steps.slice(count);
  }

  /** Makes the changes `steps` again: a closure's packages are a function of the names it looked up, not of the set. */
  replay(steps: readonly InstalledStep[]): void {
    for (const step of steps) {
      if (step.closure) this.addClosure(step.closure);
      else this.removeAll(step.removed!);
    }
  }

  /**
   * The names present in exactly one of the two sets, or undefined when they did not grow from the same base.
   * Only names an install or removal of either touched since their shared steps can differ.
   */
  differences(other: InstalledPackages): Set<string> | undefined {
    if (this.base !== other.base) return undefined;
    const differences = new Set<string>();
    this.updateDifferences(differences, this.steps, other, other.steps);
    return differences;
  }

  /**
   * Brings `differing` (the names present in exactly one of this set and `other`) up to date after this set took
   * `steps` and the other `otherSteps`. Leading steps that did the same on both sides (the same memoised closure:
   * the same request over the same contents) leave their names present, or absent, on both; after them, a name both
   * left present, or both absent, no longer differs, a name one side alone touched is looked up on the other, and
   * the names neither touched keep their standing.
   */
  updateDifferences(differing: Set<string>, steps: ListView<InstalledStep>, other: InstalledPackages, otherSteps: ListView<InstalledStep>): void {
    let shared = 0;
    while (shared < steps.length && shared < otherSteps.length && sameEffect(steps.at(shared)!, otherSteps.at(shared)!)) shared++;
    if (shared > 0) settledAlike(differing, steps, shared);
    const here = presenceAfter(steps, shared);
    const there = presenceAfter(otherSteps, shared);
    const settle = (name: string, differs: boolean) => (differs ? differing.add(name) : differing.delete(name));
    for (const [name, present] of here) settle(name, present !== (there.get(name) ?? other.has(name)));
    for (const [name, present] of there) if (!here.has(name)) settle(name, present !== this.has(name));
  }

  /** A copy for a stage built FROM this one. */
  copy(): InstalledPackages {
    return new InstalledPackages(this.base, this.steps.copy(), new Set(this.removed), this.history);
  }
}

/** The names that the steps from `from` on install or remove, each with whether it is present after them. */
function presenceAfter(steps: ListView<InstalledStep>, from: number): Map<string, boolean> {
  const presence = new Map<string, boolean>();
  for (let i = from; i < steps.length; i++) {
    const step = steps.at(i)!;
    if (step.closure) for (const name of step.closure.added) presence.set(name, true);
    else for (const name of step.removed!) presence.set(name, false);
  }
  return presence;
}

/** Whether two steps change a set alike: the same closure (memoised: same request, same contents), or the same removal. */
function sameEffect(a: InstalledStep, b: InstalledStep): boolean {
  if (a === b) return true;
  if (a.closure || b.closure) return a.closure === b.closure;
  return a.removed!.length === b.removed!.length && a.removed!.every((name, i) => name === b.removed![i]);
}

function touches(step: InstalledStep, name: string): boolean {
  return step.closure ? step.closure.added.has(name) : step.removed!.includes(name);
}

/**
 * Takes out of `differing` the names that the first `count` of `steps`, taken alike by both sets, leave present (or
 * absent) on both.
 */
export function settledAlike(differing: Set<string>, steps: ListView<InstalledStep>, count = steps.length): void {
  for (const name of differing) {
    for (let i = 0; i < count; i++) {
      if (touches(steps.at(i)!, name)) {
        differing.delete(name);
        break;
      }
    }
  }
}

/** Base package sets by identity (resolveBase keeps one set per reference), so keys stay short. */
const baseIds = new WeakMap<ReadonlySet<string>, number>();
let nextBaseId = 0;

/**
 * Histories by number: the number after a step is the same for the same earlier number and step, so a key stays
 * a few characters however many installs led to it (a key spelling out a long history costs its length on every
 * memo lookup). Numbers are never reused, so forgetting the table (it is bounded) only costs memo hits.
 */
const histories = new Map<string, number>();
const MAX_HISTORIES = 20_000;
let nextHistory = 0;

function historyAfter(history: number, step: string): number {
  const key = `${history}${step}`;
  let next = histories.get(key);
  if (next === undefined) {
    if (histories.size >= MAX_HISTORIES) histories.clear();
    next = nextHistory++;
    histories.set(key, next);
  }
  return next;
}

/**
 * Memo of `aptClosure` results per package table, keyed on the installed set's `key`, the requested names and
 * Recommends; a table's memo is emptied when full (bounded: a long-running server sees many distinct Dockerfiles), and
 * goes with its table when the data changes. Safe because a closure is a pure function of those inputs and the data;
 * callers must not mutate what it returns.
 */
const closures = new WeakMap<DebianIndex, Map<string, MemoisedClosure>>();
const MAX_CLOSURES = 5000;

/** `aptClosure` over installed packages whose contents `key` identifies, computed once per key. */
export function memoisedAptClosure(
  index: DebianIndex,
  requested: readonly string[],
  options: { recommends: boolean; installed: { has(name: string): boolean; key: string } },
): MemoisedClosure {
  let memo = closures.get(index);
  if (!memo || memo.size >= MAX_CLOSURES) {
    memo = new Map();
    closures.set(index, memo);
  }
  const request = `${options.recommends ? "r" : ""}(${requested.join(" ")})`;
  const key = `${options.installed.key}${request}`;
  let closure = memo.get(key);
  if (!closure) {
    const reads = new Set<string>();
    const selection = aptClosure(index, requested, { ...options, reads });
    closure = { request, requested, selection, added: new Set(selection.packages), reads };
    memo.set(key, closure);
  }
  return closure;
}
