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
  "format", "pubkey", "location", "env",
]);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[_.-]+/)
    .filter(Boolean);
}

/** True when a variable name says it holds a secret (and nothing says it only points to one). */
export function looksLikeSecretName(name: string): boolean {
  const parts = words(name);
  return parts.some((part) => SECRET_WORDS.has(part)) && !parts.some((part) => HARMLESS_WORDS.has(part));
}

export interface SecretToken {
  /** What kind of credential it looks like, for messages (never echo the value itself). */
  kind: string;
  start: number;
  end: number;
}

const TOKEN_SHAPES: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
  { kind: "an AWS access key", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { kind: "a GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g },
  { kind: "a GitLab token", pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g },
  { kind: "a Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: "a Stripe secret key", pattern: /\b[rs]k_live_[A-Za-z0-9]{16,}/g },
  { kind: "an OpenAI or Anthropic API key", pattern: /\bsk-(?:proj-|ant-|svcacct-)?[A-Za-z0-9_-]{32,}/g },
  { kind: "a Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: "an npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: "a private key", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/g },
  { kind: "a JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g },
  // user:password@ in a URL, unless the password is a variable reference or an obvious placeholder.
  {
    kind: "a password in a URL",
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@$]+:(?!\$|(?:pass(?:word)?|secret|changeme|changeit|example|dummy|placeholder|x+|\*+)@)[^\s:/@]+@/gi,
  },
];

/** Credential-shaped substrings of a text, in order; where shapes overlap, the more specific (earlier listed) wins. */
export function secretTokensIn(text: string): SecretToken[] {
  const found: SecretToken[] = [];
  for (const { kind, pattern } of TOKEN_SHAPES) {
    for (const match of text.matchAll(pattern)) {
      const token = { kind, start: match.index, end: match.index + match[0].length };
      if (!found.some((other) => token.start < other.end && other.start < token.end)) found.push(token);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
