import type { ByteRange } from "./types";

export const KB = 1000;
export const MB = 1000 * 1000;

export const ZERO: ByteRange = { estimate: 0, low: 0, high: 0 };

export function bytes(estimate: number, low = estimate, high = estimate): ByteRange {
  return { estimate: Math.round(estimate), low: Math.round(Math.min(low, estimate)), high: Math.round(Math.max(high, estimate)) };
}

/** `start` plus every range, added in order; a loop, not a spread: a stage may have thousands of layers. */
export function sumRanges(ranges: readonly ByteRange[], start: ByteRange = ZERO): ByteRange {
  let { estimate, low, high } = start;
  for (const range of ranges) {
    estimate += range.estimate;
    low += range.low;
    high += range.high;
  }
  return { estimate, low, high };
}

export function scaleRange(range: ByteRange, factor: number, lowFactor = factor, highFactor = factor): ByteRange {
  return bytes(range.estimate * factor, range.low * lowFactor, range.high * highFactor);
}

/**
 * "58 MB", "740 kB", "1.2 GB", "5 MB": decimal units as registries and `docker images` show them, one decimal below
 * ten of a unit unless it is zero. The one format of sizes everywhere: the estimate's texts, the CLI, the reports, the
 * dashboard.
 */
export function formatBytes(value: number): string {
  const abs = Math.abs(value);
  const [unit, size] = abs >= 1e9 ? ["GB", 1e9] : abs >= MB ? ["MB", MB] : abs >= KB ? ["kB", KB] : ["B", 1];
  const scaled = value / size;
  const digits = Math.abs(scaled) >= 10 || size === 1 ? 0 : 1;
  const number = scaled.toFixed(digits);
  // Labels of every layer go through here on each review: a suffix test, not a regular expression.
  return `${number.endsWith(".0") ? number.slice(0, -2) : number} ${unit}`;
}

/** "187 MB (164–212 MB)". */
export function formatRange(range: ByteRange): string {
  const low = formatBytes(range.low);
  const high = formatBytes(range.high);
  const sameUnit = low.split(" ")[1] === high.split(" ")[1];
  return `${formatBytes(range.estimate)} (${sameUnit ? low.split(" ")[0] : low}–${high})`;
}

/** The largest build context the estimate takes: its sums over many layers of that size stay exact integers. */
export const MAX_CONTEXT_BYTES = 1e13;

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, kb: KB, k: KB, mb: MB, m: MB, gb: 1e9, g: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** Bytes written as a person writes them (`40MB`, `1.5 GB`, `512KiB`, `800000`), or undefined when it is not a size. */
export function parseByteSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = match ? SIZE_UNITS[match[2]!.toLowerCase()] : undefined;
  return match && unit !== undefined ? Math.round(Number(match[1]) * unit) : undefined;
}
