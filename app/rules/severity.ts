import { profileSeverity, type ProfileName, type Rule } from "@/lib/analysis";

/** The profile a review uses when none is chosen (see ProfileName). */
const DEFAULT_PROFILE: ProfileName = "recommended";

/** A rule's severity in a default review: "warning", or "off (info when turned on)" for a rule off by default. */
export function defaultSeverity(rule: Rule): string {
  const severity = profileSeverity(rule, DEFAULT_PROFILE);
  return severity === "off" ? `off (${rule.meta.severity} when turned on)` : severity;
}
