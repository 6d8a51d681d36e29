import { z } from "zod";
import { findRule } from "../analysis";
import type { Config } from "../analysis";
import { LABEL_TYPES } from "../analysis/config";

const severity = z.enum(["error", "warning", "info", "style"]);

const configSchema = z
  .object({
    rules: z.record(z.string(), z.union([severity, z.literal("off")])).optional(),
    failureThreshold: severity.optional(),
    ruleOptions: z
      .object({
        trustedRegistries: z.array(z.string()).optional(),
        labelSchema: z.record(z.string(), z.enum(LABEL_TYPES)).optional(),
        strictLabels: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Validates a parsed configuration file; unknown keys and unknown rule names are errors, not silent no-ops. */
export function parseConfig(value: unknown): Config {
  const result = configSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new Error(`invalid configuration: ${where}${issue.message}`);
  }
  for (const name of Object.keys(result.data.rules ?? {})) {
    if (!findRule(name)) throw new Error(`invalid configuration: rules.${name}: no rule has this id or alias`);
  }
  return result.data;
}
