import { isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from "yaml";
import type { LineIndex } from "../text";
import type { Range } from "../types";

/** A key of a mapping with its value, as written in the file (aliases already resolved). */
export interface Entry {
  key: Scalar;
  value: Node | undefined;
  pair: Pair;
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (key.value === "<<" || typeof key.value === "symbol");
}

/** Follows an alias to the node it names; other nodes are returned as they are. */
export function resolve(doc: Document, node: unknown): Node | undefined {
  if (isAlias(node)) return anchored(doc, node);
  return (node ?? undefined) as Node | undefined;
}

/** Per document, the nodes that carry each anchor, in file order. */
const ANCHORS = new WeakMap<Document, Map<string, Node[]>>();

/**
 * The node an alias names: the last one anchored with its name before it, as YAML reads a redefined anchor. yaml's
 * own `alias.resolve` walks the whole document each time, which made 400 services that merge `<<: *common` take 40 s.
 */
function anchored(doc: Document, alias: Alias): Node | undefined {
  let anchors = ANCHORS.get(doc);
  if (!anchors) {
    const found = new Map<string, Node[]>();
    visit(doc, {
      Node(_key, node) {
        if (node.anchor) found.set(node.anchor, [...(found.get(node.anchor) ?? []), node]);
      },
    });
    ANCHORS.set(doc, (anchors = found));
  }
  const at = alias.range?.[0] ?? Infinity;
  let named: Node | undefined;
  for (const node of anchors.get(alias.source) ?? []) {
    if ((node.range?.[0] ?? 0) >= at) break;
    named = node;
  }
  return named;
}

/**
 * The entries of a mapping, including those a YAML merge key (`<<: *base`) brings in. Entries written in the
 * mapping itself win over merged ones, as YAML specifies. Merges nest at most a few levels deep in practice;
 * the depth bound keeps a cyclic alias from looping.
 */
export function entries(doc: Document, node: unknown, depth = 0): Entry[] {
  const map = resolve(doc, node);
  if (!isMap(map) || depth > 8) return [];
  const own: Entry[] = [];
  const merged: Entry[] = [];
  for (const pair of (map as YAMLMap).items) {
    if (isMergeKey(pair.key)) {
      const source = resolve(doc, pair.value);
      const sources = isSeq(source) ? source.items : [source];
      for (const item of sources) merged.push(...entries(doc, item, depth + 1));
    } else if (isScalar(pair.key)) {
      own.push({ key: pair.key, value: resolve(doc, pair.value), pair });
    }
  }
  const names = new Set(own.map((entry) => String(entry.key.value)));
  return [...own, ...merged.filter((entry) => !names.has(String(entry.key.value)))];
}

export function entry(doc: Document, node: unknown, key: string): Entry | undefined {
  return entries(doc, node).find((candidate) => String(candidate.key.value) === key);
}

export function items(doc: Document, node: unknown): Node[] {
  const seq = resolve(doc, node);
  return isSeq(seq) ? (seq as YAMLSeq).items.map((item) => resolve(doc, item)).filter((item): item is Node => item !== undefined) : [];
}

/** The scalar's value as a string (numbers and booleans as YAML wrote them), or undefined for collections. */
export function text(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return typeof node.source === "string" && typeof node.value !== "string" ? node.source : String(node.value);
}

/** The range of a node's value, without a trailing comment or the line break a block collection ends with. */
export function rangeOf(lines: LineIndex, node: Node | Pair | undefined): Range {
  const range = (node as Node | undefined)?.range;
  if (!range) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  let end = range[1];
  while (end > range[0] && /\s/.test(lines.text[end - 1]!)) end--;
  return lines.rangeOf(range[0], end);
}

/**
 * The range of characters `start`…`end` of a scalar's string value in the source: exact when the scalar spells its
 * value as it is (plain, or quoted without escapes), undefined otherwise (escapes, folded lines, block scalars).
 */
export function valuePartRange(lines: LineIndex, node: Scalar, start: number, end: number): Range | undefined {
  if (!node.range) return undefined;
  const offset = node.type === "PLAIN" ? 0 : node.type === "QUOTE_SINGLE" || node.type === "QUOTE_DOUBLE" ? 1 : -1;
  const value = String(node.value);
  if (offset === -1 || lines.text.slice(node.range[0] + offset, node.range[0] + offset + value.length) !== value) return undefined;
  return lines.rangeOf(node.range[0] + offset + start, node.range[0] + offset + end);
}
