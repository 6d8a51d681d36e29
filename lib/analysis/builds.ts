import { isScalar, type Node } from "yaml";
import { flatMapped } from "./arrays";
import type { ComposeFile, ComposeService } from "./compose/model";
import { entries, items, rangeOf, text } from "./compose/nodes";
import type { ComposeProject } from "./compose/project";
import { resolvedText, serviceEntry } from "./compose/query";
import { keyValues, type DockerfileModel, type Instruction, type Stage } from "./dockerfile/model";
import { stagesNeededFor } from "./dockerfile/stages";
import type { DockerignoreFile } from "./dockerignore/model";
import { basename, dirname, joinPath, normalizePath } from "./paths";
import type { Range } from "./types";
import type { Workspace } from "./workspace";
import { derived, DerivedKey } from "./derived";

/** How the files of a review refer to each other: compose builds, their Dockerfiles, contexts and .dockerignore. */

export interface BuildArgument {
  name: string;
  /** The key (mapping form) or the whole `NAME=value` item (list form). */
  range: Range;
}

/** A compose service's `build:`, resolved against the compose file's directory. */
export interface ComposeBuild {
  compose: ComposeFile;
  project: ComposeProject;
  service: ComposeService;
  context: string;
  dockerfilePath: string;
  /** The Dockerfile, when it is part of the review. */
  dockerfile: DockerfileModel | undefined;
  target: { name: string; range: Range } | undefined;
  /** The stage the service builds: its `target`, or the last stage (`docker compose` ignores `--target`). */
  stage: Stage | undefined;
  args: BuildArgument[];
}

function buildArguments(file: ComposeFile, node: Node | undefined): BuildArgument[] {
  if (!file.doc || !node) return [];
  const mapped = entries(file.doc, node).map((found) => ({ name: String(found.key.value), range: rangeOf(file.lines, found.key) }));
  const listed = flatMapped(items(file.doc, node), (item) => {
    const value = text(item);
    return value ? [{ name: value.split("=")[0]!, range: rangeOf(file.lines, item) }] : [];
  });
  return [...mapped, ...listed];
}

/** Several rules read the builds of the same review: they are worked out once per workspace. */
const COMPOSE_BUILDS = new DerivedKey<ComposeBuild[]>("compose builds");
const DOCKERFILE_BUILDS = new DerivedKey<DockerfileBuild[]>("Dockerfile builds");

export function composeBuilds(workspace: Workspace): ComposeBuild[] {
  return derived(workspace, COMPOSE_BUILDS, () => readComposeBuilds(workspace));
}

function readComposeBuilds(workspace: Workspace): ComposeBuild[] {
  return flatMapped(workspace.files, (parsed) => {
    if (parsed.kind !== "compose") return [];
    const file = parsed.compose;
    return flatMapped(file.services, (service): ComposeBuild[] => {
      const build = serviceEntry(service, "build");
      if (!build?.value || !file.doc) return [];
      const field = (key: string) => entries(file.doc!, build.value).find((found) => found.key.value === key);
      const contextValue = isScalar(build.value) ? resolvedText(build.value) : resolvedText(field("context")?.value) ?? ".";
      if (contextValue === undefined || /^[a-z]+:\/\//i.test(contextValue) || /^git@/.test(contextValue) || field("dockerfile_inline")) return [];
      const context = joinPath(dirname(file.path), contextValue);
      const dockerfileValue = resolvedText(field("dockerfile")?.value) ?? "Dockerfile";
      const dockerfilePath = joinPath(context, dockerfileValue);
      const found = workspace.file(dockerfilePath);
      const targetEntry = field("target");
      const targetName = resolvedText(targetEntry?.value);
      const dockerfile = found?.kind === "dockerfile" ? found.dockerfile : undefined;
      return [{
        compose: file,
        project: parsed.project,
        service,
        context,
        dockerfilePath,
        dockerfile,
        target: targetName && targetEntry?.value ? { name: targetName, range: rangeOf(file.lines, targetEntry.value) } : undefined,
        stage: dockerfile && (targetName ? stageNamed(dockerfile, targetName) : dockerfile.stages.at(-1)),
        args: buildArguments(file, field("args")?.value),
      }];
    });
  });
}

/** A Dockerfile of the review, a context it is built with, and the stages that build runs. */
export interface DockerfileBuild {
  path: string;
  dockerfile: DockerfileModel;
  context: string;
  /** The stages a named target needs; every stage when no target is named (any of them may be built). */
  stages: Stage[];
}

/**
 * Every Dockerfile with the contexts and targets compose builds it with, or its own directory and the review's
 * `--target` when no compose file builds it.
 */
export function dockerfileBuilds(workspace: Workspace): DockerfileBuild[] {
  return derived(workspace, DOCKERFILE_BUILDS, () => readDockerfileBuilds(workspace, composeBuilds(workspace)));
}

function readDockerfileBuilds(workspace: Workspace, builds: readonly ComposeBuild[]): DockerfileBuild[] {
  return flatMapped(workspace.files, (parsed) => {
    if (parsed.kind !== "dockerfile") return [];
    const { dockerfile } = parsed;
    const users = builds.filter((build) => build.dockerfile === dockerfile).map((build) => ({ context: build.context, target: build.target?.name }));
    const unique = new Map<string, { context: string; target: string | undefined }>();
    for (const use of users.length > 0 ? users : [{ context: dirname(parsed.path), target: workspace.target }]) unique.set(`${use.context}\0${use.target ?? ""}`, use);
    return [...unique.values()].map(({ context, target }) => {
      const stage = target === undefined ? undefined : stageNamed(dockerfile, target);
      return { path: parsed.path, dockerfile, context, stages: stage ? [...stagesNeededFor(stage)].sort((a, b) => a.index - b.index) : dockerfile.stages };
    });
  });
}

/** The .dockerignore BuildKit uses: `<Dockerfile name>.dockerignore` next to the Dockerfile first, then the context's. */
export function dockerignoreFor(workspace: Workspace, build: DockerfileBuild): DockerignoreFile | undefined {
  for (const candidate of [joinPath(dirname(build.path), `${basename(build.path)}.dockerignore`), joinPath(build.context, ".dockerignore")]) {
    const found = workspace.file(candidate);
    if (found?.kind === "dockerignore") return found.dockerignore;
  }
  return undefined;
}

/** The stage called `name`, matched as BuildKit does (case-insensitively). */
function stageNamed(dockerfile: DockerfileModel, name: string): Stage | undefined {
  return dockerfile.stages.find((stage) => stage.name === name.toLowerCase());
}

export interface DeclaredArg {
  name: string;
  hasDefault: boolean;
  range: Range;
}

export function declaredArgs(dockerfile: DockerfileModel): DeclaredArg[] {
  const args = dockerfile.instructions.filter((instruction) => instruction.keyword === "ARG");
  return flatMapped(args, (instruction) => keyValues(instruction).map(({ name, nameWord, value }) => ({
    name,
    hasDefault: value !== undefined,
    // The whole `NAME=default` word, as written.
    range: value ? { start: nameWord.range.start, end: value.range.end } : nameWord.range,
  })));
}

/** A stage's instructions with this keyword, and those of the stages it is built FROM (inherited), nearest first. */
function inherited(stage: Stage, keyword: string): Instruction[] {
  const found: Instruction[] = [];
  for (let current: Stage | undefined = stage; current; current = current.base.stage) {
    found.push(...current.instructions.filter((instruction) => instruction.keyword === keyword).reverse());
  }
  return found;
}

/** Ports a stage EXPOSEs, its parent stages' included (numbers only; an unknown `EXPOSE $PORT` is undefined). */
export function exposedPorts(dockerfile: DockerfileModel, stage: Stage): Array<number | undefined> {
  return flatMapped(inherited(stage, "EXPOSE"), (instruction) => instruction.args.map((word) => {
    const port = Number(dockerfile.resolve(word, instruction)?.split("/")[0]!.split("-")[0]);
    return Number.isInteger(port) ? port : undefined;
  }));
}

/** The HEALTHCHECK in effect in a stage: its last own one, or one inherited from the stage it is built FROM. */
export function stageHealthcheck(stage: Stage): Instruction | undefined {
  return inherited(stage, "HEALTHCHECK")[0];
}

export interface CopySource {
  instruction: Instruction;
  /** The source as written, and as a path relative to the context (variables resolved). */
  source: string;
  path: string;
  range: Range;
}

/** Sources that COPY and ADD take from the build context (not from stages, images, URLs or heredocs) in a build. */
export function contextSources({ dockerfile, stages }: DockerfileBuild): CopySource[] {
  return flatMapped(flatMapped(stages, (stage) => stage.instructions), (instruction) => {
    if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") return [];
    if (instruction.flags.some((flag) => flag.name === "from")) return [];
    const heredocOpeners = new Set(instruction.heredocs.map((heredoc) => heredoc.opener.start));
    return flatMapped(instruction.args.slice(0, -1), (word) => {
      const source = word.value;
      const resolved = dockerfile.resolve(word, instruction);
      if (heredocOpeners.has(word.start) || resolved === undefined || /^[a-z]+:\/\//i.test(resolved) || resolved.startsWith("git@")) return [];
      return [{ instruction, source, path: normalizePath(resolved.replace(/^\/+/, "")), range: word.range }];
    });
  });
}
