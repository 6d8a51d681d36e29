import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from "yaml";
import { keyValues, parseDockerfile } from "../analysis/dockerfile/model";
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

interface Hit {
  start: number;
  end: number;
  kind: SecretKind;
  context: string;
}

/** Shapes published by the issuers, so a match is very likely real. Order matters: earlier wins overlaps. */
const TOKEN_SHAPES: readonly { kind: SecretKind; pattern: RegExp; group?: number }[] = [
  { kind: "PRIVATE_KEY", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|[\s\S]*$)/g },
  { kind: "GITHUB_TOKEN", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { kind: "AWS_ACCESS_KEY_ID", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g },
  { kind: "SLACK_WEBHOOK", pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9_/]+/g },
  { kind: "SLACK_TOKEN", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: "STRIPE_SECRET_KEY", pattern: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { kind: "GOOGLE_API_KEY", pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { kind: "NPM_TOKEN", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: "JWT", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  // scheme://user:password@host: only the password is secret. A ${VAR} password is a reference, not a value.
  // The match starts at "://" rather than at the scheme: a scheme pattern would be tried at every word
  // boundary and rescan the rest of the line each time (quadratic on long inputs).
  { kind: "URL_PASSWORD", pattern: /:\/\/[^\s:@/'"]+:((?!\$\{?[A-Za-z_])[^\s@/'"]+)@/g, group: 1 },
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

/** Values that cannot be a secret: empty, a flag, a reference to another variable, or already redacted. */
function isSecretValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === "") return false;
  if (/^(?:true|false|yes|no|on|off|0|1|null|none)$/i.test(trimmed)) return false;
  if (/^\$(?:\{[A-Za-z_][A-Za-z0-9_]*(?:[:?+-][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(trimmed)) return false;
  return !isRedactionPlaceholder(trimmed);
}

/** The span of a value's source text without its surrounding quotes. */
function unquoted(text: string, start: number, end: number): { start: number; end: number } {
  const first = text[start];
  if (end - start >= 2 && (first === '"' || first === "'") && text[end - 1] === first) return { start: start + 1, end: end - 1 };
  return { start, end };
}

function tokenHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { kind, pattern, group } of TOKEN_SHAPES) {
    for (const match of text.matchAll(pattern)) {
      const value = group === undefined ? match[0] : match[group]!;
      const start = match.index + (group === undefined ? 0 : match[0].lastIndexOf(value));
      hits.push({ start, end: start + value.length, kind, context: kind === "URL_PASSWORD" ? "password in a URL" : "token" });
    }
  }
  return hits;
}

function dockerfileHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const instruction of parseDockerfile(text).instructions) {
    if (instruction.keyword !== "ENV" && instruction.keyword !== "ARG") continue;
    for (const { name, value } of keyValues(instruction)) {
      if (!value || !isSecretName(name) || !isSecretValue(value.value)) continue;
      hits.push({ ...unquoted(text, value.start, value.end), kind: "SECRET_VALUE", context: `${instruction.keyword} ${name}` });
    }
  }
  return hits;
}

/**
 * Commented-out `# ENV KEY=value` lines are still in the shared text, so they are read as if they were
 * instructions: the `#` becomes a space, which keeps every column where it was.
 */
function dockerfileCommentHits(text: string): Hit[] {
  return [...text.matchAll(/^[ \t]*#[ \t]*(?:ENV|ARG)[ \t][^\n]*/gim)].flatMap((match) =>
    dockerfileHits(match[0].replace("#", " ")).map((hit) => ({ ...hit, start: hit.start + match.index, end: hit.end + match.index, context: `${hit.context} (in a comment)` })),
  );
}

/** `environment:` and `build.args` of every service, in both the map and the `KEY=value` list forms. */
function composeHits(text: string): Hit[] {
  const document = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  const services = document.get("services");
  if (!isMap(services)) return [];
  const hits: Hit[] = [];
  const scalarSpan = (node: YamlNode | null | undefined) => (isScalar(node) && node.range ? unquoted(text, node.range[0], node.range[1]) : undefined);
  const visit = (variables: unknown, where: string) => {
    if (isMap(variables)) {
      for (const pair of variables.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) continue;
        const name = String(pair.key.value);
        const span = scalarSpan(pair.value);
        if (span && isSecretName(name) && isSecretValue(text.slice(span.start, span.end))) hits.push({ ...span, kind: "SECRET_VALUE", context: `${where} ${name}` });
      }
    } else if (isSeq(variables)) {
      for (const item of variables.items) {
        const span = scalarSpan(item as YamlNode);
        if (!span) continue;
        const source = text.slice(span.start, span.end);
        const equals = source.indexOf("=");
        if (equals < 0) continue;
        const name = source.slice(0, equals).trim();
        const valueStart = span.start + equals + 1;
        if (isSecretName(name) && isSecretValue(text.slice(valueStart, span.end))) hits.push({ start: valueStart, end: span.end, kind: "SECRET_VALUE", context: `${where} ${name}` });
      }
    }
  };
  for (const service of services.items) {
    if (!isPair(service) || !isMap(service.value)) continue;
    visit(service.value.get("environment", true), "compose environment");
    const build = service.value.get("build", true);
    if (isMap(build)) visit(build.get("args", true), "compose build arg");
  }
  return hits;
}

/** `.env` files: KEY=value lines. */
function envFileHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(/^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.]*)[ \t]*=[ \t]*(.*?)[ \t]*$/dgm)) {
    const [, name, value] = match as unknown as [string, string, string];
    const [valueStart, valueEnd] = match.indices![2]!;
    if (isSecretName(name) && isSecretValue(value)) hits.push({ ...unquoted(text, valueStart, valueEnd), kind: "SECRET_VALUE", context: `variable ${name}` });
  }
  return hits;
}

function isEnvFile(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? path;
  return /^\.env(\..+)?$/.test(name) || name.endsWith(".env");
}

function structuralHits(file: SourceFile): Hit[] {
  const kind = detectKind(file.path, file.content);
  if (kind === "dockerfile") return [...dockerfileHits(file.content), ...dockerfileCommentHits(file.content)];
  if (kind === "compose") return composeHits(file.content);
  if (isEnvFile(file.path)) return envFileHits(file.content);
  return [];
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
  const candidates = [...tokenHits(file.content)];
  try {
    candidates.push(...structuralHits(file));
  } catch {
    // A file that cannot be parsed still gets the token scan above.
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
 */
export function redactBuildArgs(args: Readonly<Record<string, string>>): Record<string, string> {
  const redacted: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (isSecretName(name) && isSecretValue(value)) {
      redacted[name] = redactionPlaceholder("SECRET_VALUE");
      continue;
    }
    const kept: Hit[] = [];
    for (const hit of tokenHits(value)) insertIfFree(kept, hit);
    let text = value;
    for (const hit of kept.reverse()) text = `${text.slice(0, hit.start)}${redactionPlaceholder(hit.kind)}${text.slice(hit.end)}`;
    redacted[name] = text;
  }
  return redacted;
}
