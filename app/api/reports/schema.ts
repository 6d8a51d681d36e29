import { z } from "zod";
import { analyzeRequestSchema } from "../analyze/schema";
import { EXPIRY_CHOICES } from "@/lib/share/document";

const secretIds = z.array(z.string().max(2048)).max(1000);

/**
 * `POST /api/reports` body: the workspace as `/api/analyze` takes it, plus the share choices. Findings are
 * not accepted: the server analyses the files itself. The 1 MiB body limit is the workspace limit.
 */
export const createReportSchema = analyzeRequestSchema.omit({ target: true, buildArgs: true, assumptions: true }).extend({
  // A share keeps the review's settings (target, build arguments, sizes) under `settings`, as the page saves them;
  // the same names at the top, as /api/analyze takes them, would be silently dropped: refused instead.
  target: z.undefined({ error: "put the build target in settings.target" }).optional(),
  buildArgs: z.undefined({ error: "put the build arguments in settings.buildArgs" }).optional(),
  assumptions: z.undefined({ error: "put the size assumptions in settings" }).optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
  expiry: z.enum(EXPIRY_CHOICES).default("never"),
  redact: z.boolean().default(true),
  confirmedSecretIds: secretIds.default([]),
  keepSecretIds: secretIds.default([]),
  creatorKey: z.string().min(16).max(128).optional(),
});

/** `POST /api/reports/scan` body: the files, and the build arguments a share would store with them. */
export const scanRequestSchema = analyzeRequestSchema.pick({ files: true, buildArgs: true });

/** `DELETE /api/reports/<id>` body, when the token is not in the Authorization header. */
export const deleteReportSchema = z.object({ deleteToken: z.string().min(1).max(256) });
