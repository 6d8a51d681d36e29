import { afterAll, describe, expect, it } from "vitest";
import { ENGINE_VERSION } from "../analysis";
import { SqliteReportStore } from "../storage/sqlite";
import { analyzeWorkspace } from "./analysis";
import { isReportId, sha256Hex } from "./ids";
import { createShare, deleteShare, getShare, type ShareInput } from "./service";

const store = new SqliteReportStore(":memory:");
afterAll(() => store.close());

const DOCKERFILE = "FROM node:latest\nENV DB_PASSWORD=hunter22\nCMD node server.js\n";
const input = (overrides: Partial<ShareInput> = {}): ShareInput => ({
  files: [{ path: "Dockerfile", content: DOCKERFILE }],
  expiry: "never",
  redact: true,
  confirmedSecretIds: [],
  keepSecretIds: [],
  ...overrides,
});
const SECRET_ID = "SECRET_VALUE:Dockerfile:2:17";

describe("createShare", () => {
  it("redacts by default, analyses the stored copy itself and returns a token once", async () => {
    const result = await createShare(store, input(), new Date("2026-03-01T00:00:00Z"));
    if (result.status !== "created") throw new Error(result.status);
    const { report, deleteToken } = result;
    expect(isReportId(report.id)).toBe(true);
    expect(deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(report.workspace.files[0]!.content).toBe("FROM node:latest\nENV DB_PASSWORD=<redacted:SECRET_VALUE>\nCMD node server.js\n");
    expect(report.redactions).toEqual([{ path: "Dockerfile", kind: "SECRET_VALUE", range: { start: { line: 2, column: 17 }, end: { line: 2, column: 40 } } }]);
    expect(report.engineVersion).toBe(ENGINE_VERSION);
    expect(report.report.files[0]!.findings.map((f) => f.rule)).toEqual(["no-root-user", "prefer-minimal-base", "no-latest-tag", "no-secrets-in-arg-env", "use-exec-form"]);
    expect(report.createdAt).toBe("2026-03-01T00:00:00.000Z");
    expect(report.expiresAt).toBeNull();

    const stored = await store.get(report.id);
    expect(stored!.document).not.toContain("hunter22");
    expect(stored!.document).not.toContain(deleteToken);
    expect(await getShare(store, report.id)).toEqual(report);
  });

  it("keeps the findings of the secrets it redacted, where they were", async () => {
    const token = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
    const files = [
      { path: "Dockerfile", content: `FROM alpine:3.20\nENV GITHUB_TOKEN=${token}\n` },
      { path: "compose.yaml", content: "services:\n  app:\n    image: acme/app:1\n    environment:\n      API_KEY: s3cret-value\n" },
    ];
    const secretFindings = (report: { files: { path: string; findings: { rule: string; range: { start: unknown } }[] }[] }) =>
      report.files.flatMap((file) => file.findings.filter((f) => f.rule.startsWith("no-hardcoded-secret")).map((f) => [file.path, f.rule, f.range.start]));
    const editor = analyzeWorkspace({ files });
    const result = await createShare(store, input({ files, confirmedSecretIds: [] }));
    if (result.status !== "created") throw new Error(result.status);
    expect(result.report.workspace.files.map((file) => file.content).join("")).not.toMatch(/s3cret-value|ghp_/);
    expect(secretFindings(result.report.report)).toEqual(secretFindings(editor));
    expect(secretFindings(editor)).toHaveLength(2);
  });

  it("reviews with the build arguments of the settings, and stores their secrets redacted, never in clear", async () => {
    const files = [{ path: "Dockerfile", content: "ARG NODE_VERSION=latest\nFROM node:${NODE_VERSION}\n" }];
    const buildArgs = { NODE_VERSION: "22-slim", NPM_TOKEN: "s3cr3t-value", REGISTRY: "https://ci:hunter22@registry.example.com/" };
    const result = await createShare(store, input({ files, settings: { target: null, buildArgs } }));
    if (result.status !== "created") throw new Error(result.status);
    expect(result.report.workspace.settings!.buildArgs).toEqual({
      NODE_VERSION: "22-slim",
      NPM_TOKEN: "<redacted:SECRET_VALUE>",
      REGISTRY: "https://ci:<redacted:URL_PASSWORD>@registry.example.com/",
    });
    expect(result.report.report.files[0]!.findings.map((f) => f.rule)).not.toContain("no-latest-tag");
    const stored = await store.get(result.report.id);
    expect(stored!.document).not.toContain("s3cr3t-value");
    expect(stored!.document).not.toContain("hunter22");
  });

  it("stores only the settings the dashboard keeps: nothing scans others for secrets", async () => {
    const token = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
    const settings = { profile: "strict", severities: ["error"], target: null, assumptions: { contextBytes: null }, note: `CI token ${token}`, buildArgs: { NPM_TOKEN: "s3cr3t-value" } };
    const result = await createShare(store, input({ settings }));
    if (result.status !== "created") throw new Error(result.status);
    expect(result.report.workspace.settings).toEqual({ profile: "strict", severities: ["error"], target: null, assumptions: { contextBytes: null }, buildArgs: { NPM_TOKEN: "<redacted:SECRET_VALUE>" } });
    const stored = await store.get(result.report.id);
    expect(stored!.document).not.toMatch(/ghp_|s3cr3t-value/);
  });

  it("refuses to store a secret in clear that the person did not confirm, and stores nothing", async () => {
    const result = await createShare(store, input({ redact: false }));
    expect(result).toMatchObject({ status: "unconfirmed-secrets", secrets: [{ id: SECRET_ID, kind: "SECRET_VALUE" }] });
    const kept = await createShare(store, input({ keepSecretIds: [SECRET_ID] }));
    expect(kept.status).toBe("unconfirmed-secrets");
  });

  it("stores a confirmed secret in clear when asked to", async () => {
    const result = await createShare(store, input({ redact: false, confirmedSecretIds: [SECRET_ID] }));
    if (result.status !== "created") throw new Error(result.status);
    expect(result.report.workspace.files[0]!.content).toBe(DOCKERFILE);
    expect(result.report.redactions).toEqual([]);
    const partly = await createShare(store, input({ keepSecretIds: [SECRET_ID], confirmedSecretIds: [SECRET_ID] }));
    if (partly.status !== "created") throw new Error(partly.status);
    expect(partly.report.workspace.files[0]!.content).toBe(DOCKERFILE);
  });

  it("returns the existing link, without a token, for identical content from the same creator only", async () => {
    const creatorKey = "creator-key-0123456789";
    const first = await createShare(store, input({ creatorKey, expiry: "7d" }));
    const again = await createShare(store, input({ creatorKey, expiry: "7d", settings: undefined }));
    const otherExpiry = await createShare(store, input({ creatorKey, expiry: "30d" }));
    const otherCreator = await createShare(store, input({ creatorKey: "another-creator-key-987", expiry: "7d" }));
    const anonymous = await createShare(store, input({ expiry: "7d" }));
    if (first.status !== "created") throw new Error(first.status);
    expect(again).toEqual({ status: "existing", report: first.report });
    expect(otherExpiry.status).toBe("created");
    expect(otherCreator.status).toBe("created");
    expect(anonymous.status).toBe("created");
  });

  it("expires at the chosen time", async () => {
    const now = new Date("2026-03-01T00:00:00Z");
    const result = await createShare(store, input({ expiry: "1d" }), now);
    if (result.status !== "created") throw new Error(result.status);
    expect(result.report.expiresAt).toBe("2026-03-02T00:00:00.000Z");
    expect(await getShare(store, result.report.id, new Date("2026-03-01T23:59:59Z"))).toBeDefined();
    expect(await getShare(store, result.report.id, new Date("2026-03-02T00:00:00Z"))).toBeUndefined();
  });
});

describe("getShare and deleteShare", () => {
  it("answers unknown and malformed ids with nothing", async () => {
    expect(await getShare(store, "AAAAAAAAAAAAAAAAAAAAAA")).toBeUndefined();
    expect(await getShare(store, "../../etc/passwd")).toBeUndefined();
    expect(await deleteShare(store, "short", "token")).toBe("not-found");
  });

  it("deletes with the token only", async () => {
    const result = await createShare(store, input());
    if (result.status !== "created") throw new Error(result.status);
    expect(await deleteShare(store, result.report.id, "wrong")).toBe("wrong-token");
    expect(await deleteShare(store, result.report.id, result.deleteToken)).toBe("deleted");
    expect(await getShare(store, result.report.id)).toBeUndefined();
  });

  it("stores only the token's hash", async () => {
    const result = await createShare(store, input());
    if (result.status !== "created") throw new Error(result.status);
    expect(sha256Hex(result.deleteToken)).toMatch(/^[0-9a-f]{64}$/);
    expect((await store.get(result.report.id))!.document).not.toContain(result.deleteToken);
  });
});
