import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { detectSecrets, detectSecretsInFile, findRedactions, isSecretName, redactBuildArgs, redactFile } from "./secrets";

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

describe("detectSecretsInFile, where a secret is written less plainly", () => {
  const redacted = (path: string, content: string) => redactFile({ path, content }, detectSecretsInFile({ path, content })).content;

  it("finds the default of a variable reference, not a required variable's message", () => {
    const compose = "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-supersecret}\n      API_KEY: ${API_KEY:?set API_KEY}\n";
    expect(redacted("compose.yaml", compose)).toContain("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-<redacted:SECRET_VALUE>}\n      API_KEY: ${API_KEY:?set API_KEY}\n");
    expect(redacted("Dockerfile", "FROM alpine:3.20\nARG DB_PASSWORD=${X:-secret} API_TOKEN=${Y-${Z:-tok3n}}\n")).toBe(
      "FROM alpine:3.20\nARG DB_PASSWORD=${X:-<redacted:SECRET_VALUE>} API_TOKEN=${Y-${Z:-<redacted:SECRET_VALUE>}}\n",
    );
    expect(redacted(".env", "API_KEY=${K:-abc123}\nDB_PASSWORD=$OTHER\n")).toBe("API_KEY=${K:-<redacted:SECRET_VALUE>}\nDB_PASSWORD=$OTHER\n");
    expect(redacted(".env", "DATABASE_URL=postgres://app:${DB_PASSWORD:-s3cret}@db/app\n")).toBe("DATABASE_URL=postgres://app:${DB_PASSWORD:-<redacted:URL_PASSWORD>}@db/app\n");
  });

  it("finds what an alias or a merge key brings into a service where the anchor writes it, once", () => {
    const content = "x-env: &env\n  DB_PASSWORD: s3cret\nservices:\n  app:\n    image: a:1\n    environment: *env\n  db:\n    image: b:1\n    environment:\n      <<: *env\n";
    const secrets = detectSecretsInFile({ path: "compose.yaml", content });
    expect(secrets.map((s) => [at(s), s.context])).toEqual([["2:16-2:22", "compose environment DB_PASSWORD"]]);
    expect(redactFile({ path: "compose.yaml", content }, secrets).content).toBe(content.replace("s3cret", "<redacted:SECRET_VALUE>"));
  });

  it("finds the password of a URL with an empty user, or with an @ in it", () => {
    const content = "FROM alpine:3.20\nENV REDIS_URL=redis://:s3cret@redis:6379/0\nENV DATABASE_URL=postgres://user:p@ss123@db/app?sslmode=require\n";
    expect(redacted("Dockerfile", content)).toBe(
      "FROM alpine:3.20\nENV REDIS_URL=redis://:<redacted:URL_PASSWORD>@redis:6379/0\nENV DATABASE_URL=postgres://user:<redacted:URL_PASSWORD>@db/app?sslmode=require\n",
    );
  });

  it("follows a secret over lines: a commented-out ENV continued, a token split by a continuation, a quoted .env value", () => {
    expect(redacted("Dockerfile", "FROM alpine:3.20\n# ENV A=1 \\\n#   DB_PASSWORD=s3cret\n")).toBe("FROM alpine:3.20\n# ENV A=1 \\\n#   DB_PASSWORD=<redacted:SECRET_VALUE>\n");
    const [head, tail] = [GITHUB.slice(0, 20), GITHUB.slice(20)];
    expect(redacted("Dockerfile", `FROM alpine:3.20\nARG X=${head}\\\n${tail}\nRUN make\n`)).toBe("FROM alpine:3.20\nARG X=<redacted:GITHUB_TOKEN>\nRUN make\n");
    expect(redacted("Dockerfile", `FROM alpine:3.20\nARG X=${GITHUB}\\\nabcdef\n`)).toBe("FROM alpine:3.20\nARG X=<redacted:GITHUB_TOKEN>\n");
    expect(redacted(".env", 'DB_PASSWORD="abc\ndef"\nOTHER=1\nAPI_KEY=\'x\n')).toBe('DB_PASSWORD="<redacted:SECRET_VALUE>"\nOTHER=1\nAPI_KEY=<redacted:SECRET_VALUE>\n');
  });

  it("redacts a block scalar's content and keeps the YAML valid", () => {
    const content = "services:\n  app:\n    image: app:1\n    environment:\n      API_KEY: |\n        s3cret\n      DB_PASSWORD: >-\n        first\n        second\n      OTHER: x\n";
    const stored = redacted("compose.yaml", content);
    expect(stored).toBe("services:\n  app:\n    image: app:1\n    environment:\n      API_KEY: |\n        <redacted:SECRET_VALUE>\n      DB_PASSWORD: >-\n        <redacted:SECRET_VALUE>\n      OTHER: x\n");
    expect(parseDocument(stored).errors).toEqual([]);
  });
});

describe("detectSecretsInFile, more shapes and env files", () => {
  it("finds GitLab tokens and .npmrc credentials, not a variable an .npmrc takes them from", () => {
    const gitlab = "glpat-" + "xYz12AbC34dEf56GhI78";
    const content = `//registry.npmjs.org/:_authToken=abc-123-def\n@acme:registry=https://gitlab.example.com/api/v4/packages/npm/\n//gitlab.example.com/:_authToken="${gitlab}"\n//npm.pkg.github.com/:_authToken=\${GITHUB_TOKEN}\n`;
    const secrets = detectSecretsInFile({ path: ".npmrc", content });
    expect(secrets.map((s) => `${s.kind}@${at(s)}`)).toEqual(["NPM_TOKEN@1:34-1:45", `GITLAB_TOKEN@3:35-3:${35 + gitlab.length}`]);
  });

  it.each([".envrc", "app.env.local", ".env.local", "prod.env"])("reads %s as an env file", (path) => {
    expect(detectSecretsInFile({ path, content: "export DB_PASSWORD=hunter22\n" }).map(at)).toEqual(["1:20-1:28"]);
  });
});

describe("redactBuildArgs", () => {
  it("redacts a secret build argument whatever it holds: nothing expands a variable reference there", () => {
    expect(redactBuildArgs({ NPM_TOKEN: "${X:-secret}", API_KEY: "${API_KEY}", MIRROR: "https://ci:${P}@registry.example.com", DEBUG: "1" })).toEqual({
      NPM_TOKEN: "<redacted:SECRET_VALUE>",
      API_KEY: "<redacted:SECRET_VALUE>",
      MIRROR: "https://ci:<redacted:URL_PASSWORD>@registry.example.com",
      DEBUG: "1",
    });
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
