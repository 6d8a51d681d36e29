/**
 * Image size estimates without building: the shipped image, its stages and layers, what the engine's
 * fixes and other bases would save, and the size impact of each size finding.
 */
import { firstIndexWhere } from "../arrays";
import { derived, DerivedKey } from "../derived";
import type { Command } from "../dockerfile/commands";
import { endOfArguments } from "../dockerfile/edits";
import { isWindowsImage } from "../dockerfile/image";
import { parseDockerfile, parseInstructionAlone, type DockerfileModel, type Instruction } from "../dockerfile/model";
import { commandsOf, runDetails } from "../dockerfile/run";
import { applyEdits, LineIndex } from "../text";
import type { Finding, Range, SourceFile, TextEdit } from "../types";
import { baseReference, resolveBase, type ResolvedBase } from "./bases";
import { runFactsWithCommands } from "./commands";
import { baseImageRecords } from "./data";
import { baseVariable, estimateStages, stageTotals, type BaseReads, type Replacement, type StagesEstimate } from "./estimate";
import { FILES } from "./heuristics";
import { sumRanges } from "./bytes";
import type { ByteRange, ImageSizeEstimate, LayerEstimate, SizeComparison, SizeImpact, SizeOptions } from "./types";

export type { ByteRange, ImageSizeEstimate, LayerEstimate, SizeComparison, SizeImpact, SizeOptions, StageEstimate } from "./types";
export { formatBytes, formatRange } from "./bytes";

interface Totals {
  uncompressedBytes: ByteRange;
  compressedBytes: ByteRange;
}

function shippedTotals(estimate: StagesEstimate): Totals {
  const shipped = estimate.stages.find((stage) => stage.shipped);
  const zero = { estimate: 0, low: 0, high: 0 };
  return { uncompressedBytes: shipped?.uncompressedBytes ?? zero, compressedBytes: shipped?.compressedBytes ?? zero };
}

/** Instructions whose text the estimate reads; edits elsewhere (CMD, USER, LABEL…) cannot change a size. */
const SIZED_KEYWORDS = new Set(["FROM", "RUN", "COPY", "ADD", "ENV", "ARG", "WORKDIR"]);
/** Instructions that change only their own layer, so an edit inside one can be re-read alone. */
const LAYER_KEYWORDS = new Set(["RUN", "COPY", "ADD"]);

/** The offsets an edit covers. */
function editSpan(model: DockerfileModel, edit: TextEdit): { start: number; end: number } {
  return { start: model.lines.offsetAt(edit.range.start), end: model.lines.offsetAt(edit.range.end) };
}

/**
 * The instructions an edit's span touches (overlaps or borders), in file order. Found by binary search: an "after all
 * fixes" re-estimate of a long file has thousands of edits.
 */
function instructionsTouching(model: DockerfileModel, span: { start: number; end: number }): Instruction[] {
  const { instructions } = model;
  const touched: Instruction[] = [];
  for (let i = firstEndingAtOrAfter(model, span.start); i < instructions.length && instructions[i]!.start <= span.end; i++) touched.push(instructions[i]!);
  return touched;
}

/** The index of the first instruction that does not end before `offset`. */
function firstEndingAtOrAfter(model: DockerfileModel, offset: number): number {
  const { instructions } = model;
  return firstIndexWhere(instructions.length, (index) => instructions[index]!.end >= offset);
}

function touchesSizedInstruction(model: DockerfileModel, edits: readonly TextEdit[]): boolean {
  return edits.some((edit) => instructionsTouching(model, editSpan(model, edit)).some((instruction) => SIZED_KEYWORDS.has(instruction.keyword)));
}

/**
 * The instructions with edits applied, each read on its own (a RUN's edited commands alone, when its edits fall
 * inside commands), when every edit falls inside a RUN, COPY or ADD, or deletes one whole (most fixes): re-estimating
 * with them avoids parsing the whole file again.
 */
function editedInstructions(model: DockerfileModel, edits: readonly TextEdit[]): Map<Instruction, Replacement> | undefined {
  const byInstruction = new Map<Instruction, LocalEdit[]>();
  const replacements = new Map<Instruction, Replacement>();
  for (const edit of edits) {
    const span = editSpan(model, edit);
    const touched = instructionsTouching(model, span);
    const target = touched.find((instruction) => instruction.start <= span.start && span.end <= instruction.end);
    // An edit deleting one whole instruction (its lines) leaves no layer.
    const removed = edit.text === "" ? touched.filter((instruction) => span.start <= instruction.start && instruction.end <= span.end) : [];
    if (!target && removed.length === 1 && LAYER_KEYWORDS.has(removed[0]!.keyword) && !byInstruction.has(removed[0]!)) {
      replacements.set(removed[0]!, { model, instruction: removed[0]!, removed: true });
      continue;
    }
    if (!target || !LAYER_KEYWORDS.has(target.keyword) || replacements.has(target)) return undefined;
    byInstruction.set(target, [...(byInstruction.get(target) ?? []), { span, text: edit.text }]);
  }
  for (const [target, local] of byInstruction) {
    const replacement = editedCommands(model, target, local) ?? parsedAlone(model, edited(model, target, local));
    if (!replacement || replacement.instruction.keyword !== target.keyword) return undefined;
    replacements.set(target, replacement);
  }
  return replacements;
}

type LocalEdit = { span: { start: number; end: number }; text: string };

/** The text from `span` of the model with edits made at file offsets inside it, as `applyEdits` makes them. */
function edited(model: DockerfileModel, span: { start: number; end: number }, edits: readonly LocalEdit[]): string {
  const shifted = new LineIndex(model.text.slice(span.start, span.end));
  const shiftedEdits = edits.map((edit) => ({
    text: edit.text,
    range: { start: shifted.positionAt(edit.span.start - span.start), end: shifted.positionAt(edit.span.end - span.start) },
  }));
  return applyEdits(shifted.text, shiftedEdits).text;
}

/**
 * Edited instructions read alone, by what was read: a RUN with one fix reads the same for that fix's impact and for
 * the comparisons.
 */
const READ_ALONE = new DerivedKey<Map<string, Replacement | undefined>>("edited instructions read alone");

function readOnce(model: DockerfileModel, key: string, read: () => Replacement | undefined): Replacement | undefined {
  const cache = derived(model, READ_ALONE, () => new Map());
  if (!cache.has(key)) cache.set(key, read());
  return cache.get(key);
}

interface EditedCommands {
  /** Each edited command's text after its edits. */
  texts: Map<Command, string>;
  /** Text inserted at the end of the script, after its last command (a cleanup appended after `fi`). */
  appended?: string;
}

/**
 * The edits of a RUN by the command each falls inside, with each command's text after them, and the text an insertion
 * at the end of the script appends; undefined when an edit falls elsewhere.
 */
function editedCommandTexts(model: DockerfileModel, run: Instruction, edits: readonly LocalEdit[]): EditedCommands | undefined {
  const { commands } = runDetails(model, run);
  const byCommand = new Map<Command, LocalEdit[]>();
  let appended: string | undefined;
  for (const edit of edits) {
    const command = commands.find((candidate) => candidate.start <= edit.span.start && edit.span.end <= candidate.end);
    if (command) {
      byCommand.set(command, [...(byCommand.get(command) ?? []), edit]);
      continue;
    }
    const end = endOfArguments(model, run);
    if (appended !== undefined || edit.span.start !== end || edit.span.end !== end) return undefined;
    appended = edit.text;
  }
  return { texts: new Map([...byCommand].map(([command, local]) => [command, edited(model, command, local)])), appended };
}

/** A RUN whose edits each fall inside one of its commands or append to its script, with only those commands read. */
function editedCommands(model: DockerfileModel, run: Instruction, edits: readonly LocalEdit[]): Replacement | undefined {
  if (run.keyword !== "RUN") return undefined;
  const edited = editedCommandTexts(model, run, edits);
  if (!edited) return undefined;
  const { texts, appended } = edited;
  let key = `commands\u0000${run.start}\u0000${appended ?? ""}`;
  for (const [command, text] of texts) key += `\u0000${command.start}\u0000${text}`;
  return readOnce(model, key, () => {
    const facts = runFactsWithCommands(model, run, texts, appended);
    return facts && { model, instruction: run, facts };
  });
}

function parsedAlone(model: DockerfileModel, text: string): Replacement | undefined {
  return readOnce(model, `instruction\u0000${text}`, () => parseInstructionAlone(text));
}

/**
 * The shipped totals after applying edits to the model `estimate` was made of, re-estimated only when an edit
 * can change them: from the first edited stage on when the edits stay inside layer instructions.
 */
function totalsAfter(model: DockerfileModel, estimate: StagesEstimate, edits: readonly TextEdit[], current: Totals, files: readonly SourceFile[], options: SizeOptions): Totals {
  if (edits.length === 0 || !touchesSizedInstruction(model, edits)) return current;
  const replacements = editedInstructions(model, edits);
  if (replacements) {
    const edited = [...replacements.keys()].sort((a, b) => a.start - b.start);
    const fromStage = edited[0]!.stage?.index ?? 0;
    // Start right before the first edited instruction when the estimate kept a checkpoint there (the RUNs of the
    // stages that ship); the edits after it are read in place as the re-estimate reaches them.
    const fromInstruction = estimate.progress.checkpoints.has(edited[0]!) ? edited[0] : undefined;
    return shippedTotals(estimateStages({ model, files, options, replacements, resume: { estimate, fromStage, fromInstruction } }));
  }
  return shippedTotals(estimateStages({ model: parseDockerfile(applyEdits(model.text, edits).text), files, options }));
}

/** The compressed bytes of a RUN that changes little: differences below it are how such layers are sized, not savings. */
const SMALL_LAYER_BYTES = FILES.smallRun.bytes * FILES.smallRun.ratio;

/**
 * How much, summed over a review's re-estimates for size impacts, a file may have read again: an instruction counts
 * one, a RUN one per command (a RUN of 400 installs, each with its own finding, is re-read 400 times).
 */
const IMPACT_BUDGET = 10_000;

/** For each instruction, what re-reading it and every instruction after it costs of the budget. */
function rereadCosts(model: DockerfileModel): number[] {
  const { instructions } = model;
  const costs = new Array<number>(instructions.length + 1).fill(0);
  for (let i = instructions.length - 1; i >= 0; i--) costs[i] = costs[i + 1]! + Math.max(1, commandsOf(model, instructions[i]!).length);
  return costs;
}

/** What a re-estimate after `edits` costs of the budget: it reads again from the first edited instruction to the end. */
function rereadCost(model: DockerfileModel, costs: readonly number[], edits: readonly TextEdit[]): number {
  const first = Math.min(...edits.map((edit) => model.lines.offsetAt(edit.range.start)));
  return costs[firstEndingAtOrAfter(model, first)]!;
}

/** Edits as a string that tells them apart (JSON.stringify of them was the report's slowest line). */
function editsKey(edits: readonly TextEdit[]): string {
  let key = "";
  for (const { range: { start, end }, text } of edits) key += `${start.line}:${start.column}-${end.line}:${end.column}=${text.length}:${text}`;
  return key;
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;

interface KeptEstimate {
  files: readonly SourceFile[];
  contextBytes: number | undefined;
  estimate: StagesEstimate;
}

/** A model's estimates, by the review's files and context size (a review asks for one; tests may ask for more). */
const ESTIMATES = new DerivedKey<KeptEstimate[]>("size estimates");

/**
 * The estimate of a model for the review's files, computed once: the rule reporting useless deletions and the
 * report (`estimateImageSize`) share it. It keeps checkpoints (the state before each RUN of the stages that ship),
 * where the report's re-estimates after a fix start.
 */
export function stagesOf(model: DockerfileModel, files: readonly SourceFile[] = [], options: SizeOptions = {}): StagesEstimate {
  const estimates = derived(model, ESTIMATES, () => []);
  const cached = estimates.find((entry) => entry.files === files && entry.contextBytes === options.contextBytes);
  if (cached) return cached.estimate;
  const estimate = estimateStages({ model, files, options, checkpoints: true });
  estimates.push({ files, contextBytes: options.contextBytes, estimate });
  return estimate;
}

interface Alternative {
  reference: string;
  caveat: string;
}

const CAVEATS = {
  alpine: "Alpine uses musl libc and apk: apt-get commands must become apk add, and native modules or glibc binaries may need rebuilding.",
  slim: "Slim images leave out compilers, documentation and many libraries: install what the build needs in a builder stage.",
  distroless: (hasRun: boolean) =>
    `Distroless has no shell or package manager${hasRun ? ": the RUN instructions of this stage must move to a builder stage" : ""}, and CMD/ENTRYPOINT must use exec form.`,
  static: "Needs the statically linked binary (CGO_ENABLED=0); brings CA certificates, tzdata and a nonroot user.",
  scratch: "Needs the statically linked binary; add CA certificates and /etc/passwd yourself if the program needs them; no shell for debugging.",
};

/** The distroless image for the runtime a base image carries, if any. */
function distrolessFor(image: string, version: number | undefined): string | undefined {
  if (image === "node") return `gcr.io/distroless/nodejs${version && version >= 24 ? 24 : 22}-debian13`;
  if (image === "python") return "gcr.io/distroless/python3-debian13";
  if (["eclipse-temurin", "openjdk", "amazoncorretto"].includes(image)) return "gcr.io/distroless/java21-debian13";
  return undefined;
}

/** Smaller bases worth trying for the shipped stage: slim and alpine tags, distroless, scratch. */
function alternativeBases(model: DockerfileModel, reference: string, staticBinary: boolean): Alternative[] {
  // A Windows image runs Windows programs: no Linux base is an alternative.
  if (isWindowsImage(reference)) return [];
  const { name } = baseReference(reference);
  const record = resolveBase(reference).record;
  const alternatives = new Map<string, string>();
  const hasRun = model.finalStage?.instructions.some((instruction) => instruction.keyword === "RUN") ?? false;
  if (record && ["debian", "ubuntu", "alpine"].includes(record.osFamily)) {
    // The version the file asks for (`python:3.12`), not that of the nearest record the data has (3.13).
    const ownVersion = /^\d+(\.\d+)?/.exec(baseReference(reference).tag ?? "")?.[0];
    const version = ownVersion ?? /^\d+(\.\d+)?/.exec(record.tag ?? "")?.[0];
    for (const variant of ["slim", "alpine"] as const) {
      if ((record.tag ?? "").includes(variant)) continue;
      const candidates = baseImageRecords(name).filter((r) => r.tag?.includes(variant));
      if (candidates.length === 0) continue;
      // The same version, or the same release (`trixie` → `trixie-slim`); a version the data lacks keeps its number
      // (`python:3.12-alpine`, sized from the nearest record).
      const best = candidates.find((r) => r.tag!.startsWith(version ?? record.tag ?? ""));
      const tag = best?.tag ?? (ownVersion ? `${ownVersion}-${variant}` : candidates[0]!.tag);
      alternatives.set(`${name}:${tag}`, CAVEATS[variant]);
    }
    // Plain OS images: the slim Debian and the Alpine ones.
    if (name === "ubuntu") alternatives.set("debian:trixie-slim", CAVEATS.slim);
    if (name === "ubuntu" || name === "debian") alternatives.set("alpine:3.23", CAVEATS.alpine);
    const distroless = distrolessFor(name, version ? Number(version) : undefined);
    if (distroless) alternatives.set(distroless, CAVEATS.distroless(hasRun));
  }
  if (staticBinary && name !== "scratch" && !name.includes("distroless/static")) {
    alternatives.set("gcr.io/distroless/static-debian12", CAVEATS.static);
    if (!hasRun) alternatives.set("scratch", CAVEATS.scratch);
  }
  return [...alternatives].map(([alternative, caveat]) => ({ reference: alternative, caveat }));
}

/**
 * True when instructions that read `reads` of the base `current` could size differently on the base `other`: apt
 * reads the packages its installs are counted over, the release whose package table sizes them, whether installs
 * leave documentation out, and whether the OS is Ubuntu (its lists); the rest, variables.
 */
function readsDifferently(reads: BaseReads | undefined, current: ResolvedBase, other: ResolvedBase): boolean {
  if (!reads) return false;
  const aptAlike = current.aptBaseline === other.aptBaseline && current.release === other.release && current.slimInstalls === other.slimInstalls
    && (current.osFamily === "ubuntu") === (other.osFamily === "ubuntu");
  if (reads.packages && !aptAlike) return true;
  return [...reads.variables].some((name) => baseVariable(current.record?.versions ?? {}, name) !== baseVariable(other.record?.versions ?? {}, name));
}

/** Where in the text the commands are that the build arguments' values rule out (`ruledOutCommands`). */
function ruledOutSpans(model: DockerfileModel, estimate: StagesEstimate): { start: number; end: number }[] {
  return [...estimate.progress.ruledOutCommands].map((range) => ({ start: model.lines.offsetAt(range.start), end: model.lines.offsetAt(range.end) }));
}

/** True when `range` lies inside one of `spans`. */
function insideAny(model: DockerfileModel, spans: readonly { start: number; end: number }[], range: Range): boolean {
  if (spans.length === 0) return false;
  const start = model.lines.offsetAt(range.start);
  const end = model.lines.offsetAt(range.end);
  return spans.some((span) => span.start <= start && end <= span.end);
}

function comparison(kind: SizeComparison["kind"], label: string, totals: Totals, current: Totals, extra: Partial<SizeComparison> = {}): SizeComparison {
  return { kind, label, ...totals, savingBytes: current.compressedBytes.estimate - totals.compressedBytes.estimate, ...extra };
}

/**
 * The edits of the first fix of each size finding that has one of these applicabilities: how many there are in all,
 * and those of the findings that bear on the estimated image (re-estimating the others changes nothing).
 */
function firstFixEdits(findings: readonly Finding[], bearing: ReadonlySet<Finding>, applicabilities: readonly string[]): { count: number; edits: TextEdit[] } {
  let count = 0;
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => applicabilities.includes(candidate.applicability));
    if (!fix) continue;
    count += fix.edits.length;
    if (bearing.has(finding)) edits.push(...fix.edits);
  }
  return { count, edits };
}

export interface SizeInput {
  model: DockerfileModel;
  /** Every file of the review (package.json, lockfiles, requirements files are read from it). */
  files?: readonly SourceFile[];
  /** The findings of this Dockerfile: their fixes give the "after fixes" comparisons and size impacts. */
  findings?: readonly Finding[];
  options?: SizeOptions;
}

export interface SizeResult {
  size: ImageSizeEstimate;
  /** Estimated saving of acting on each size finding, by finding. */
  impacts: Map<Finding, SizeImpact>;
}

/** Estimates the image a Dockerfile builds, with comparisons and per-finding impacts. Never throws on odd input. */
export function estimateImageSize({ model, files = [], findings = [], options = {} }: SizeInput): SizeResult {
  const estimate = stagesOf(model, files, options);
  const current = shippedTotals(estimate);
  // The same edits are often re-estimated twice (a file's one safe fix is also a finding's impact): once is enough.
  const after = new Map<string, Totals>();
  const totalsAfterEdits = (edits: readonly TextEdit[], key = editsKey(edits)) => {
    let totals = after.get(key);
    if (!totals) {
      totals = totalsAfter(model, estimate, edits, current, files, options);
      after.set(key, totals);
    }
    return totals;
  };
  const comparisons: SizeComparison[] = [comparison("current", "as written", current, current)];

  // The comparisons show what acting on the size findings saves: the other findings' fixes are not about size
  // (a safe one changes no behaviour at all), and re-estimating for them would only cost time. Nor are those of
  // findings about a command the build arguments skip (`if [ "$INSTALL_X" = true ]` with INSTALL_X=false): the estimated
  // image holds nothing of it, so acting on it cannot make that image smaller.
  const sizeFindings = findings.filter((finding) => finding.category === "size");
  const ruledOut = ruledOutSpans(model, estimate);
  const bearing = new Set(sizeFindings.filter((finding) => !insideAny(model, ruledOut, finding.range)));
  const safe = firstFixEdits(sizeFindings, bearing, ["safe"]);
  if (safe.count > 0) {
    comparisons.push(comparison("safe-fixes", "after all safe fixes", totalsAfterEdits(safe.edits), current));
  }
  const all = firstFixEdits(sizeFindings, bearing, ["safe", "unsafe"]);
  if (all.count > safe.count) {
    comparisons.push(comparison("all-fixes", "after all fixes (safe and unsafe)", totalsAfterEdits(all.edits), current));
  }

  const shipped = estimate.stages.find((stage) => stage.shipped);
  // The shipped base as the estimate sized it (an unknown image the file runs apt on is Debian there).
  const shippedBase = shipped && estimate.progress.resolvedBases.get(shipped.index);
  if (shipped && shippedBase && !shipped.base.reference.includes("$")) {
    const reads = estimate.progress.baseReads.get(shipped.index);
    const from = model.stages[shipped.index]?.base.word;
    const editable = from !== undefined && !from.raw.includes("$") && from.value === shipped.base.reference;
    for (const alternative of alternativeBases(model, shipped.base.reference, estimate.staticBinaryShipped)) {
      // Only the shipped stage changes: the stages before it are taken from the current estimate, and so are its
      // layers when none of them read anything of the base that differs.
      const other = resolveBase(alternative.reference);
      const totals = readsDifferently(reads, shippedBase, other)
        ? shippedTotals(estimateStages({ model, files, options, shippedBase: alternative.reference, resume: { estimate, fromStage: shipped.index } }))
        : stageTotals(other.estimate, shipped.layers);
      const candidate = comparison("alternative-base", `with ${alternative.reference} as the base`, totals, current, {
        base: alternative.reference,
        caveat: alternative.caveat,
        ...(editable ? { edits: [{ range: from.range, text: alternative.reference }] } : {}),
      });
      if (candidate.savingBytes > 0) comparisons.push(candidate);
    }
  }

  const impacts = new Map<Finding, SizeImpact>();
  // A re-estimate reads the file from the first edited instruction on: on a file of thousands of instructions, one per
  // finding would take minutes. Past the budget, findings go without an impact, and the report says so.
  let budget = IMPACT_BUDGET;
  const costs = sizeFindings.length > 0 ? rereadCosts(model) : [];
  let unestimated = 0;
  for (const finding of sizeFindings) {
    const fix = finding.fixes[0];
    if (fix && fix.edits.length > 0 && bearing.has(finding)) {
      const key = editsKey(fix.edits);
      if (!after.has(key)) {
        budget -= rereadCost(model, costs, fix.edits);
        if (budget < 0) {
          unestimated++;
          continue;
        }
      }
      const totals = totalsAfterEdits(fix.edits, key);
      const bytes = current.compressedBytes.estimate - totals.compressedBytes.estimate;
      // A size fix that makes nothing smaller has no impact of its own to show, nor one that saves no more than a small
      // RUN's layer: that much comes from how a layer that now deletes nothing, or only earlier layers' files, is sized.
      // One that does only part of the work (shown, not applied) may still point at bytes below.
      if (bytes > SMALL_LAYER_BYTES) {
        impacts.set(finding, { bytes, uncompressedBytes: current.uncompressedBytes.estimate - totals.uncompressedBytes.estimate, basis: "re-estimated with the fix applied" });
        continue;
      }
    }
    const deletion = estimate.laterDeletions.find((candidate) => sameRange(candidate.range, finding.range));
    if (deletion) {
      impacts.set(finding, { bytes: deletion.compressed.estimate, uncompressedBytes: deletion.uncompressed.estimate, basis: "the bytes the earlier layer keeps" });
      continue;
    }
    const rewrite = estimate.rewrites.find((candidate) => sameRange(candidate.range, finding.range));
    if (rewrite) {
      impacts.set(finding, { bytes: rewrite.compressed.estimate, uncompressedBytes: rewrite.uncompressed.estimate, basis: "the bytes the command writes a second time" });
    }
  }

  const assumptions = new Set<string>();
  for (const stage of estimate.stages) {
    if (stage.base.note && !stage.base.note.startsWith("inherits")) assumptions.add(`${stage.base.reference}: ${stage.base.note}`);
    for (const layer of stage.layers) for (const assumption of layer.assumptions) assumptions.add(assumption);
  }
  if (unestimated > 0) {
    assumptions.add(`${unestimated} of ${sizeFindings.length} size findings have no estimated impact: this file is too long to re-estimate once per finding.`);
  }
  const stages = estimate.stages.map((stage) => (stage.layers.length > MAX_LISTED_LAYERS ? { ...stage, layers: foldedLayers(stage.layers) } : stage));
  return {
    size: { uncompressedBytes: current.uncompressedBytes, compressedBytes: current.compressedBytes, stages, assumptions: [...assumptions], comparisons },
    impacts,
  };
}

/**
 * The most layers a stage lists one by one. An image cannot have more than 127 (overlayfs' limit), so past this
 * a file is generated or hostile, and listing 40,000 layers made a report of megabytes.
 */
const MAX_LISTED_LAYERS = 500;

/** A stage's layers with those past `MAX_LISTED_LAYERS` summed into one, so the stage's total stays the same. */
function foldedLayers(layers: readonly LayerEstimate[]): LayerEstimate[] {
  const rest = layers.slice(MAX_LISTED_LAYERS);
  const first = rest[0]!;
  const last = rest[rest.length - 1]!;
  return [
    ...layers.slice(0, MAX_LISTED_LAYERS),
    {
      instruction: first.instruction,
      range: { start: first.range.start, end: last.range.end },
      uncompressedBytes: sumRanges(rest.map((layer) => layer.uncompressedBytes)),
      compressedBytes: sumRanges(rest.map((layer) => layer.compressedBytes)),
      reason: `${rest.length.toLocaleString("en-US")} more layers, lines ${first.range.start.line}–${last.range.end.line}, summed: a report lists the first ${MAX_LISTED_LAYERS} of a stage`,
      assumptions: [],
    },
  ];
}
