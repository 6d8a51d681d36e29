import { isMap, isScalar, parseDocument, visit, type Alias, type Document, type Node, type Scalar, type YAMLError, type YAMLMap } from "yaml";
import { LineIndex } from "../text";
import type { Range } from "../types";
import { entries, entry } from "./nodes";

/**
 * Compose files are kilobytes (the largest of our real-world corpus is 50 KB). The YAML parser needs a few hundred
 * milliseconds per 100 KB on a busy machine, so larger files are refused rather than allowed to stall the review.
 */
export const MAX_COMPOSE_CHARS = 128_000;
/** Real compose files nest fewer than ten levels; the YAML parser recurses per level, so bound it before parsing. */
export const MAX_NESTING = 100;
/** The YAML library's warning for Compose's own merge tags, `!reset` and `!override`. */
const COMPOSE_TAG_WARNING = /^Unresolved tag: !(reset|override)\b/;
/**
 * yaml's guard against "billion laughs": it stops when the aliases resolved, times the aliases inside what they
 * point at, pass this. Real files reuse anchors a lot (50 services each merging `<<: *common`, which holds
 * `*logging`: 100 already); a bomb of nine levels passes it within a few thousand steps, in milliseconds.
 */
export const MAX_ALIAS_COUNT = 10_000;

/** Why the file could not be read as YAML, or only partly. */
export interface ComposeProblem {
  range: Range;
  message: string;
}

export interface ComposeService {
  name: string;
  /** The service's key under `services:`, where findings about the service as a whole point. */
  key: Scalar;
  node: Node | undefined;
  file: ComposeFile;
}

export interface ComposeFile {
  path: string;
  text: string;
  lines: LineIndex;
  /** Undefined when the file was too large or too deep to parse. */
  doc: Document.Parsed | undefined;
  /** The top-level mapping, when the file parsed into one and is safe to walk. */
  root: YAMLMap | undefined;
  /** The file as plain data (merge keys and aliases expanded), when that was possible. */
  value: unknown;
  problems: ComposeProblem[];
  services: ComposeService[];
  /** The same services by name, for the lookups merging does for every service. */
  servicesByName: Map<string, ComposeService>;
}

function nestingDepth(text: string, limit: number): number {
  const indents: number[] = [];
  let flow = 0;
  let quote = "";
  let deepest = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      lineStart = true;
      indent = 0;
      // Block scalars end their quotes at the line end as far as depth is concerned (`don't` opens none).
      if (flow === 0) quote = "";
      continue;
    }
    if (lineStart) {
      if (ch === " " || ch === "-") {
        indent++;
        continue;
      }
      lineStart = false;
      if (ch !== "#") {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
      }
    }
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "[" || ch === "{") flow++;
    else if ((ch === "]" || ch === "}") && flow > 0) flow--;
    else if (ch === "#" && flow === 0) {
      const end = text.indexOf("\n", i);
      i = (end === -1 ? text.length : end) - 1;
    }
    deepest = Math.max(deepest, indents.length + flow);
    if (deepest > limit) return deepest;
  }
  return deepest;
}

function formatSize(chars: number): string {
  return chars >= 1_000_000 ? `${(chars / 1_000_000).toFixed(1)} MB` : `${Math.round(chars / 1000)} KB`;
}

/**
 * Keys that appear twice in one mapping. yaml's own check (`uniqueKeys`) compares every key with every other,
 * which a hostile file with tens of thousands of keys turns into seconds; a set per mapping is linear.
 */
function duplicateKeys(doc: Document.Parsed, lines: LineIndex): ComposeProblem[] {
  const problems: ComposeProblem[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || typeof pair.key.value === "symbol") continue;
        const name = String(pair.key.value);
        if (seen.has(name) && pair.key.range) {
          problems.push({
            range: lines.rangeOf(pair.key.range[0], pair.key.range[1]),
            message: `The key \`${name}\` appears twice in this mapping: Compose refuses the file ("mapping key already defined"), and other YAML tools silently keep only one of the two. Remove or merge the duplicate.`,
          });
        }
        seen.add(name);
      }
    },
  });
  return problems;
}

function wholeFileRange(lines: LineIndex): Range {
  return lines.rangeOf(0, lines.offsetAt({ line: 1, column: Number.MAX_SAFE_INTEGER }));
}

/**
 * yaml points at one character (a duplicate key's first letter) or at everything up to the end of the file (a
 * second document). Findings point at the token there, on one line.
 */
function problemRange(text: string, lines: LineIndex, [start, end]: [number, number]): Range {
  const lineEnd = text.slice(start).search(/\r?\n/);
  const limit = lineEnd === -1 ? text.length : start + lineEnd;
  const tokenEnd = end - start <= 1 ? start + (/^[^\s:,\]}]+/.exec(text.slice(start, limit))?.[0].length ?? 1) : end;
  if (Math.min(tokenEnd, limit) > start) return lines.rangeOf(start, Math.min(tokenEnd, limit));
  // At the end of the text or on an empty line (a quote or bracket never closed): the last line with text before it,
  // where what is unclosed was opened, so that an editor has something to underline.
  let line = lines.positionAt(start).line;
  while (line > 1 && lines.lineText(line).trim() === "") line--;
  const content = lines.lineText(line);
  const indent = content.length - content.trimStart().length;
  return { start: { line, column: indent + 1 }, end: { line, column: Math.max(content.trimEnd().length, indent) + 1 } };
}

function describeYamlError(error: YAMLError): string {
  const first = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  switch (error.code) {
    case "MULTIPLE_DOCS":
      return "This file holds several YAML documents (separated by `---`). Compose (since 2023) merges them in order, but this review and many other tools read one document per file, so it was not reviewed. Split it into a base file and override files (`docker compose -f compose.yaml -f compose.prod.yaml`).";
    case "TAB_AS_INDENT":
      return "Tabs cannot indent YAML; indent with spaces.";
    default:
      return `${first.endsWith(".") ? first : `${first}.`} Compose cannot read this file until it is fixed.`;
  }
}

/** The problem of a document the YAML library parsed but could not turn into data: an alias it cannot resolve. */
function dataProblem(doc: Document.Parsed, lines: LineIndex, message: string): ComposeProblem {
  const unresolved = /^Unresolved alias[^:]*: (.+)$/.exec(message)?.[1];
  let alias: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      if (unresolved === undefined || node.source === unresolved) {
        alias = node;
        return visit.BREAK;
      }
    },
  });
  const range = alias?.range ? lines.rangeOf(alias.range[0], alias.range[1]) : wholeFileRange(lines);
  if (unresolved !== undefined) {
    return { range, message: `The alias \`*${unresolved}\` names no anchor \`&${unresolved}\` set before it. Compose cannot read this file until it is fixed.` };
  }
  return {
    range,
    message: /excessive alias count/i.test(message)
      ? `The aliases in this file expand to an excessive amount of data; it was not reviewed. This is the shape of a "billion laughs" attack.`
      : `This file could not be read as data (${message}).`,
  };
}

function servicesOf(file: ComposeFile): ComposeService[] {
  const { doc, root } = file;
  if (!doc || !root) return [];
  const services = entry(doc, root, "services");
  return entries(doc, services?.value)
    .filter((found) => isScalar(found.key))
    .map((found) => ({ name: String(found.key.value), key: found.key, node: found.value, file }));
}

/**
 * Where the file's block and quoted scalars lie, as [start, end) offsets: a line of theirs that starts with `#` is
 * text, not a comment (plain scalars end at ` #`, so only these can hold one).
 */
export function textScalarSpans(file: ComposeFile): [number, number][] {
  const spans: [number, number][] = [];
  if (!file.doc) return spans;
  visit(file.doc, {
    Scalar(_, node) {
      if (node.type !== "PLAIN" && node.range) spans.push([node.range[0], node.range[1]]);
    },
  });
  return spans;
}

/** Parses a compose file, keeping every node's source range. Never throws; problems are returned in `problems`. */
export function parseCompose(path: string, text: string): ComposeFile {
  const lines = new LineIndex(text);
  const file: ComposeFile = { path, text, lines, doc: undefined, root: undefined, value: undefined, problems: [], services: [], servicesByName: new Map() };
  if (text.length > MAX_COMPOSE_CHARS) {
    file.problems.push({
      range: wholeFileRange(lines),
      message: `This file is ${formatSize(text.length)}; compose files above ${formatSize(MAX_COMPOSE_CHARS)} are not reviewed. Is it really a compose file?`,
    });
    return file;
  }
  if (nestingDepth(text, MAX_NESTING) > MAX_NESTING) {
    file.problems.push({
      range: wholeFileRange(lines),
      message: `This file nests more than ${MAX_NESTING} levels deep, which no compose file needs; it was not reviewed.`,
    });
    return file;
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { merge: true, prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    file.problems.push({ range: wholeFileRange(lines), message: `This file could not be parsed as YAML (${(error as Error).message}).` });
    return file;
  }
  file.doc = doc;
  // Compose's own merge tags (`!reset`, `!override`) are not the YAML library's: they are no problem.
  for (const error of [...doc.errors, ...doc.warnings.filter((warning) => !COMPOSE_TAG_WARNING.test(warning.message))]) {
    file.problems.push({ range: problemRange(text, lines, error.pos), message: describeYamlError(error) });
  }
  const duplicates = duplicateKeys(doc, lines);
  file.problems.push(...duplicates);
  if (doc.errors.length > 0 || duplicates.length > 0) return file;
  try {
    file.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    file.problems.push(dataProblem(doc, lines, (error as Error).message));
    return file;
  }
  if (isMap(doc.contents)) {
    file.root = doc.contents;
    file.services = servicesOf(file);
    file.servicesByName = new Map(file.services.map((service) => [service.name, service]));
  } else if (doc.contents !== null) {
    file.problems.push({ range: lines.rangeOf(doc.contents.range[0], doc.contents.range[1]), message: "A compose file must be a mapping of top-level keys (`services:`, `volumes:`…)." });
  }
  return file;
}
