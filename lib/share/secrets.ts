import { isScalar, parseDocument } from "yaml";
import { scanInterpolation } from "../analysis/compose/interpolation";
import { entries, entry, items } from "../analysis/compose/nodes";
import { keyValues, parseDockerfile, type DockerfileModel } from "../analysis/dockerfile/model";
import { detectKind } from "../analysis/files";
import { isRedactionPlaceholder, REDACTION_PATTERN, redactionPlaceholder } from "../analysis/secrets";
import { applyEdits, LineIndex } from "../analysis/text";
import type { Range, SourceFile } from "../analysis/types";

/**
 * Finds secrets in a workspace before it is shared, and redacts them. Pure (no Node APIs), so the same
 * code can run in the browser. Detection errs towards reporting: the person confirms or unticks each one.
 */

export type SecretKind =
  | "PRIVATE_KEY"
  | "GITHUB_TOKEN"
  | "GITLAB_TOKEN"
  | "AWS_ACCESS_KEY_ID"
  | "SLACK_TOKEN"
  | "SLACK_WEBHOOK"
  | "STRIPE_SECRET_KEY"
  | "GOOGLE_API_KEY"
  | "NPM_TOKEN"
  | "JWT"
  | "URL_PASSWORD"
  /** The value of a variable whose name says it is secret (ENV DB_PASSWORD=…). */
  | "SECRET_VALUE";

export interface DetectedSecret {
  /** Stable for the same content: `kind:path:line:column`. The confirm step sends these back. */
  id: string;
  path: string;
  kind: SecretKind;
  /** The exact characters that would be replaced. */
  range: Range;
  /** Where it was found, in words: "ENV DB_PASSWORD", "compose environment API_TOKEN", "token". */
  context: string;
  /** The value with all but its first characters masked, for recognising it without showing it. */
  masked: string;
}

interface Span {
  start: number;
  end: number;
}

interface Hit extends Span {
  kind: SecretKind;
  context: string;
}

/**
 * Shapes published by the issuers, so a match is very likely real. Order matters: earlier wins overlaps. A shape
 * marked `value` matches a setting and captures its value (group 1), which may be a variable reference, not a secret.
 */
const TOKEN_SHAPES: readonly { kind: SecretKind; pattern: RegExp; value?: true; context?: string }[] = [
  { kind: "PRIVATE_KEY", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|[\s\S]*$)/g },
  { kind: "GITHUB_TOKEN", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { kind: "GITLAB_TOKEN", pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g },
  { kind: "AWS_ACCESS_KEY_ID", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g },
  { kind: "SLACK_WEBHOOK", pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9_/]+/g },
  { kind: "SLACK_TOKEN", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: "STRIPE_SECRET_KEY", pattern: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { kind: "GOOGLE_API_KEY", pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { kind: "NPM_TOKEN", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  // .npmrc: `//registry.example.com/:_authToken=…` (also `_auth`, `_password`), whatever the token looks like.
  { kind: "NPM_TOKEN", pattern: /(?:^|:)_(?:authToken|auth|password)[ \t]*=[ \t]*["']?([^\s'"]+)/dgm, value: true, context: "npm registry credential" },
  { kind: "JWT", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  // scheme://user:password@host: only the password is secret, and the user may be empty (redis://:password@host).
  // The host follows the last `@` before the path, as URL parsers read it, so a password may hold `@`.
  // The match starts at "://" rather than at the scheme: a scheme pattern would be tried at every word
  // boundary and rescan the rest of the line each time (quadratic on long inputs).
  { kind: "URL_PASSWORD", pattern: /:\/\/[^\s:@/?#'"]*:([^\s/?#'"]+)@/dg, value: true, context: "password in a URL" },
];

const SECRET_WORDS = new Set(["password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "credential", "credentials", "pat"]);
const SECRET_PAIRS = [["api", "key"], ["access", "key"], ["private", "key"], ["secret", "key"], ["auth", "key"], ["client", "secret"], ["signing", "key"], ["encryption", "key"]];
/** Names that end like this hold a location or a setting about a secret, not the secret itself. */
const NOT_SECRET_SUFFIXES = new Set(["file", "path", "dir", "url", "uri", "endpoint", "host", "hostname", "port", "user", "username", "name", "id", "type", "length", "ttl", "header", "env"]);

/** Whether a variable name says its value is secret: DB_PASSWORD, githubToken, API_KEY, but not PASSWORD_FILE. */
export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0 || NOT_SECRET_SUFFIXES.has(words[words.length - 1]!)) return false;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  return SECRET_PAIRS.some(([a, b]) => words.some((word, i) => word === a && words[i + 1] === b));
}

/** Values that cannot be a secret: empty, a flag, or already redacted. */
function isSecretValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === "") return false;
  if (/^(?:true|false|yes|no|on|off|0|1|null|none)$/i.test(trimmed)) return false;
  return !isRedactionPlaceholder(trimmed);
}

/** Real values nest a default or two; deeper ones are taken as written (reported), as each level rescans the value. */
const MAX_NESTED_DEFAULTS = 16;

/**
 * The part of a value (`text` from start to end, without quotes) that its variables leave written out: all of it, or
 * the default of a lone `${NAME:-default}`; nothing for a lone reference without one (`$NAME`, `${NAME:?message}`).
 */
function writtenOut(text: string, span: Span): Span | undefined {
  let written = span;
  for (let depth = 0; depth < MAX_NESTED_DEFAULTS; depth++) {
    const value = text.slice(written.start, written.end);
    const { references, errors } = scanInterpolation(value);
    const [reference] = references;
    if (!reference || errors.length > 0 || references.length > 1 || reference.start > 0 || reference.end < value.length) return written;
    if (reference.operator !== ":-" && reference.operator !== "-") return undefined;
    const end = written.start + reference.end - 1;
    written = { start: end - reference.argument.length, end };
  }
  return written;
}

/** Where a variable whose name says it is secret holds a secret in its value, if it does. */
function secretIn(text: string, value: Span): Span | undefined {
  const written = writtenOut(text, value);
  return written && isSecretValue(text.slice(written.start, written.end)) ? written : undefined;
}

/** The span of a value's source text without its surrounding quotes. */
function unquoted(text: string, start: number, end: number): Span {
  const first = text[start];
  if (end - start >= 2 && (first === '"' || first === "'") && text[end - 1] === first) return { start: start + 1, end: end - 1 };
  return { start, end };
}

/** `expanded`: whether the text's variable references are expanded where it is used (not in a build argument's value). */
function tokenHits(text: string, expanded = true): Hit[] {
  const hits: Hit[] = [];
  for (const { kind, pattern, value, context = "token" } of TOKEN_SHAPES) {
    for (const match of text.matchAll(pattern)) {
      const [start, end] = value ? match.indices![1]! : [match.index, match.index + match[0].length];
      const secret = value && expanded ? writtenOut(text, { start, end }) : { start, end };
      if (secret && !isRedactionPlaceholder(text.slice(secret.start, secret.end))) hits.push({ ...secret, kind, context });
    }
  }
  return hits;
}

/**
 * Tokens in a Dockerfile's instructions read as Docker reads them, continuation lines joined, so a token split by a
 * line continuation is found whole. Those outside the instructions (comments, heredoc bodies) are the file scan's.
 */
function instructionTokenHits(model: DockerfileModel): Hit[] {
  return model.instructions.flatMap((instruction) =>
    tokenHits(instruction.argsText).map((hit) => ({
      ...hit,
      start: instruction.map.toFile(instruction.argsOffset + hit.start),
      end: instruction.map.endToFile(instruction.argsOffset + hit.end),
    })),
  );
}

function dockerfileHits(text: string, model = parseDockerfile(text)): Hit[] {
  const hits: Hit[] = [];
  for (const instruction of model.instructions) {
    if (instruction.keyword !== "ENV" && instruction.keyword !== "ARG") continue;
    for (const { name, value } of keyValues(instruction)) {
      const secret = value && isSecretName(name) && secretIn(text, unquoted(text, value.start, value.end));
      if (secret) hits.push({ ...secret, kind: "SECRET_VALUE", context: `${instruction.keyword} ${name}` });
    }
  }
  return hits;
}

/**
 * Commented-out `# ENV KEY=value` lines are still in the shared text, so they are read as if they were
 * instructions, with the commented lines they continue onto: each `#` becomes a space, which keeps every column where it was.
 */
function dockerfileCommentHits(text: string): Hit[] {
  return [...text.matchAll(/^[ \t]*#[ \t]*(?:ENV|ARG)[ \t](?:[^\n]*\\[ \t]*\n[ \t]*#)*[^\n]*/gim)].flatMap((match) =>
    dockerfileHits(match[0].replace(/^([ \t]*)#/gm, "$1 ")).map((hit) => ({ ...hit, start: hit.start + match.index, end: hit.end + match.index, context: `${hit.context} (in a comment)` })),
  );
}

/**
 * Where a YAML scalar's value is written: inside its quotes, or a block scalar's content lines. A block scalar's
 * `|`/`>` header and last line break stay, so a placeholder in its place leaves the YAML valid.
 */
function scalarSpan(text: string, node: unknown): Span | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  let [start, end] = node.range;
  if (node.type !== "BLOCK_LITERAL" && node.type !== "BLOCK_FOLDED") return unquoted(text, start, end);
  start = text.indexOf("\n", start);
  if (start < 0) return undefined;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

/**
 * `environment:` and `build.args` of every service, in both the map and the `KEY=value` list forms, including what
 * aliases and merge keys (`<<: *env`) bring in from an anchor: found where the anchor writes it, once.
 */
function composeHits(text: string): Hit[] {
  const document = parseDocument(text, { uniqueKeys: false });
  const hits: Hit[] = [];
  const variables = (node: unknown, where: string) => {
    for (const { key, value } of entries(document, node)) {
      const span = scalarSpan(text, value);
      const name = String(key.value);
      const secret = span && isSecretName(name) && secretIn(text, span);
      if (secret) hits.push({ ...secret, kind: "SECRET_VALUE", context: `${where} ${name}` });
    }
    for (const item of items(document, node)) {
      const span = scalarSpan(text, item);
      const equals = span ? text.indexOf("=", span.start) : -1;
      if (!span || equals < 0 || equals >= span.end) continue;
      const name = text.slice(span.start, equals).trim();
      const secret = isSecretName(name) && secretIn(text, { start: equals + 1, end: span.end });
      if (secret) hits.push({ ...secret, kind: "SECRET_VALUE", context: `${where} ${name}` });
    }
  };
  for (const service of entries(document, entry(document, document.contents, "services")?.value)) {
    variables(entry(document, service.value, "environment")?.value, "compose environment");
    variables(entry(document, entry(document, service.value, "build")?.value, "args")?.value, "compose build arg");
  }
  return hits;
}

/** `.env` files: KEY=value lines; a quoted value may go on over the next lines, to its closing quote. */
function envFileHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const line = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.]*)[ \t]*=[ \t]*(.*?)[ \t]*$/dgm;
  const closing: Record<string, RegExp> = { '"': /(?:[^"\\]|\\[\s\S])*"/y, "'": /[^']*'/y };
  /** Per quote, where a search for its closing one failed: it fails from any later point too (each search is linear). */
  const neverClosedAfter: Record<string, number> = {};
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const name = match[1]!;
    let [start, end] = match.indices![2]!;
    const quote = text[start]!;
    const open = closing[quote];
    if (open && !(end - start >= 2 && text[end - 1] === quote) && start < (neverClosedAfter[quote] ?? Infinity)) {
      open.lastIndex = start + 1;
      if (open.test(text)) line.lastIndex = end = open.lastIndex;
      else neverClosedAfter[quote] = start;
    }
    const secret = isSecretName(name) && secretIn(text, unquoted(text, start, end));
    if (secret) hits.push({ ...secret, kind: "SECRET_VALUE", context: `variable ${name}` });
  }
  return hits;
}

/** `.env`, `.env.local`, `prod.env`, `app.env.local`, and direnv's `.envrc`. */
function isEnvFile(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? path;
  return /\.env(?:rc)?(?:\..+)?$/.test(name);
}

/**
 * Every candidate in a file, those that win overlaps first: token shapes (in a Dockerfile, whole ones split by a line
 * continuation before their parts), then the values of variables named as secret.
 */
function candidateHits({ path, content }: SourceFile): Hit[] {
  const kind = detectKind(path, content);
  if (kind === "dockerfile") {
    const model = parseDockerfile(content);
    return [...instructionTokenHits(model), ...tokenHits(content), ...dockerfileHits(content, model), ...dockerfileCommentHits(content)];
  }
  return [...tokenHits(content), ...(kind === "compose" ? composeHits(content) : isEnvFile(path) ? envFileHits(content) : [])];
}

function mask(value: string): string {
  const shown = value.length > 12 ? 4 : value.length > 6 ? 2 : 0;
  return `${value.slice(0, shown)}${"•".repeat(Math.min(8, value.length - shown))} (${value.length} characters)`;
}

/**
 * Adds a hit to disjoint hits sorted by start unless it overlaps one of them. Only the last hit starting
 * before this one ends can overlap it (disjoint and sorted, so ends increase too): a binary search finds it.
 */
function insertIfFree(sorted: Hit[], hit: Hit): void {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start < hit.end) low = mid + 1;
    else high = mid;
  }
  const before = sorted[low - 1];
  if (before && before.end > hit.start) return;
  sorted.splice(low, 0, hit);
}

/** Every secret in one file, in order, without overlaps (a token's shape beats a variable's name). */
export function detectSecretsInFile(file: SourceFile): DetectedSecret[] {
  let candidates: Hit[];
  try {
    candidates = candidateHits(file);
  } catch {
    // A file that cannot be parsed still gets the token scan.
    candidates = tokenHits(file.content);
  }
  const kept: Hit[] = [];
  for (const hit of candidates) if (hit.end > hit.start) insertIfFree(kept, hit);
  const lines = new LineIndex(file.content);
  return kept.map((hit) => {
    const range = lines.rangeOf(hit.start, hit.end);
    return {
      id: `${hit.kind}:${file.path}:${range.start.line}:${range.start.column}`,
      path: file.path,
      kind: hit.kind,
      range,
      context: hit.context,
      masked: mask(file.content.slice(hit.start, hit.end)),
    };
  });
}

export function detectSecrets(files: readonly SourceFile[]): DetectedSecret[] {
  return files.flatMap(detectSecretsInFile);
}

/** Replaces each given secret's characters with its placeholder; secrets of other files are ignored. */
export function redactFile(file: SourceFile, secrets: readonly DetectedSecret[]): SourceFile {
  const edits = secrets.filter((secret) => secret.path === file.path).map((secret) => ({ range: secret.range, text: redactionPlaceholder(secret.kind) }));
  return edits.length === 0 ? file : { path: file.path, content: applyEdits(file.content, edits).text };
}

/** Where the placeholders are in a (redacted) file, for highlighting them. */
export function findRedactions(file: SourceFile): { kind: string; range: Range }[] {
  const lines = new LineIndex(file.content);
  return [...file.content.matchAll(REDACTION_PATTERN)].map((match) => ({ kind: match[1]!, range: lines.rangeOf(match.index, match.index + match[0].length) }));
}

/**
 * Build arguments as a share stores them: the value of one whose name says it is secret (`NPM_TOKEN`), and every token
 * of a known shape in the others, replaced by its placeholder. Unlike secrets in files, these are not offered to keep
 * in clear: a build argument is a setting of the review, and a secret passed as one is never meant to be published.
 * Nothing expands a build argument's value, so a `${NAME:-…}` or `${NAME}` in it is text like any other.
 */
export function redactBuildArgs(args: Readonly<Record<string, string>>): Record<string, string> {
  const redacted: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (isSecretName(name) && isSecretValue(value)) {
      redacted[name] = redactionPlaceholder("SECRET_VALUE");
      continue;
    }
    const kept: Hit[] = [];
    for (const hit of tokenHits(value, false)) insertIfFree(kept, hit);
    let text = value;
    for (const hit of kept.reverse()) text = `${text.slice(0, hit.start)}${redactionPlaceholder(hit.kind)}${text.slice(hit.end)}`;
    redacted[name] = text;
  }
  return redacted;
}
