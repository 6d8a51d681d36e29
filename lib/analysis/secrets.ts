/**
 * Secret detection shared by every file kind: variable names that say "secret", and values shaped like
 * well-known credentials. Names are split into `_`/`-`/`.`/camelCase words so `DB_PASSWORD` matches and
 * `PASSWORD_FILE`, `GPG_KEY` or `NEXT_PUBLIC_API_KEY` do not.
 */

const SECRET_WORDS = new Set([
  "password", "passwd", "pwd", "pword", "pass", "secret", "secrets", "token", "apikey", "credential", "credentials",
  "auth", "private", "privatekey", "key", "pat",
]);

/** Words that turn a secret-sounding name into a pointer, an identifier or a public value. */
const HARMLESS_WORDS = new Set([
  "file", "path", "dir", "directory", "version", "url", "uri", "host", "hostname", "port", "name", "user", "username",
  "id", "public", "fingerprint", "gpg", "pgp", "keyring", "keyserver", "server", "type", "length", "size", "ttl",
  "expiry", "timeout", "header", "endpoint", "mode", "enabled", "enable", "disable", "disabled", "required", "algorithm",
  "format", "pubkey", "location", "env", "sock", "socket", "method", "provider", "scheme", "dummy", "warn", "warning",
]);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[_.-]+/)
    .filter(Boolean);
}

/** A value that says whether (`COMPOSER_AUTH_JSON=false`, `MARIADB_RANDOM_ROOT_PASSWORD: 1`), not what the secret is. */
export function isSwitchValue(value: string): boolean {
  return /^(true|false|yes|no|on|off|0|1)$/i.test(value.trim());
}

/** True when a variable name says it holds a secret (and nothing says it only points to one). */
export function looksLikeSecretName(name: string): boolean {
  let secret = secretNames.get(name);
  if (secret === undefined) {
    const parts = words(name);
    secret = parts.some((part) => SECRET_WORDS.has(part)) && !parts.some((part) => HARMLESS_WORDS.has(part));
    if (secretNames.size >= MAX_SECRET_NAMES) secretNames.clear();
    secretNames.set(name, secret);
  }
  return secret;
}

/** Several rules ask about the same few variable names, once per instruction that sees them: answers are kept. */
const secretNames = new Map<string, boolean>();
const MAX_SECRET_NAMES = 10_000;

export interface SecretToken {
  /** What kind of credential it looks like, for messages (never echo the value itself). */
  kind: string;
  start: number;
  end: number;
}

/**
 * `needs`: substrings one of which every match contains. One search for all of them rules most texts out at once,
 * and each pattern then runs only where its own substring occurs: both are much cheaper than the patterns.
 */
const TOKEN_SHAPES: ReadonlyArray<{ kind: string; pattern: RegExp; needs: string[] }> = [
  { kind: "an AWS access key", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, needs: ["AKIA", "ASIA"] },
  { kind: "a GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g, needs: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"] },
  { kind: "a GitLab token", pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g, needs: ["glpat-"] },
  { kind: "a Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, needs: ["xox"] },
  { kind: "a Stripe secret key", pattern: /\b[rs]k_live_[A-Za-z0-9]{16,}/g, needs: ["k_live_"] },
  { kind: "an OpenAI or Anthropic API key", pattern: /\bsk-(?:proj-|ant-|svcacct-)?[A-Za-z0-9_-]{32,}/g, needs: ["sk-"] },
  { kind: "a Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, needs: ["AIza"] },
  { kind: "an npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, needs: ["npm_"] },
  { kind: "a private key", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/g, needs: ["-----BEGIN"] },
  { kind: "a JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g, needs: ["eyJ"] },
];
const ANY_SHAPE = new RegExp(TOKEN_SHAPES.flatMap((shape) => shape.needs).join("|"));

/**
 * What a shared report writes in place of each secret it redacted (lib/share), KIND saying what it was:
 * `<redacted:GITHUB_TOKEN>`. The rules read it as "a secret was written here", so a shared report keeps their findings.
 */
export const REDACTION_PATTERN = /<redacted:([A-Z_]+)>/g;

export function redactionPlaceholder(kind: string): string {
  return `<redacted:${kind}>`;
}

const WHOLE_PLACEHOLDER = new RegExp(`^${REDACTION_PATTERN.source}$`);

/** Whether a value is a placeholder of a redacted secret, and nothing else. */
export function isRedactionPlaceholder(value: string): boolean {
  return WHOLE_PLACEHOLDER.test(value.trim());
}

/**
 * `user:password@` after a URL scheme (the user may be empty: `redis://:password@host`), unless the password is a
 * variable reference or an obvious placeholder. A shared report's placeholder is a password (it holds a `:`, so it is
 * named apart).
 */
const URL_USER_PASSWORD = new RegExp(
  String.raw`[^\s:/@$]*:(?!\$|(?:pass(?:word)?|secret|changeme|changeit|example|dummy|placeholder|x+|\*+)@)(?:${REDACTION_PATTERN.source}|[^\s:/@]+)@`,
  "iy",
);
const URL_SCHEME = /[a-z][a-z0-9+.-]*$/i;

/** Passwords in URLs, found from each `://` (a pattern starting at the scheme would be tried at every word). */
function urlPasswords(text: string): SecretToken[] {
  const found: SecretToken[] = [];
  for (let at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
    const scheme = URL_SCHEME.exec(text.slice(Math.max(0, at - 32), at));
    if (!scheme) continue;
    URL_USER_PASSWORD.lastIndex = at + 3;
    const match = URL_USER_PASSWORD.exec(text);
    if (match) found.push({ kind: "a password in a URL", start: at - scheme[0].length, end: at + 3 + match[0].length });
  }
  return found;
}

/** Credential-shaped substrings of a text, in order; where shapes overlap, the more specific (earlier listed) wins. */
export function secretTokensIn(text: string): SecretToken[] {
  const found: SecretToken[] = [];
  const add = (token: SecretToken) => {
    if (!found.some((other) => token.start < other.end && other.start < token.end)) found.push(token);
  };
  const shaped = ANY_SHAPE.test(text);
  for (const { kind, pattern, needs } of TOKEN_SHAPES) {
    if (!shaped || !needs.some((needed) => text.includes(needed))) continue;
    for (const match of text.matchAll(pattern)) add({ kind, start: match.index, end: match.index + match[0].length });
  }
  urlPasswords(text).forEach(add);
  // Where a shared report redacted a credential of a known shape (one in a URL is found above, with its URL). A value
  // redacted for its variable's name alone (SECRET_VALUE) had no such shape: the rules that read names report it.
  if (text.includes("<redacted:")) {
    for (const match of text.matchAll(REDACTION_PATTERN)) {
      if (match[1] !== "SECRET_VALUE") add({ kind: "a credential (redacted when the report was shared)", start: match.index, end: match.index + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
