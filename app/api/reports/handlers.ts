import type { z } from "zod";
import { ConfigError } from "@/lib/analysis";
import { EXPORT_FORMATS, isExportFormat, renderExport } from "@/lib/analysis/format/exports";
import { ApiError } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { clientAddress, TokenBuckets, type RateLimit } from "@/lib/share/rate-limit";
import { detectSecrets, redactBuildArgs } from "@/lib/share/secrets";
import { replay } from "@/lib/share/replay";
import { createShare, deleteShare, getShare } from "@/lib/share/service";
import type { ReportStore } from "@/lib/storage/types";
import { invalidShapeError } from "../analyze/schema";
import { createReportSchema, deleteReportSchema, scanRequestSchema } from "./schema";

const NO_STORE = { "Cache-Control": "no-store" };

const HOUR_MS = 60 * 60 * 1000;

export interface ReportHandlerOptions {
  getStore: () => Promise<ReportStore>;
  /** undefined: no limit. */
  rateLimit: RateLimit | undefined;
}

async function parseBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const parsed = schema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw invalidShapeError(parsed.error);
  return parsed.data;
}

/**
 * Turns thrown ApiErrors (and an invalid profile or config, found when the server reviews the files) into their
 * JSON answer; anything else is logged and answered without detail.
 */
async function answer(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError) return error.toResponse();
    if (error instanceof ConfigError) return new ApiError("invalid_request", error.message).toResponse();
    console.error("reports API failed", error);
    return new ApiError("unavailable", "Reports are unavailable right now. Please try again shortly.").toResponse();
  }
}

/**
 * The origin people reach this server at, for absolute links in answers and exports. Behind a proxy
 * `request.url` holds the internal address, so the forwarded host and protocol win (Next.js fills them
 * from the Host header when no proxy did).
 */
function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim();
  const forwarded = first("x-forwarded-proto");
  // Only http and https make a link; another value (`foo`) gives the origin "null".
  const protocol = forwarded === "http" || forwarded === "https" ? forwarded : url.protocol.replace(":", "");
  const host = first("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  try {
    const origin = new URL(`${protocol}://${host}`).origin;
    return origin === "null" ? url.origin : origin;
  } catch {
    return url.origin;
  }
}

function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1];
}

/**
 * The reports API, built around a store so tests can run it against SQLite and Postgres alike.
 * Route files bind it to the process-wide store.
 */
export function createReportHandlers({ getStore, rateLimit }: ReportHandlerOptions) {
  const buckets = rateLimit && new TokenBuckets(rateLimit);
  let lastCleanup = 0;

  /** Expired reports are already invisible; this only reclaims their space, at most hourly. */
  function cleanUpExpired(store: ReportStore) {
    if (Date.now() - lastCleanup < HOUR_MS) return;
    lastCleanup = Date.now();
    store.deleteExpired().catch((error: unknown) => console.error("removing expired reports failed", error));
  }

  return {
    /** POST /api/reports */
    create: (request: Request) =>
      answer(async () => {
        const wait = buckets?.take(clientAddress(request.headers));
        if (wait) {
          const response = new ApiError("rate_limited", `Too many shares from your address; try again in ${wait} s.`).toResponse();
          response.headers.set("Retry-After", String(wait));
          return response;
        }
        const input = await parseBody(request, createReportSchema);
        const store = await getStore();
        const result = await createShare(store, input);
        cleanUpExpired(store);
        if (result.status === "unconfirmed-secrets") {
          const error = new ApiError("conflict", "The files contain secrets that would be stored in clear without being confirmed. Nothing was stored.");
          return Response.json({ error: { code: error.code, message: error.message, secrets: result.secrets } }, { status: error.status, headers: NO_STORE });
        }
        const { report } = result;
        const path = `/r/${report.id}`;
        const body = {
          id: report.id,
          path,
          url: new URL(path, publicOrigin(request)).href,
          createdAt: report.createdAt,
          expiresAt: report.expiresAt,
          engineVersion: report.engineVersion,
          findings: report.report.files.reduce((sum, file) => sum + file.findings.length, 0),
          redactions: report.redactions.length,
          ...(result.status === "created" ? { existing: false, deleteToken: result.deleteToken } : { existing: true }),
        };
        return Response.json(body, { status: result.status === "created" ? 201 : 200, headers: { ...NO_STORE, Location: path } });
      }),

    /**
     * POST /api/reports/scan: the secrets a share would redact, for the confirm step, and the build arguments it would
     * store redacted (always; they are named so the person knows). Stores nothing.
     */
    scan: (request: Request) =>
      answer(async () => {
        const { files, buildArgs = {} } = await parseBody(request, scanRequestSchema);
        const stored = redactBuildArgs(buildArgs);
        const redactedBuildArgs = Object.keys(buildArgs).filter((name) => stored[name] !== buildArgs[name]);
        return Response.json({ secrets: detectSecrets(files), redactedBuildArgs }, { headers: NO_STORE });
      }),

    /** GET /api/reports/<id> */
    read: (_request: Request, id: string) =>
      answer(async () => {
        const report = await getShare(await getStore(), id);
        if (!report) throw new ApiError("not_found", "No report has this id, or it has expired or been deleted.");
        return Response.json(report, { headers: NO_STORE });
      }),

    /**
     * GET /api/reports/<id>/export?format=markdown|json|sarif[&view=original]: the findings the report page shows, as a
     * download: today's engine's on the shared files (as the page shows by default), or with `view=original` those as shared.
     */
    export: (request: Request, id: string) =>
      answer(async () => {
        const name = new URL(request.url).searchParams.get("format") ?? "";
        if (!isExportFormat(name)) throw new ApiError("invalid_request", `Unknown export format "${name}"; use ${Object.keys(EXPORT_FORMATS).join(", ")}.`);
        const report = await getShare(await getStore(), id);
        if (!report) throw new ApiError("not_found", "No report has this id, or it has expired or been deleted.");
        const format = EXPORT_FORMATS[name];
        const reportUrl = new URL(`/r/${report.id}`, publicOrigin(request)).href;
        const findings = new URL(request.url).searchParams.get("view") === "original" ? report.report : replay(report, report.id).current;
        return new Response(await renderExport(name, findings, { reportUrl }), {
          headers: { ...NO_STORE, "Content-Type": `${format.mediaType}; charset=utf-8`, "Content-Disposition": `attachment; filename="shipshape-${report.id}.${format.extension}"` },
        });
      }),

    /** DELETE /api/reports/<id>, with the token as `Authorization: Bearer <token>` or `{"deleteToken"}`. */
    remove: (request: Request, id: string) =>
      answer(async () => {
        const token = bearerToken(request) ?? (request.headers.get("content-type")?.includes("json") ? (await parseBody(request, deleteReportSchema)).deleteToken : undefined);
        if (!token) throw new ApiError("unauthorized", "Send the delete token you were given when you shared, as `Authorization: Bearer <token>`.");
        const outcome = await deleteShare(await getStore(), id, token);
        if (outcome === "not-found") throw new ApiError("not_found", "No report has this id, or it has expired or been deleted.");
        if (outcome === "wrong-token") throw new ApiError("forbidden", "This delete token does not belong to this report.");
        return new Response(null, { status: 204, headers: NO_STORE });
      }),
  };
}

export type ReportHandlers = ReturnType<typeof createReportHandlers>;
