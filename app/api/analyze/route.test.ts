import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/http/read-json-body";
import { POST } from "./route";

const URL = "http://127.0.0.1/api/analyze";

function post(body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }): Promise<Response> {
  return POST(new Request(URL, { method: "POST", body, headers, duplex: "half" } as RequestInit));
}

async function readLines(response: Response): Promise<Array<Record<string, unknown>>> {
  const text = await response.text();
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** A body that arrives in chunks and declares no Content-Length, as a chunked upload does. */
function chunkedBody(totalBytes: number, chunkBytes = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(chunkBytes, totalBytes - sent);
      controller.enqueue(new Uint8Array(size).fill(0x20));
      sent += size;
    },
  });
}

describe("POST /api/analyze", () => {
  it("streams the analysis events as NDJSON, in order", async () => {
    const content = "FROM node:latest\nMAINTAINER Jane <jane@example.com>\nCMD node server.js\n";
    const response = await post(JSON.stringify({ files: [{ path: "Dockerfile", content }] }));

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");

    const events = await readLines(response);
    // The route loads the size data, so a Dockerfile's size estimate follows its findings.
    expect(events.map((event) => event.type)).toEqual(["start", "file", "findings", "size", "done"]);
    expect(events[1]).toMatchObject({ path: "Dockerfile", kind: "dockerfile" });
    const findings = events[2]!.findings as Array<{ rule: string }>;
    expect(findings.map((finding) => finding.rule)).toEqual(
      expect.arrayContaining(["no-latest-tag", "no-maintainer", "use-exec-form"]),
    );
    expect(events[3]).toMatchObject({ type: "size", path: "Dockerfile", size: { compressedBytes: { estimate: expect.any(Number) } } });
    expect(events[4]).toMatchObject({ type: "done", findings: findings.length });
  });

  it("applies the config sent with the request", async () => {
    const body = { files: [{ path: "Dockerfile", content: "FROM node:latest\n" }], config: { rules: { "no-latest-tag": "off" } } };
    const events = await readLines(await post(JSON.stringify(body)));
    const findings = events.find((event) => event.type === "findings")!.findings as Array<{ rule: string }>;
    expect(findings.map((finding) => finding.rule)).not.toContain("no-latest-tag");
  });

  it("accepts the profile, build target and size assumptions of the workspace settings", async () => {
    const body = {
      files: [{ path: "Dockerfile", content: "FROM node:22 AS build\nFROM node:22-slim\n" }],
      profile: "strict",
      target: "build",
      assumptions: { contextBytes: 50_000_000 },
    };
    const response = await post(JSON.stringify(body));
    expect(response.status).toBe(200);
    expect((await readLines(response)).at(-1)).toMatchObject({ type: "done" });
  });

  it("applies the profile: hadolint reports each rule at hadolint's severity", async () => {
    const content = "FROM node:22\nMAINTAINER Jane <jane@example.com>\n";
    const severityFor = async (profile: string) => {
      const events = await readLines(await post(JSON.stringify({ files: [{ path: "Dockerfile", content }], profile })));
      const findings = events.find((event) => event.type === "findings")!.findings as Array<{ rule: string; severity: string }>;
      return findings.find((finding) => finding.rule === "no-maintainer")?.severity;
    };
    expect(await severityFor("recommended")).toBe("warning");
    expect(await severityFor("hadolint")).toBe("error");
  });

  it("refuses an unknown profile with 400", async () => {
    const response = await post(JSON.stringify({ files: [{ path: "Dockerfile", content: "FROM a\n" }], profile: "loud" }));
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/^profile must be one of/);
  });

  it("resolves ARGs with the build arguments sent, and refuses a name that cannot be an ARG", async () => {
    const content = "ARG NODE_VERSION=latest\nFROM node:${NODE_VERSION}\n";
    const rules = async (buildArgs?: Record<string, string>) => {
      const events = await readLines(await post(JSON.stringify({ files: [{ path: "Dockerfile", content }], buildArgs })));
      return (events.find((event) => event.type === "findings")!.findings as Array<{ rule: string }>).map((finding) => finding.rule);
    };
    expect(await rules()).toContain("no-latest-tag");
    expect(await rules({ NODE_VERSION: "22-slim" })).not.toContain("no-latest-tag");
    const refused = await post(JSON.stringify({ files: [{ path: "Dockerfile", content }], buildArgs: { "NODE VERSION": "22" } }));
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toMatch(/^buildArgs: `NODE VERSION` is not an ARG name/);
  });

  it("refuses a negative build-context size", async () => {
    const body = { files: [{ path: "Dockerfile", content: "FROM a\n" }], assumptions: { contextBytes: -1 } };
    const response = await post(JSON.stringify(body));
    expect(response.status).toBe(400);
    expect((await response.json()).error.issues[0].path).toBe("assumptions.contextBytes");
  });

  it("names the offending field in the message of a 400, which is all the page shows", async () => {
    const body = { files: [{ path: "Dockerfile", content: "FROM a\n" }], assumptions: { contextBytes: 1e15 } };
    const response = await post(JSON.stringify(body));
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      "The request body does not match the expected shape (assumptions.contextBytes: must be at most 10000000000000 bytes (10 TB)).",
    );
  });

  it("refuses the same file sent twice, however its path is written: the results could not be told apart", async () => {
    const body = { files: [{ path: "Dockerfile", content: "FROM a\n" }, { path: "./Dockerfile", content: "FROM b\n" }] };
    const response = await post(JSON.stringify(body));
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe("The request body does not match the expected shape (files.1.path: ./Dockerfile is sent twice).");
  });

  it("refuses a body whose Content-Length exceeds 1 MiB with 413, without reading it", async () => {
    const oversized = JSON.stringify({ files: [{ path: "Dockerfile", content: "#".repeat(MAX_BODY_BYTES) }] });
    const request = new Request(URL, {
      method: "POST",
      body: oversized,
      headers: { "content-type": "application/json", "content-length": String(oversized.length) },
    });
    const response = await POST(request);

    expect(response.status).toBe(413);
    expect(request.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ error: { code: "payload_too_large", message: expect.any(String) } });
  });

  it("refuses a chunked body without Content-Length once it passes 1 MiB", async () => {
    const response = await post(chunkedBody(MAX_BODY_BYTES + 1));

    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });

  it("answers malformed JSON with 400 bad_json", async () => {
    const response = await post('{"files": [');

    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("bad_json");
    expect(error.message).not.toMatch(/\bat\s.+:\d+:\d+/); // no stack frames
  });

  it("answers a body of the wrong shape with 400 and readable issues", async () => {
    const response = await post(JSON.stringify({ files: [{ path: "Dockerfile", content: 42 }] }));

    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid_request");
    expect(error.issues).toEqual([{ path: "files.0.content", message: expect.any(String) }]);
  });

  it("answers an invalid config (ours or hadolint's, object or YAML) with 400 and a one-line reason", async () => {
    for (const config of [{ rules: { "no-latest-tag": "loud" } }, "ignored: [DL3007\n"]) {
      const response = await post(JSON.stringify({ files: [{ path: "Dockerfile", content: "FROM node\n" }], config }));
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("invalid_request");
      expect(error.message).not.toContain("\n");
    }
  });

  it("answers an empty file list with 400", async () => {
    const response = await post(JSON.stringify({ files: [] }));
    expect(response.status).toBe(400);
    expect((await response.json()).error.issues[0]).toEqual({ path: "files", message: "Send at least one file." });
  });

  it("stops streaming when the client aborts", async () => {
    const abort = new AbortController();
    const files = Array.from({ length: 20 }, (_, index) => ({ path: `${index}.Dockerfile`, content: "FROM node:latest\n" }));
    const request = new Request(URL, { method: "POST", body: JSON.stringify({ files }), signal: abort.signal });
    const response = await POST(request);
    const reader = response.body!.getReader();

    await reader.read(); // the "start" line
    abort.abort();
    const rest: string[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest.push(new TextDecoder().decode(chunk.value));

    expect(rest.join("").split("\n").filter(Boolean).length).toBeLessThan(2 * files.length);
  });
});
