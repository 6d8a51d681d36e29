import type { Range, TextEdit } from "../types";

/** A size in bytes with the range it could plausibly fall in (low ≤ estimate ≤ high). */
export interface ByteRange {
  estimate: number;
  low: number;
  high: number;
}

/** What one instruction adds to its stage. */
export interface LayerEstimate {
  /** The instruction keyword (`RUN`, `COPY`, …) and its range in the file. */
  instruction: string;
  range: Range;
  uncompressedBytes: ByteRange;
  compressedBytes: ByteRange;
  /** Why: "apt-get install curl git: 31 packages, ≈ 58 MB". */
  reason: string;
  /** What was assumed for lack of facts, each an adjustable option where one exists. */
  assumptions: string[];
}

export interface BaseEstimate {
  /** The image as written in FROM (`node:20-slim`, `scratch`, a stage name). */
  reference: string;
  /** The known image the numbers come from, when it is not the reference itself. */
  matched?: string;
  /** How the base was sized ("nearest known tag", "derived from its package composition", …). */
  note?: string;
  uncompressedBytes: ByteRange;
  compressedBytes: ByteRange;
}

export interface StageEstimate {
  index: number;
  name?: string;
  /** True for the stage the build ships: only its layers count toward the image. */
  shipped: boolean;
  base: BaseEstimate;
  /** The instructions that add files (RUN, COPY, ADD); ENV, WORKDIR, CMD… only change metadata. */
  layers: LayerEstimate[];
  /** The stage's whole filesystem: its base plus every layer. */
  uncompressedBytes: ByteRange;
  compressedBytes: ByteRange;
}

/** The image size after a change, and what the change saves against the current estimate (compressed). */
export interface SizeComparison {
  kind: "current" | "safe-fixes" | "all-fixes" | "alternative-base";
  /** "after all safe fixes", "with node:22-alpine as base"… */
  label: string;
  /** For alternative bases: the FROM reference tried. */
  base?: string;
  uncompressedBytes: ByteRange;
  compressedBytes: ByteRange;
  /** Compressed bytes saved against the current estimate (negative when it grows). */
  savingBytes: number;
  /** What must hold for the alternative to work (e.g. a static binary for scratch). */
  caveat?: string;
  /**
   * For alternative bases: the edit that makes the shipped stage's FROM name it (its image word replaced), when the
   * FROM names the image as written, without variables. It changes what the build does: see `caveat`.
   */
  edits?: TextEdit[];
}

/** The size estimate of one Dockerfile: the shipped image, its stages and layers, and comparisons. */
export interface ImageSizeEstimate {
  /** What a pull downloads (sum of gzip-compressed layers). */
  compressedBytes: ByteRange;
  /** What `docker images` shows (the unpacked filesystem). */
  uncompressedBytes: ByteRange;
  stages: StageEstimate[];
  /** Every assumption made, once, across all layers. */
  assumptions: string[];
  comparisons: SizeComparison[];
}

/** The estimated size effect of acting on a finding (bytes saved from the compressed image). */
export interface SizeImpact {
  bytes: number;
  uncompressedBytes: number;
  /** How the figure was found, e.g. "re-estimated with the fix applied". */
  basis: string;
}

/** Adjustable inputs of the estimate. */
export interface SizeOptions {
  /** The build context size assumed for `COPY . .` (bytes). Default 5 MB. */
  contextBytes?: number;
}
