import type { Severity } from "@/lib/analysis";

/** Tailwind classes per severity; spelled out in full so Tailwind finds them. */
export const SEVERITY_TEXT: Record<Severity, string> = {
  error: "text-severity-error",
  warning: "text-severity-warning",
  info: "text-severity-info",
  style: "text-severity-style",
};

export const SEVERITY_BORDER: Record<Severity, string> = {
  error: "border-l-severity-error",
  warning: "border-l-severity-warning",
  info: "border-l-severity-info",
  style: "border-l-severity-style",
};
