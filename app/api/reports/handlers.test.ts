import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/http/read-json-body";
import { PostgresReportStore } from "@/lib/storage/postgres";
import { SqliteReportStore } from "@/lib/storage/sqlite";
import type { ReportStore } from "@/lib/storage/types";
import { createReportHandlers, type ReportHandlers } from "./handlers";

const BASE = "http://127.0.0.1:3000/api/reports";
// Assembled at run time so secret scanners do not flag this file.
const GITHUB_TOKEN = "ghp_" + "Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2";
const DOCKERFILE = `FROM node:latest\nARG GITHUB_TOKEN=${GITHUB_TOKEN}\nCMD node server.js\n`;
const TOKEN_ID = "GITHUB_TOKEN:Dockerfile:2:18";

function request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Request {
  const init: RequestInit = { method, headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers } };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  return new Request(url, init);
}

/** The API's behaviour, whichever store is behind it. */
function describeReportsApi(name: string, open: () => Promise<{ store: ReportStore; cleanup: () => Promise<void> }>) {
  describe(`reports API on ${name}`, () => {
    let api: ReportHandlers;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      api = createReportHandlers({ getStore: async () => opened.store, rateLimit: undefined });
    });
    afterAll(() => cleanup?.());

    const share = (body: unknown, headers?: Record<string, string>) => api.create(request("POST", BASE, body, headers));

    it("scans for secrets without storing anything", async () => {
      const response = await api.scan(request("POST", `${BASE}/scan`, { files: [{ path: "Dockerfile", content: DOCKERFILE }] }));
      expect(response.status).toBe(200);
      const { secrets, redactedBuildArgs } = await response.json();
      expect(redactedBuildArgs).toEqual([]);
      expect(secrets).toEqual([
        { id: TOKEN_ID, path: "Dockerfile", kind: "GITHUB_TOKEN", range: { start: { line: 2, column: 18 }, end: { line: 2, column: 58 } }, context: "token", masked: "ghp_•••••••• (40 characters)" },
      ]);
    });

    it("names the build arguments a share would store redacted", async () => {
      const buildArgs = { NPM_TOKEN: "s3cret-value", NODE_VERSION: "22", MIRROR: `https://ci:${"hunter2"}@registry.example.com` };
      const response = await api.scan(request("POST", `${BASE}/scan`, { files: [{ path: "Dockerfile", content: "FROM node:22\n" }], buildArgs }));
      expect(response.status).toBe(200);
      expect((await response.json()).redactedBuildArgs).toEqual(["NPM_TOKEN", "MIRROR"]);
    });

    it("shares with the secret redacted, ignores client-sent findings, and reads it back", async () => {
      const response = await share({ files: [{ path: "Dockerfile", content: DOCKERFILE }], confirmedSecretIds: [TOKEN_ID], report: { files: [] }, findings: [] });
      expect(response.status).toBe(201);
      const created = await response.json();
      expect(created).toMatchObject({ existing: false, findings: 6, redactions: 1, expiresAt: null, path: `/r/${created.id}`, url: `http://127.0.0.1:3000/r/${created.id}` });
      expect(created.deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(response.headers.get("location")).toBe(`/r/${created.id}`);

      const read = await api.read(request("GET", `${BASE}/${created.id}`), created.id);
      expect(read.status).toBe(200);
      const text = await read.text();
      expect(text).not.toContain(GITHUB_TOKEN);
      expect(text).not.toContain(created.deleteToken);
      const report = JSON.parse(text);
      expect(report.workspace.files[0].content).toBe("FROM node:latest\nARG GITHUB_TOKEN=<redacted:GITHUB_TOKEN>\nCMD node server.js\n");
      // The token was redacted on sharing, and the report still says a secret was written there, as the editor did.
      expect(report.report.files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["no-root-user", "prefer-minimal-base", "no-latest-tag", "no-secrets-in-arg-env", "no-hardcoded-secret", "use-exec-form"]);
    });

    it("answers 409 with the secrets when one would be stored in clear unconfirmed, and stores nothing", async () => {
      const response = await share({ files: [{ path: "Dockerfile", content: DOCKERFILE }], redact: false });
      expect(response.status).toBe(409);
      const { error } = await response.json();
      expect(error.code).toBe("conflict");
      expect(error.secrets.map((s: { id: string }) => s.id)).toEqual([TOKEN_ID]);
    });

    it("returns the existing link without a token for the same creator and content", async () => {
      const body = { files: [{ path: "Dockerfile", content: "FROM alpine:3.20\n" }], creatorKey: randomBytes(16).toString("hex"), expiry: "7d" };
      const first = await (await share(body)).json();
      const again = await share(body);
      expect(again.status).toBe(200);
      const existing = await again.json();
      expect(existing).toMatchObject({ id: first.id, existing: true, expiresAt: first.expiresAt });
      expect(existing).not.toHaveProperty("deleteToken");
    });

    it("deletes with the token (header or body) and then answers 404", async () => {
      const created = await (await share({ files: [{ path: "Dockerfile", content: "FROM alpine:3.20\n" }] })).json();
      const url = `${BASE}/${created.id}`;
      expect((await api.remove(request("DELETE", url), created.id)).status).toBe(401);
      const wrong = await api.remove(request("DELETE", url, undefined, { authorization: "Bearer nope" }), created.id);
      expect(wrong.status).toBe(403);
      expect((await wrong.json()).error.code).toBe("forbidden");
      expect((await api.read(request("GET", url), created.id)).status).toBe(200);
      expect((await api.remove(request("DELETE", url, undefined, { authorization: `Bearer ${created.deleteToken}` }), created.id)).status).toBe(204);
      const gone = await api.read(request("GET", url), created.id);
      expect(gone.status).toBe(404);
      expect(await gone.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
      expect((await api.remove(request("DELETE", url, { deleteToken: created.deleteToken }), created.id)).status).toBe(404);

      const other = await (await share({ files: [{ path: "Dockerfile", content: "FROM alpine:3.21\n" }] })).json();
      expect((await api.remove(request("DELETE", `${BASE}/${other.id}`, { deleteToken: other.deleteToken }), other.id)).status).toBe(204);
    });

    it("links to the address the client used, as a proxy forwards it", async () => {
      const body = { files: [{ path: "Dockerfile", content: "FROM alpine:3.20\n" }] };
      const direct = await (await share(body, { host: "review.example:8080" })).json();
      expect(direct.url).toBe(`http://review.example:8080/r/${direct.id}`);
      const proxied = await (await share(body, { host: "10.0.0.3:3000", "x-forwarded-host": "shipshape.example", "x-forwarded-proto": "https" })).json();
      expect(proxied.url).toBe(`https://shipshape.example/r/${proxied.id}`);
      // A scheme that makes no link is ignored, not a failure after the share was stored.
      const odd = await share(body, { host: "review.example:8080", "x-forwarded-proto": "foo" });
      expect(odd.status).toBe(201);
      const oddBody = await odd.json();
      expect(oddBody.url).toBe(`http://review.example:8080/r/${oddBody.id}`);
    });

    it("answers 404 for unknown and malformed ids", async () => {
      for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "x", "../etc", "' OR 1=1 --"]) {
        expect((await api.read(request("GET", `${BASE}/x`), id)).status).toBe(404);
      }
    });

    it("answers 400 for malformed JSON and for a bad shape", async () => {
      const malformed = await share("{not json");
      expect(malformed.status).toBe(400);
      expect((await malformed.json()).error.code).toBe("bad_json");
      const shape = await share({ files: [], expiry: "forever" });
      expect(shape.status).toBe(400);
      const { error } = await shape.json();
      expect(error.code).toBe("invalid_request");
      expect(error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(["expiry", "files"]);
      // Build settings go under `settings`, as the page saves them; at the top they would be silently dropped.
      const misplaced = await share({ files: [{ path: "Dockerfile", content: "FROM alpine:3.20\n" }], buildArgs: { A: "1" } });
      expect(misplaced.status).toBe(400);
      expect((await misplaced.json()).error.message).toContain("buildArgs: put the build arguments in settings.buildArgs");
    });

    it("answers 413 for a workspace over the limit", async () => {
      const response = await share({ files: [{ path: "Dockerfile", content: "#".repeat(MAX_BODY_BYTES) }] });
      expect(response.status).toBe(413);
      expect((await response.json()).error.code).toBe("payload_too_large");
    });
  });
}

describeReportsApi("SQLite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "shipshape-api-"));
  const store = new SqliteReportStore(join(dir, "reports.db"));
  return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});

const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) console.warn("Reports API on Postgres skipped: set TEST_DATABASE_URL or run under scripts/with-postgres.sh");
describe.skipIf(!url)("postgres", () => {
  describeReportsApi("Postgres", async () => {
    const schema = `test_${randomBytes(6).toString("hex")}`;
    const store = await PostgresReportStore.open(url!, { schema });
    return { store, cleanup: async () => { await store.dropSchema(schema); await store.close(); } };
  });
});

describe("reports API rate limit", () => {
  it("limits creation per client address and says when to retry", async () => {
    const store = new SqliteReportStore(":memory:");
    const api = createReportHandlers({ getStore: async () => store, rateLimit: { capacity: 2, refillPerMinute: 1 } });
    const from = (address: string) => api.create(request("POST", BASE, { files: [{ path: "Dockerfile", content: "FROM alpine:3.20\n" }] }, { "x-forwarded-for": address }));
    expect((await from("203.0.113.1")).status).toBe(201);
    expect((await from("203.0.113.1")).status).toBe(201);
    const limited = await from("203.0.113.1");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect((await limited.json()).error.code).toBe("rate_limited");
    expect((await from("203.0.113.2")).status).toBe(201);
    await store.close();
  });

  it("answers 503 without detail when the store is down", async () => {
    const api = createReportHandlers({ getStore: async () => { throw new Error("ECONNREFUSED 10.0.0.5:5432 password=x"); }, rateLimit: undefined });
    const response = await api.read(request("GET", `${BASE}/AAAAAAAAAAAAAAAAAAAAAA`), "AAAAAAAAAAAAAAAAAAAAAA");
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain("ECONNREFUSED");
  });
});

/** A store whose reports read as if shared by an older engine that did not know no-latest-tag. */
class OlderEngineStore extends SqliteReportStore {
  override async get(id: string, now?: Date) {
    const stored = await super.get(id, now);
    if (!stored) return stored;
    const document = JSON.parse(stored.document);
    document.report.files[0].findings = document.report.files[0].findings.filter((f: { rule: string }) => f.rule !== "no-latest-tag");
    return { ...stored, document: JSON.stringify(document) };
  }
}

describe("reports API exports", () => {
  it("export what the report page shows: today's findings, or with view=original those as shared", async () => {
    const store = new OlderEngineStore(":memory:");
    const api = createReportHandlers({ getStore: async () => store, rateLimit: undefined });
    const created = await (await api.create(request("POST", BASE, { files: [{ path: "Dockerfile", content: "FROM node:latest\n" }] }))).json();
    const rulesOf = async (query: string) =>
      JSON.parse(await (await api.export(request("GET", `${BASE}/${created.id}/export?${query}`), created.id)).text()).files[0].findings.map((f: { rule: string }) => f.rule);
    expect(await rulesOf("format=json&view=original")).toEqual(["no-root-user"]);
    expect(await rulesOf("format=json")).toEqual(["no-root-user", "no-latest-tag"]);
    await store.close();
  });

  it("downloads the findings the page shows as Markdown, JSON and SARIF, and refuses other formats", async () => {
    const store = new SqliteReportStore(":memory:");
    const api = createReportHandlers({ getStore: async () => store, rateLimit: undefined });
    const created = await (await api.create(request("POST", BASE, { files: [{ path: "Dockerfile", content: "FROM node:latest\n" }] }))).json();
    const exported = (format: string) => api.export(request("GET", `${BASE}/${created.id}/export?format=${format}`), created.id);

    const markdown = await exported("markdown");
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(markdown.headers.get("content-disposition")).toBe(`attachment; filename="shipshape-${created.id}.md"`);
    const text = await markdown.text();
    expect(text).toContain("**2 findings** in 1 file (2 warnings).");
    expect(text).toContain(`[Full review](http://127.0.0.1:3000/r/${created.id})`);

    const json = JSON.parse(await (await exported("json")).text());
    expect(json.tool.name).toBe("shipshape");
    expect(json.files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["no-root-user", "no-latest-tag"]);
    const sarif = await exported("sarif");
    expect(sarif.headers.get("content-type")).toBe("application/sarif+json; charset=utf-8");
    expect(JSON.parse(await sarif.text()).runs[0].results).toHaveLength(2);

    expect((await exported("xml")).status).toBe(400);
    expect((await api.export(request("GET", `${BASE}/AAAAAAAAAAAAAAAAAAAAAA/export?format=json`), "AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    await store.close();
  });
});
