import { formatBytes } from "@/lib/analysis/size/bytes";

/** "−120 MB (−29 %)" for a saving against `of`; "+8 MB (+2 %)" when it grows. */
export function formatSaving(savingBytes: number, of: number): string {
  const percent = of > 0 ? Math.round((savingBytes / of) * 100) : 0;
  const sign = savingBytes > 0 ? "−" : savingBytes < 0 ? "+" : "±";
  return `${sign}${formatBytes(Math.abs(savingBytes))} (${sign}${Math.abs(percent)} %)`;
}

/**
 * Text of the engine (messages, fix titles) for places that show plain text only, Monaco's markers and menus: the
 * backticks that mark code, which pages render as <code>, would show literally there.
 */
export function plainText(text: string): string {
  return text.replaceAll("`", "");
}
