import { describe, expect, it } from "vitest";
import { detectSecrets, detectSecretsInFile, findRedactions, isSecretName, redactFile } from "./secrets";

// Test values are assembled at run time so that secret scanners do not flag this file.
const GITHUB = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
const AWS_ID = "AKIA" + "IOSFODNN7EXAMPLE";
const SLACK = "xoxb-" + "123456789012-abcdefghijkl";
const STRIPE = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";
const JWT = "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0" + ".dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

const at = (secret: { range: { start: { line: number; column: number }; end: { line: number; column: number } } }) =>
  `${secret.range.start.line}:${secret.range.start.column}-${secret.range.end.line}:${secret.range.end.column}`;

describe("isSecretName", () => {
  it.each(["DB_PASSWORD", "POSTGRES_PASSWORD", "githubToken", "API_KEY", "apiKey", "AWS_SECRET_ACCESS_KEY", "NPM_TOKEN", "client_secret", "MYSQL_ROOT_PASSWORD", "PRIVATE_KEY"])(
    "%s is secret",
    (name) => expect(isSecretName(name)).toBe(true),
  );
  it.each(["PASSWORD_FILE", "POSTGRES_PASSWORD_FILE", "TOKEN_URL", "NODE_ENV", "PATH", "KEYCLOAK_HOST", "SECRET_NAME", "DB_USER", "MONKEY", "TOKENIZER"])(
    "%s is not",
    (name) => expect(isSecretName(name)).toBe(false),
  );
});

describe("detectSecretsInFile", () => {
  it("finds ARG and ENV values with secret names in a Dockerfile, without the quotes", () => {
    const content = [
      "FROM node:22",
      'ARG NPM_TOKEN="abc123def456"',
      "ENV DB_PASSWORD=hunter22 NODE_ENV=production",
      "ENV API_KEY s3cr3t-value",
      "ENV POSTGRES_PASSWORD_FILE=/run/secrets/db SECRET_REF=${SECRET} ALLOW_EMPTY_PASSWORD=yes",
      "",
    ].join("\n");
    const secrets = detectSecretsInFile({ path: "Dockerfile", content });
    expect(secrets.map((s) => [s.id, at(s), s.context])).toEqual([
      ["SECRET_VALUE:Dockerfile:2:16", "2:16-2:28", "ARG NPM_TOKEN"],
      ["SECRET_VALUE:Dockerfile:3:17", "3:17-3:25", "ENV DB_PASSWORD"],
      ["SECRET_VALUE:Dockerfile:4:13", "4:13-4:25", "ENV API_KEY"],
    ]);
    expect(secrets[1]!.masked).toBe("hu•••••• (8 characters)");
  });

  it("finds secrets in commented-out ENV and ARG lines, which are still shared", () => {
    const content = "FROM node:22\n# Don't do this - secrets in image\n# ENV API_KEY=secret123\n  #ARG DB_PASSWORD=\"pw-123\"\n";
    const secrets = detectSecretsInFile({ path: "Dockerfile", content });
    expect(secrets.map((s) => [at(s), s.context])).toEqual([
      ["3:15-3:24", "ENV API_KEY (in a comment)"],
      ["4:21-4:27", "ARG DB_PASSWORD (in a comment)"],
    ]);
  });

  it("finds compose environment values in map and list form, and build args", () => {
    const content = [
      "services:",
      "  db:",
      "    image: postgres:16",
      "    environment:",
      "      POSTGRES_PASSWORD: 'example-pw'",
      "      POSTGRES_USER: app",
      "  web:",
      "    build:",
      "      context: .",
      "      args:",
      "        - NPM_TOKEN=tok-123456",
      "    environment:",
      "      - SESSION_SECRET=keyboard-cat",
      "      - API_TOKEN=${API_TOKEN}",
      "",
    ].join("\n");
    const secrets = detectSecretsInFile({ path: "compose.yaml", content });
    expect(secrets.map((s) => [at(s), s.context])).toEqual([
      ["5:27-5:37", "compose environment POSTGRES_PASSWORD"],
      ["11:21-11:31", "compose build arg NPM_TOKEN"],
      ["13:24-13:36", "compose environment SESSION_SECRET"],
    ]);
  });

  it("finds well-known token shapes anywhere, and prefers the shape over the variable name", () => {
    const content = `FROM alpine:3.20\nENV GITHUB_TOKEN=${GITHUB}\nRUN curl -H "Authorization: Bearer ${JWT}" https://x\n# ${AWS_ID} ${SLACK} ${STRIPE}\n`;
    const secrets = detectSecretsInFile({ path: "Dockerfile", content });
    expect(secrets.map((s) => `${s.kind}@${at(s)}`)).toEqual([
      `GITHUB_TOKEN@2:18-2:${18 + GITHUB.length}`,
      `JWT@3:36-3:${36 + JWT.length}`,
      `AWS_ACCESS_KEY_ID@4:3-4:23`,
      `SLACK_TOKEN@4:24-4:${24 + SLACK.length}`,
      `STRIPE_SECRET_KEY@4:${25 + SLACK.length}-4:${25 + SLACK.length + STRIPE.length}`,
    ]);
  });

  it("finds a private key block, even an unterminated one", () => {
    const block = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
    const [secret] = detectSecretsInFile({ path: "id_ed25519", content: `${block}\n` });
    expect(secret).toMatchObject({ kind: "PRIVATE_KEY", range: { start: { line: 1, column: 1 }, end: { line: 3, column: 34 } } });
    const [open] = detectSecretsInFile({ path: "key.pem", content: "x\n-----BEGIN RSA PRIVATE KEY-----\nMIIB" });
    expect(open).toMatchObject({ kind: "PRIVATE_KEY", range: { start: { line: 2, column: 1 }, end: { line: 3, column: 5 } } });
  });

  it("finds only the password of a URL with credentials, not a variable reference", () => {
    const content = "services:\n  app:\n    environment:\n      DATABASE_URL: postgres://app:s3cret@db:5432/app\n      CACHE_URL: redis://:${REDIS_PASSWORD}@cache\n";
    const secrets = detectSecretsInFile({ path: "docker-compose.yml", content });
    expect(secrets.map((s) => `${s.kind}@${at(s)}`)).toEqual(["URL_PASSWORD@4:36-4:42"]);
  });

  it("reads .env files", () => {
    const secrets = detectSecretsInFile({ path: "config/.env", content: "export STRIPE_SECRET_KEY=\"abc-def-ghi\"\nDEBUG=1\nAPI_KEY = zzz-999 \n" });
    expect(secrets.map(at)).toEqual(["1:27-1:38", "3:11-3:18"]);
  });

  it("finds nothing in clean files and survives broken ones", () => {
    expect(detectSecretsInFile({ path: "Dockerfile", content: "FROM node:22\nENV NODE_ENV=production\n" })).toEqual([]);
    expect(detectSecretsInFile({ path: "compose.yaml", content: "services: [\n  : : {" })).toEqual([]);
    expect(detectSecretsInFile({ path: "Dockerfile", content: "ENV\nARG =\nENV PASSWORD\n" })).toEqual([]);
  });
});

describe("redaction", () => {
  it("replaces exactly the secret with a placeholder, which is not detected again", () => {
    const file = { path: "Dockerfile", content: `FROM node:22\nENV DB_PASSWORD="hunter22" GITHUB_TOKEN=${GITHUB}\n` };
    const secrets = detectSecrets([file, { path: "other", content: "" }]);
    const redacted = redactFile(file, secrets);
    expect(redacted.content).toBe('FROM node:22\nENV DB_PASSWORD="<redacted:SECRET_VALUE>" GITHUB_TOKEN=<redacted:GITHUB_TOKEN>\n');
    expect(detectSecretsInFile(redacted)).toEqual([]);
    expect(findRedactions(redacted)).toEqual([
      { kind: "SECRET_VALUE", range: { start: { line: 2, column: 18 }, end: { line: 2, column: 41 } } },
      { kind: "GITHUB_TOKEN", range: { start: { line: 2, column: 56 }, end: { line: 2, column: 79 } } },
    ]);
  });

  it("leaves a file without secrets untouched", () => {
    const file = { path: "Dockerfile", content: "FROM node:22\n" };
    expect(redactFile(file, [])).toBe(file);
  });
});
