import { z } from "zod";
import type { Config, Severity } from "@/lib/analysis";
import type { ApiIssue } from "@/lib/http/errors";

const severity = z.enum(["error", "warning", "info", "style"]) satisfies z.ZodType<Severity>;

const config = z.object({
  rules: z.record(z.string(), z.union([severity, z.literal("off")])).optional(),
  failureThreshold: severity.optional(),
}) satisfies z.ZodType<Config>;

/** `POST /api/analyze` body. Unknown keys are ignored so older servers accept newer clients. */
export const analyzeRequestSchema = z.object({
  files: z
    .array(z.object({ path: z.string().min(1).max(1024), content: z.string() }))
    .min(1, "Send at least one file.")
    .max(50, "Send at most 50 files per request."),
  config: config.optional(),
  /** Reserved for named rule profiles (e.g. "strict"); accepted and not used yet. */
  profile: z.string().max(100).optional(),
});

export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;

export function toApiIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}
