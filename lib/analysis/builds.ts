import type { Copy, Instruction } from "dockerfile-ast";
import { isScalar, type Node } from "yaml";
import type { ComposeFile, ComposeService } from "./compose/model";
import { entries, items, rangeOf, text } from "./compose/nodes";
import type { ComposeProject } from "./compose/project";
import { resolvedText, serviceEntry } from "./compose/query";
import { toRange, type DockerfileModel, type Stage } from "./dockerfile/model";
import type { DockerignoreFile } from "./dockerignore/model";
import { basename, dirname, joinPath, normalizePath } from "./paths";
import type { Range } from "./types";
import type { Workspace } from "./workspace";

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
  args: BuildArgument[];
}

function buildArguments(file: ComposeFile, node: Node | undefined): BuildArgument[] {
  if (!file.doc || !node) return [];
  const mapped = entries(file.doc, node).map((found) => ({ name: String(found.key.value), range: rangeOf(file.lines, found.key) }));
  const listed = items(file.doc, node).flatMap((item) => {
    const value = text(item);
    return value ? [{ name: value.split("=")[0]!, range: rangeOf(file.lines, item) }] : [];
  });
  return [...mapped, ...listed];
}

export function composeBuilds(workspace: Workspace): ComposeBuild[] {
  return workspace.files.flatMap((parsed) => {
    if (parsed.kind !== "compose") return [];
    const file = parsed.compose;
    return file.services.flatMap((service): ComposeBuild[] => {
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
      return [{
        compose: file,
        project: parsed.project,
        service,
        context,
        dockerfilePath,
        dockerfile: found?.kind === "dockerfile" ? found.dockerfile : undefined,
        target: targetName && targetEntry?.value ? { name: targetName, range: rangeOf(file.lines, targetEntry.value) } : undefined,
        args: buildArguments(file, field("args")?.value),
      }];
    });
  });
}

/** A Dockerfile of the review and a context it is built with. */
export interface DockerfileBuild {
  path: string;
  dockerfile: DockerfileModel;
  context: string;
}

/** Every Dockerfile with the contexts compose builds it with, or its own directory when no compose file builds it. */
export function dockerfileBuilds(workspace: Workspace, builds: readonly ComposeBuild[] = composeBuilds(workspace)): DockerfileBuild[] {
  return workspace.files.flatMap((parsed) => {
    if (parsed.kind !== "dockerfile") return [];
    const contexts = builds.filter((build) => build.dockerfile === parsed.dockerfile).map((build) => build.context);
    const unique = [...new Set(contexts.length > 0 ? contexts : [dirname(parsed.path)])];
    return unique.map((context) => ({ path: parsed.path, dockerfile: parsed.dockerfile, context }));
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

export function stageFor(dockerfile: DockerfileModel, target: string | undefined): Stage | undefined {
  return target ? dockerfile.stages.find((stage) => stage.name === target.toLowerCase()) : dockerfile.finalStage;
}

export interface DeclaredArg {
  name: string;
  hasDefault: boolean;
  range: Range;
}

export function declaredArgs(dockerfile: DockerfileModel): DeclaredArg[] {
  return dockerfile.instructions
    .filter((instruction) => instruction.getKeyword() === "ARG")
    .flatMap((instruction) => instruction.getArguments().map((argument) => {
      const value = argument.getValue();
      const equals = value.indexOf("=");
      return { name: equals === -1 ? value : value.slice(0, equals), hasDefault: equals !== -1, range: toRange(argument.getRange()) };
    }));
}

/** Ports a stage EXPOSEs (numbers only; `EXPOSE $PORT` is unknown and reported as undefined). */
export function exposedPorts(stage: Stage): Array<number | undefined> {
  return stage.instructions
    .filter((instruction) => instruction.getKeyword() === "EXPOSE")
    .flatMap((instruction) => instruction.getArguments().map((argument) => {
      const port = Number(argument.getValue().split("/")[0]!.split("-")[0]);
      return Number.isInteger(port) ? port : undefined;
    }));
}

export function stageHealthcheck(stage: Stage): Instruction | undefined {
  return stage.instructions.filter((instruction) => instruction.getKeyword() === "HEALTHCHECK").at(-1);
}

export interface CopySource {
  instruction: Instruction;
  /** The source as written, and as a path relative to the context. */
  source: string;
  path: string;
  range: Range;
}

/** Sources that COPY and ADD take from the build context (not from stages, images or URLs). */
export function contextSources(dockerfile: DockerfileModel): CopySource[] {
  return dockerfile.instructions.flatMap((instruction) => {
    const keyword = instruction.getKeyword();
    if (keyword !== "COPY" && keyword !== "ADD") return [];
    const content = instruction.getArgumentsContent() ?? "";
    if (content.trimStart().startsWith("[") || /<<-?\s*["']?[A-Za-z_]/.test(content)) return [];
    if ((instruction as Copy).getFlags().some((flag) => flag.getName() === "from")) return [];
    const words = instruction.getArguments().filter((argument) => !argument.getValue().startsWith("--"));
    return words.slice(0, -1).flatMap((argument) => {
      const source = argument.getValue();
      if (/^[a-z]+:\/\//i.test(source) || source.startsWith("git@")) return [];
      return [{ instruction, source, path: normalizePath(source.replace(/^\/+/, "")), range: toRange(argument.getRange()) }];
    });
  });
}
