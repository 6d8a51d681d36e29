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
