import { describe, expect, it } from "vitest";
import { looksLikeSecretName, secretTokensIn } from "./secrets";

describe("looksLikeSecretName", () => {
  it.each(["DB_PASSWORD", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "apiKey", "NPM_AUTH_TOKEN", "SSH_PRIVATE_KEY", "OPENAI_API_KEY", "CLIENT_SECRET"])(
    "flags %s", (name) => expect(looksLikeSecretName(name)).toBe(true));
  it.each(["PASSWORD_FILE", "GPG_KEY", "NEXT_PUBLIC_API_KEY", "NODE_VERSION", "TOKEN_URL", "KEYCLOAK_VERSION", "MONKEY", "AWS_ACCESS_KEY_ID", "PATH",
    // A socket, a method, a warning switch, a placeholder key.
    "SSH_AUTH_SOCK", "AUTH_METHOD", "APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE", "SECRET_KEY_BASE_DUMMY"])(
    "accepts %s", (name) => expect(looksLikeSecretName(name)).toBe(false));
});

describe("secretTokensIn", () => {
  it("finds well-known credential shapes with their offsets", () => {
    const text = "x AKIAIOSFODNN7EXAMPLE y ghp_abcdefghijklmnopqrstuvwxyz0123456789 postgres://app:hunter2@db/app";
    expect(secretTokensIn(text).map((token) => [token.kind, text.slice(token.start, token.end)])).toEqual([
      ["an AWS access key", "AKIAIOSFODNN7EXAMPLE"],
      ["a GitHub token", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"],
      ["a password in a URL", "postgres://app:hunter2@"],
    ]);
  });
  it("ignores placeholders and variables", () => {
    expect(secretTokensIn("postgres://app:$DB_PASSWORD@db/app https://example.com/a:b token=changeme")).toEqual([]);
    expect(secretTokensIn("postgresql://user:pass@localhost:5432/dummy mysql://root:xxx@db")).toEqual([]);
  });
});
