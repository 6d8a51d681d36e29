import { formatBytes } from "@/lib/analysis/size/bytes";

/** "−120 MB (−29 %)" for a saving against `of`; "+8 MB (+2 %)" when it grows; "−875 kB (<1 %)" for a change under 1 %. */
export function formatSaving(savingBytes: number, of: number): string {
  const percent = of > 0 ? Math.abs(Math.round((savingBytes / of) * 100)) : 0;
  const sign = savingBytes > 0 ? "−" : savingBytes < 0 ? "+" : "±";
  // A real change that rounds to 0 % is not "no change".
  const share = percent === 0 && savingBytes !== 0 ? "<1 %" : `${sign}${percent} %`;
  return `${sign}${formatBytes(Math.abs(savingBytes))} (${share})`;
}

/**
 * Text of the engine (messages, fix titles) for places that show plain text only, Monaco's markers and menus: the
 * backticks that mark code, which pages render as <code>, would show literally there.
 */
export function plainText(text: string): string {
  return text.replaceAll("`", "");
}
