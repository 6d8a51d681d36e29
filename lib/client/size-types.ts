/**
 * The image-size estimate as the `size` event carries it. Mirrors `lib/analysis/size/types.ts` of the
 * `size` branch (not on main yet): only the fields this page reads. Once that branch is merged, replace
 * these with `import type { ImageSizeEstimate } from "@/lib/analysis"`.
 */
import type { Range } from "@/lib/analysis";

export interface ByteRange {
  estimate: number;
  low: number;
  high: number;
}

export interface LayerEstimate {
  instruction: string;
  range: Range;
  uncompressedBytes: ByteRange;
  compressedBytes: ByteRange;
  reason: string;
  assumptions?: string[];
}

export interface StageEstimate {
  index: number;
  name?: string;
  shipped: boolean;
  base: { reference: string; matched?: string; note?: string; uncompressedBytes: ByteRange; compressedBytes: ByteRange };
  layers: LayerEstimate[];
  uncompressedBytes: ByteRange;
  compressedBytes: ByteRange;
}

export interface SizeComparison {
  kind: "current" | "safe-fixes" | "all-fixes" | "alternative-base";
  label: string;
  base?: string;
  uncompressedBytes: ByteRange;
  compressedBytes: ByteRange;
  savingBytes: number;
  caveat?: string;
}

export interface ImageSizeEstimate {
  compressedBytes: ByteRange;
  uncompressedBytes: ByteRange;
  stages: StageEstimate[];
  assumptions: string[];
  comparisons: SizeComparison[];
}
