import type { Range } from "@/lib/analysis";

export interface StageDependency {
  index: number;
  /** `from`: the stage is built on it (`FROM build`); `copy`: files are copied or mounted from it. */
  via: "from" | "copy";
}

export interface StageNode {
  index: number;
  /** `AS name`, lower-cased as BuildKit matches it. */
  name: string | null;
  /** The image or stage after FROM, as written. */
  base: string;
  /** The FROM instruction's first line. */
  range: Range;
  /** Its layers end up in the image: the target stage and the stages it is built on. */
  ships: boolean;
  /** The build runs it (it ships or the shipped stages copy from it); BuildKit skips the others. */
  needed: boolean;
  dependsOn: StageDependency[];
}

/**
 * The build stages of a Dockerfile and how they depend on each other, read straight from the text. It is
 * cheap enough to run on every keystroke in the browser, so the stage graph and the target list never wait
 * for the server. It reads only FROM, `COPY --from` and `RUN --mount=from=`; variables are left as written.
 */
export function stageGraph(text: string, target: string | null = null): StageNode[] {
  const nodes: StageNode[] = [];
  for (const { keyword, args, line, length } of logicalInstructions(text)) {
    if (keyword === "FROM") {
      const words = args.filter((word) => !word.startsWith("--"));
      const base = words[0] ?? "";
      const name = words[1]?.toLowerCase() === "as" && words[2] ? words[2].toLowerCase() : null;
      const index = nodes.length;
      const parent = findStage(nodes, base);
      nodes.push({
        index,
        name,
        base,
        range: { start: { line, column: 1 }, end: { line, column: length + 1 } },
        ships: false,
        needed: false,
        dependsOn: parent ? [{ index: parent.index, via: "from" }] : [],
      });
      continue;
    }
    const current = nodes[nodes.length - 1];
    if (!current) continue;
    for (const reference of copySources(keyword, args)) {
      const source = findStage(nodes, reference);
      if (source && source !== current && !current.dependsOn.some((dep) => dep.index === source.index && dep.via === "copy")) {
        current.dependsOn.push({ index: source.index, via: "copy" });
      }
    }
  }
  const built = (target && nodes.find((node) => node.name === target.toLowerCase())) || nodes[nodes.length - 1];
  if (built) markShipped(nodes, built);
  return nodes;
}

function markShipped(nodes: StageNode[], built: StageNode): void {
  for (let node: StageNode | undefined = built; node && !node.ships; ) {
    node.ships = true;
    const parent: StageDependency | undefined = node.dependsOn.find((dep) => dep.via === "from");
    node = parent ? nodes[parent.index] : undefined;
  }
  const visit = (node: StageNode) => {
    if (node.needed) return;
    node.needed = true;
    for (const dep of node.dependsOn) visit(nodes[dep.index]!);
  };
  visit(built);
}

/** A stage by name, or by number as `COPY --from=0` allows; earlier stages only. */
function findStage(nodes: readonly StageNode[], reference: string): StageNode | undefined {
  const lowered = reference.toLowerCase();
  if (/^\d+$/.test(lowered)) return nodes[Number(lowered)];
  return nodes.find((node) => node.name === lowered);
}

function copySources(keyword: string, args: readonly string[]): string[] {
  if (keyword === "COPY" || keyword === "ADD") {
    return args.flatMap((word) => (/^--from=/i.test(word) ? [word.slice("--from=".length)] : []));
  }
  if (keyword === "RUN") {
    return args.flatMap((word) => {
      const from = /^--mount=(?:.*,)?from=([^,\s]+)/i.exec(word);
      return from ? [from[1]!] : [];
    });
  }
  return [];
}

/** Instructions with their continuation lines joined; comments and blank lines skipped. */
function* logicalInstructions(text: string): Generator<{ keyword: string; args: string[]; line: number; length: number }> {
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const first = lines[index]!;
    if (/^\s*(#|$)/.test(first)) continue;
    const line = index + 1;
    let joined = first;
    while (/\\\s*$/.test(joined) && index + 1 < lines.length) {
      index++;
      const next = lines[index]!;
      if (/^\s*#/.test(next)) continue;
      joined = joined.replace(/\\\s*$/, " ") + next;
    }
    const [keyword = "", ...args] = joined.trim().split(/\s+/);
    yield { keyword: keyword.toUpperCase(), args, line, length: first.length };
  }
}
