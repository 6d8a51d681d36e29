import { z } from "zod";
import { normalizePath } from "@/lib/analysis/paths";
import { MAX_CONTEXT_BYTES } from "@/lib/analysis/size/bytes";
import { ApiError, type ApiIssue } from "@/lib/http/errors";

/** Our configuration or hadolint's, as an object or as YAML text; the engine validates it (`analyzeOptionsFrom`). */
const config = z.union([z.string().max(65_536), z.record(z.string(), z.unknown())]);

/** `POST /api/analyze` body. Unknown keys are ignored so older servers accept newer clients. */
export const analyzeRequestSchema = z.object({
  files: z
    .array(z.object({ path: z.string().min(1).max(1024), content: z.string() }))
    .min(1, "Send at least one file.")
    .max(50, "Send at most 50 files per request.")
    .superRefine((files, context) => {
      // `./Dockerfile` and `Dockerfile` are one file to the review, and their results could not be told apart.
      const seen = new Set<string>();
      files.forEach((file, index) => {
        const path = normalizePath(file.path);
        if (seen.has(path)) context.addIssue({ code: "custom", path: [index, "path"], message: `${file.path} is sent twice` });
        seen.add(path);
      });
    }),
  config: config.optional(),
  /** Named rule profile (recommended, strict, hadolint); the engine checks the name (`analyzeOptionsFrom`). */
  profile: z.string().max(100).optional(),
  /** The stage `docker build --target` builds; the last stage when absent. */
  target: z.string().min(1).max(200).optional(),
  /** `--build-arg` values by ARG name; the engine checks names and counts (`analyzeOptionsFrom`). */
  buildArgs: z.record(z.string().max(256), z.string().max(65_536)).optional(),
  /** Size estimate inputs the person adjusted. */
  assumptions: z
    .object({
      contextBytes: z.number().int().nonnegative().max(MAX_CONTEXT_BYTES, `must be at most ${MAX_CONTEXT_BYTES} bytes (10 TB)`).optional(),
    })
    .optional(),
});

export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;

export function toApiIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

/** The 400 for a body of the wrong shape. Its message names the first offending field: pages show only the message. */
export function invalidShapeError(error: z.ZodError): ApiError {
  const issues = toApiIssues(error);
  const first = issues[0];
  const where = first ? ` (${first.path || "body"}: ${first.message})` : "";
  return new ApiError("invalid_request", `The request body does not match the expected shape${where}.`, issues);
}
