import { flatMapped } from "../arrays";
import { joinPath } from "../paths";
import { LineIndex } from "../text";
import type { Range } from "../types";
import { isWindowsImage, parseImageReference, type ImageReference } from "./image";
import { stagesNeededFor } from "./stages";
import { parseSyntax, type Comment, type Directive, type Flag, type RawInstruction, type Span, type SyntaxProblem, type Word } from "./syntax";
import { ANY, expand, Frame, ROOT_NAME } from "./variables";
import { derived, DerivedKey, type Derivable } from "../derived";

export type { Comment, Directive, Flag, Heredoc, Span, Word } from "./syntax";

/** A USER, WORKDIR or SHELL value and the instruction that set it (undefined when inherited from the base image). */
export interface Setting<Value> {
  /** The resolved value; undefined when it depends on something unknown. */
  value: Value | undefined;
  instruction: Instruction | undefined;
}

/** What is in effect when an instruction runs. */
export interface StageState {
  /** The last USER; undefined when no USER was set in this stage or the stages it builds on. */
  user: Setting<string> | undefined;
  /** The working directory as an absolute path; value undefined when unknown (set by the base image or a variable). */
  workdir: Setting<string>;
  /** The shell of shell-form RUN/CMD/ENTRYPOINT, e.g. `["/bin/sh", "-c"]`. */
  shell: Setting<string[]>;
}

export interface Instruction extends RawInstruction {
  /** Position in `model.instructions`. */
  index: number;
  /** The stage it belongs to; undefined for the global ARGs before the first FROM. */
  stage: Stage | undefined;
  /** The variables (ARG and ENV) this instruction sees; `scope.entries()` lists them. */
  scope: Frame;
  /** USER, WORKDIR and SHELL in effect when it runs. */
  state: StageState;
}

export type BaseKind = "image" | "stage" | "scratch" | "unknown";

export interface StageBase {
  /** The image word of the FROM as written. */
  word: Word | undefined;
  /** The word with variables resolved; undefined when that depends on something unknown. */
  value: string | undefined;
  kind: BaseKind;
  /** For kind `image`: the parsed reference of `value`. */
  image: ImageReference | undefined;
  /** For kind `stage`: the earlier stage it builds on. */
  stage: Stage | undefined;
}

export interface StageDependency {
  /** How the stage uses the other: builds on it, copies files from it, or mounts it in a RUN. */
  via: "from" | "copy" | "mount";
  /** The stage used; undefined when the reference is an image (e.g. `COPY --from=nginx:1.27`). */
  stage: Stage | undefined;
  /** The name or image as resolved (undefined when unknown). */
  reference: string | undefined;
  instruction: Instruction;
  word: Word;
}

export interface Stage extends Derivable {
  index: number;
  /** The `AS name`, lower-cased as BuildKit matches it. */
  name: string | undefined;
  nameWord: Word | undefined;
  from: Instruction;
  base: StageBase;
  /** `--platform` of the FROM. */
  platform: Flag | undefined;
  /** The FROM and every instruction up to the next FROM. */
  instructions: Instruction[];
  dependencies: StageDependency[];
  /** True for the stage that is built: the last one, or the chosen target. */
  isFinal: boolean;
  /** True when the stage's layers are in the final image: the final stage and the stages it builds on. */
  ships: boolean;
  /** True when building the final stage needs this stage (it ships, or files are copied or mounted from it). */
  needed: boolean;
  /** The variables after the stage's last instruction. */
  scope: Frame;
  /** USER, WORKDIR and SHELL after the stage's last instruction. */
  end: StageState;
}

export interface DockerfileModel extends Derivable {
  text: string;
  lines: LineIndex;
  /** `\` or, with `# escape=\``, a backtick. */
  escape: "\\" | "`";
  directives: Directive[];
  comments: Comment[];
  /** Every instruction of the file, in order, including the global ARGs before the first FROM. */
  instructions: Instruction[];
  stages: Stage[];
  /** The stage that is built (the last one or the chosen target). */
  finalStage: Stage | undefined;
  /** Instructions BuildKit would reject: unknown keywords, missing arguments, unclosed heredocs. */
  problems: SyntaxProblem[];
  /** The first stage named `name` (lower-cased, as BuildKit matches names), wherever it is in the file. */
  stageNamed(name: string): Stage | undefined;
  /** Expands the variables of a word as the instruction sees them; undefined when unknown. */
  resolve(word: Word | string, at: Instruction): string | undefined;
  /** A range of the file from offsets. */
  rangeOf(start: number, end: number): Range;
}

export interface ParseOptions {
  /** The stage to build (`docker build --target`); the last stage when absent or not found. */
  target?: string;
  /** `--build-arg` values, which replace ARG defaults. */
  buildArgs?: Record<string, string>;
}

/** ARGs BuildKit defines for every build; their values depend on the machine, so they are unknown here. */
const PLATFORM_ARGS = [
  "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
];
const POSIX_SHELL: string[] = ["/bin/sh", "-c"];
const EMPTY = new Frame(undefined, ROOT_NAME, undefined, "arg");
const WINDOWS_SHELL: string[] = ["cmd", "/S", "/C"];
const SHELL_PRAGMA = /^hadolint\s+shell\s*=\s*([^\s#]+)/i;

/** Parses a Dockerfile into the model every Dockerfile rule reads. Never throws. */
export function parseDockerfile(text: string, options: ParseOptions = {}): DockerfileModel {
  const lines = new LineIndex(text);
  const tree = parseSyntax(text, lines);
  const buildArgs = options.buildArgs ?? {};
  const argValue = (name: string, fallback: string | undefined): string | undefined =>
    Object.prototype.hasOwnProperty.call(buildArgs, name) ? buildArgs[name] : fallback;

  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  let global: Frame | undefined;
  for (const name of PLATFORM_ARGS) global = new Frame(global, name, undefined, "arg");
  const globalArgs = new Map<string, string | undefined>();
  const byName = new Map<string, Stage>();
  let stage: Stage | undefined;
  let scope: Frame | undefined;
  let state: StageState = { user: undefined, workdir: { value: "/", instruction: undefined }, shell: { value: POSIX_SHELL, instruction: undefined } };

  // `# hadolint shell=pwsh` sets the shell like a SHELL instruction; before the first FROM, for every stage.
  const shellPragmas = flatMapped(tree.comments, (comment) => {
    const name = SHELL_PRAGMA.exec(comment.text)?.[1];
    return name ? [{ at: comment.start, shell: [name] }] : [];
  });
  let defaultShell = POSIX_SHELL;
  for (const raw of tree.instructions) {
    while (shellPragmas[0] && shellPragmas[0].at < raw.start) {
      const { shell } = shellPragmas.shift()!;
      if (stage) state = withSetting(state, "shell", { value: shell, instruction: undefined });
      else defaultShell = shell;
    }
    const instruction = raw as Instruction;
    instruction.index = instructions.length;
    instructions.push(instruction);
    if (raw.keyword === "FROM") {
      if (stage) finishStage(stage, scope, state);
      stage = startStage(instruction, stages.length, global, byName);
      stages.push(stage);
      if (stage.name && !byName.has(stage.name)) byName.set(stage.name, stage);
      const parent = stage.base.stage;
      scope = parent ? (parent.scope as Frame) : baseScope(stage);
      state = parent ? parent.end : {
        user: undefined,
        workdir: { value: stage.base.kind === "scratch" ? "/" : undefined, instruction: undefined },
        shell: { value: stage.base.value && isWindowsImage(stage.base.value) ? WINDOWS_SHELL : defaultShell, instruction: undefined },
      };
      // Only ENV is inherited from a parent stage; its ARGs are not.
      scope = parent ? envOnly(scope) : scope;
      instruction.stage = stage;
      instruction.scope = global ?? EMPTY;
      instruction.state = state;
      continue;
    }
    instruction.stage = stage;
    instruction.scope = (stage ? scope : global) ?? EMPTY;
    instruction.state = state;
    if (!stage) {
      if (raw.keyword === "ARG") {
        for (const { name, value } of keyValues(instruction)) {
          const resolved = value === undefined ? undefined : expand(value.value, global ?? EMPTY, tree.escape);
          const known = argValue(name, value === undefined ? undefined : resolved);
          globalArgs.set(name, known);
          global = new Frame(global, name, known, "arg");
        }
      }
      continue;
    }
    stage.instructions.push(instruction);
    switch (raw.keyword) {
      case "ARG":
        for (const { name, value } of keyValues(instruction)) {
          const own = value === undefined ? undefined : expand(value.value, scope ?? EMPTY, tree.escape);
          const inherited = value === undefined && globalArgs.has(name) ? globalArgs.get(name) : own;
          scope = new Frame(scope, name, argValue(name, inherited), "arg");
        }
        break;
      case "ENV": {
        const frameBefore = scope ?? EMPTY;
        for (const { name, value } of keyValues(instruction)) {
          scope = new Frame(scope, name, value === undefined ? "" : expand(value.value, frameBefore, tree.escape), "env");
        }
        break;
      }
      case "USER": {
        const word = raw.args[0];
        state = withSetting(state, "user", { value: word && expand(word.value, scope ?? EMPTY, tree.escape), instruction });
        break;
      }
      case "WORKDIR": {
        const word = raw.args[0];
        const path = word && expand(word.value, scope ?? EMPTY, tree.escape);
        const value = path === undefined ? undefined
          : path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) ? path
            : state.workdir.value === undefined ? undefined : joinPath(state.workdir.value, path);
        state = withSetting(state, "workdir", { value, instruction });
        break;
      }
      case "SHELL":
        if (raw.form === "exec" && raw.args.length > 0) state = withSetting(state, "shell", { value: raw.args.map((word) => word.value), instruction });
        break;
      default:
        break;
    }
  }
  if (stage) finishStage(stage, scope, state);
  linkStages(stages, byName, tree.escape);
  const finalStage = chooseFinal(stages, options.target);
  markReach(finalStage);

  return {
    text,
    lines,
    escape: tree.escape,
    directives: tree.directives,
    comments: tree.comments,
    instructions,
    stages,
    finalStage,
    problems: tree.problems,
    resolve: (word, at) => expand(typeof word === "string" ? word : word.value, at.scope, tree.escape),
    rangeOf: (start, end) => lines.rangeOf(start, end),
    stageNamed: (name) => byName.get(name),
    derived: undefined,
  };
}

/**
 * One instruction's text parsed on its own, after `FROM scratch` (so that it sits in a stage): an edited instruction
 * read without the rest of its file. Undefined unless the text is exactly one instruction.
 */
export function parseInstructionAlone(text: string): { model: DockerfileModel; instruction: Instruction } | undefined {
  const model = parseDockerfile(`FROM scratch\n${text}\n`);
  const instruction = model.instructions[1];
  return instruction && model.instructions.length === 2 ? { model, instruction } : undefined;
}

/** The variables a stage starts with: everything its base image sets is unknown. `scratch` sets nothing. */
function baseScope(stage: Stage): Frame | undefined {
  return stage.base.kind === "scratch" ? undefined : new Frame(undefined, ANY, undefined, "env");
}

/**
 * A copy of a scope keeping only ENV frames (what a child stage inherits). The copy of each frame's chain is kept, and
 * the copies stand for themselves, so a stage built on a stage built on another copies only the frames added since:
 * 6,000 stages each built on the one before took 5 s, most of it collecting the copies of every ancestor's frames.
 */
function envOnly(scope: Frame | undefined): Frame | undefined {
  const uncopied: Frame[] = [];
  let frame = scope;
  for (; frame && !ENV_ONLY.has(frame); frame = frame.parent) uncopied.push(frame);
  let result = frame && ENV_ONLY.get(frame);
  for (const each of uncopied.reverse()) {
    if (each.kind === "env") {
      result = new Frame(result, each.name, each.value, "env");
      ENV_ONLY.set(result, result);
    }
    ENV_ONLY.set(each, result);
  }
  return result;
}

/** The ENV-only copy of each frame's chain (see `envOnly`); frames never change, so a copy stays right. */
const ENV_ONLY = new WeakMap<Frame, Frame | undefined>();

function startStage(from: Instruction, index: number, global: Frame | undefined, byName: Map<string, Stage>): Stage {
  const [imageWord, as, nameWord] = from.args;
  const hasName = as?.value.toLowerCase() === "as" && nameWord !== undefined;
  const value = imageWord && expand(imageWord.value, global ?? EMPTY);
  const lower = value?.toLowerCase();
  const parent = lower === undefined ? undefined : byName.get(lower);
  const kind: BaseKind = value === undefined ? "unknown" : parent ? "stage" : lower === "scratch" ? "scratch" : "image";
  const image = kind === "image" ? parseImageReference(value!) : undefined;
  return {
    index,
    name: hasName ? nameWord.value.toLowerCase() : undefined,
    nameWord: hasName ? nameWord : undefined,
    from,
    base: { word: imageWord, value, kind: kind === "image" && !image ? "unknown" : kind, image, stage: parent },
    platform: from.flags.find((flag) => flag.name === "platform"),
    instructions: [from],
    dependencies: parent ? [{ via: "from", stage: parent, reference: lower, instruction: from, word: imageWord! }] : [],
    isFinal: false,
    ships: false,
    needed: false,
    scope: global ?? EMPTY,
    end: { user: undefined, workdir: { value: undefined, instruction: undefined }, shell: { value: POSIX_SHELL, instruction: undefined } },
    derived: undefined,
  };
}

/** The state with one setting replaced, spelt out field by field: the object spread it replaces showed in profiles. */
function withSetting<Key extends keyof StageState>(state: StageState, key: Key, setting: StageState[Key]): StageState {
  const next: StageState = { user: state.user, workdir: state.workdir, shell: state.shell };
  next[key] = setting;
  return next;
}

function finishStage(stage: Stage, scope: Frame | undefined, state: StageState): void {
  stage.scope = scope ?? EMPTY;
  stage.end = state;
}

/** Adds `COPY --from` and `RUN --mount=from=` edges. A number refers to a stage by index. */
function linkStages(stages: Stage[], byName: Map<string, Stage>, escape: string): void {
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      const references: { via: "copy" | "mount"; word: Word; text: string }[] = [];
      if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
        const from = instruction.flags.find((flag) => flag.name === "from")?.value;
        if (from) references.push({ via: "copy", word: from, text: from.value });
      } else if (instruction.keyword === "RUN") {
        for (const flag of instruction.flags) {
          if (flag.name !== "mount" || !flag.value) continue;
          const from = /(?:^|,)from=([^,]*)/.exec(flag.value.value)?.[1];
          if (from !== undefined) references.push({ via: "mount", word: flag.value, text: from });
        }
      }
      for (const { via, word, text } of references) {
        const reference = expand(text, instruction.scope, escape)?.toLowerCase();
        const target = reference === undefined ? undefined
          : /^[0-9]+$/.test(reference) ? stages[Number(reference)] : byName.get(reference);
        stage.dependencies.push({ via, stage: target && target.index < stage.index ? target : undefined, reference, instruction, word });
      }
    }
  }
}

function chooseFinal(stages: Stage[], target: string | undefined): Stage | undefined {
  const chosen = target === undefined ? undefined : stages.find((stage) => stage.name === target.toLowerCase());
  const final = chosen ?? stages[stages.length - 1];
  if (final) final.isFinal = true;
  return final;
}

function markReach(final: Stage | undefined): void {
  for (let stage = final; stage && !stage.ships; stage = stage.base.stage) stage.ships = true;
  if (final) for (const stage of stagesNeededFor(final)) stage.needed = true;
}

/**
 * The `name=value` pairs of ARG, ENV and LABEL (and the legacy `ENV name value` form). For ARG a missing
 * `=value` gives value undefined.
 */
export function keyValues(instruction: RawInstruction): readonly KeyValue[] {
  return derived(instruction, KEY_VALUES, () => splitKeyValues(instruction));
}

export interface KeyValue {
  name: string;
  nameWord: Word;
  value: Word | undefined;
}

/** Many rules read the pairs of the same ARG/ENV/LABEL: split each instruction once. */
const KEY_VALUES = new DerivedKey<readonly KeyValue[]>("key=value pairs");

function splitKeyValues(instruction: RawInstruction): KeyValue[] {
  const args = instruction.args;
  const first = args[0];
  if (!first) return [];
  if ((instruction.keyword === "ENV" || instruction.keyword === "LABEL") && !first.raw.includes("=")) {
    // Legacy `ENV NAME value with spaces` (and `LABEL key value`, which BuildKit reads alike): everything after the
    // name is the value.
    const rest = args.slice(1);
    const last = rest[rest.length - 1];
    const value: Word | undefined = rest.length === 0 || !last ? undefined : {
      start: rest[0]!.start, end: last.end, range: { start: rest[0]!.range.start, end: last.range.end },
      raw: rest.map((word) => word.raw).join(" "), value: rest.map((word) => word.value).join(" "),
    };
    return [{ name: first.value, nameWord: first, value }];
  }
  return args.map((word, index) => {
    const rawEquals = word.raw.indexOf("=");
    const valueEquals = word.value.indexOf("=");
    if (rawEquals < 0 || valueEquals < 0) return { name: word.value, nameWord: word, value: undefined };
    const name = word.value.slice(0, valueEquals);
    return {
      name,
      nameWord: instruction.argPart(index, 0, rawEquals, name),
      value: instruction.argPart(index, rawEquals + 1, word.raw.length, word.value.slice(valueEquals + 1)),
    };
  });
}

/** The span of a whole instruction's arguments, from the first to the last word (flags excluded). */
export function argumentsSpan(instruction: Instruction): Span | undefined {
  const first = instruction.args[0];
  const last = instruction.args[instruction.args.length - 1];
  if (!first || !last) return undefined;
  return { start: first.start, end: last.end, range: { start: first.range.start, end: last.range.end } };
}

/**
 * The sources and destination of a COPY or ADD (flags excluded; JSON strings in exec form). Undefined with fewer
 * than two arguments or a heredoc source, whose "file" is in the Dockerfile itself.
 */
export function copyOperands(instruction: Instruction): { sources: Word[]; destination: Word } | undefined {
  const destination = instruction.args[instruction.args.length - 1];
  if (instruction.args.length < 2 || !destination || instruction.heredocs.length > 0) return undefined;
  return { sources: instruction.args.slice(0, -1), destination };
}

/** The span of one `name=value` pair of `keyValues` (just the name when it has no value). */
export function pairSpan(pair: { nameWord: Word; value: Word | undefined }): Span {
  const end = pair.value ?? pair.nameWord;
  return { start: pair.nameWord.start, end: end.end, range: { start: pair.nameWord.range.start, end: end.range.end } };
}
