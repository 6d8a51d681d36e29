import { formatBytes } from "@/lib/analysis/size/bytes";

/** "−120 MB (−29 %)" for a saving against `of`; "+8 MB (+2 %)" when it grows. */
export function formatSaving(savingBytes: number, of: number): string {
  const percent = of > 0 ? Math.round((savingBytes / of) * 100) : 0;
  const sign = savingBytes > 0 ? "−" : savingBytes < 0 ? "+" : "±";
  return `${sign}${formatBytes(Math.abs(savingBytes))} (${sign}${Math.abs(percent)} %)`;
}
