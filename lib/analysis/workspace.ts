import { flatMapped } from "./arrays";
import { parseCompose, type ComposeFile } from "./compose/model";
import { composeProjects, type ComposeProject } from "./compose/project";
import { parseDockerfile, type DockerfileModel, type ParseOptions } from "./dockerfile/model";
import { parseDockerignore, type DockerignoreFile } from "./dockerignore/model";
import { detectKind } from "./files";
import { normalizePath } from "./paths";
import { composePragmas, dockerignorePragmas, NO_PRAGMAS, pragmasOf, type FilePragmas } from "./pragmas";
import type { FileKind, SourceFile } from "./types";
import type { Derivable } from "./derived";

/** One file of a review, parsed once for every rule that reads it, with its suppression comments. */
export type ParsedFile = {
  path: string;
  pragmas: FilePragmas;
  /** Why the file could not be read (a parser bug): it then stands as an empty file of its kind, and no rule reads it. */
  failure?: unknown;
} & (
  | { kind: "dockerfile"; dockerfile: DockerfileModel }
  | { kind: "compose"; compose: ComposeFile; project: ComposeProject }
  | { kind: "dockerignore"; dockerignore: DockerignoreFile }
  | { kind: Exclude<FileKind, "dockerfile" | "compose" | "dockerignore">; content: string }
);

/** All files of one review: what workspace rules read to judge files against each other. */
export interface Workspace extends Derivable {
  files: ParsedFile[];
  /** The stage the review builds (`--target`), when one is named. */
  target: string | undefined;
  /** Finds a file by path (normalised: `./a/../b` is `b`). */
  file(path: string): ParsedFile | undefined;
}

/** Parses every file of a review; Dockerfiles with the build's target and `--build-arg` values. */
export function buildWorkspace(sources: readonly SourceFile[], options: ParseOptions = {}): Workspace {
  const partial = sources.map((source) => readFile(source, options));
  const composeFiles = flatMapped(partial, (file) => (file.kind === "compose" ? [file.compose] : []));
  const projects = composeProjects(composeFiles);
  const files: ParsedFile[] = partial.map((file) => (file.kind === "compose"
    ? { path: file.path, kind: file.kind, compose: file.compose, pragmas: file.pragmas, failure: file.failure, project: projects.get(file.compose)! }
    : file));
  const byPath = new Map(files.map((file) => [normalizePath(file.path), file]));
  return { files, target: options.target, file: (path) => byPath.get(normalizePath(path)), derived: undefined };
}

/** A file parsed by its kind. The parsers never throw on any input known: should one, the others are still reviewed. */
function readFile(source: SourceFile, options: ParseOptions) {
  const kind = detectKind(source.path, source.content);
  try {
    return { ...parseFile(source, kind, options), failure: undefined as unknown };
  } catch (failure) {
    return { ...parseFile({ path: source.path, content: "" }, kind, options), failure };
  }
}

function parseFile({ path, content }: SourceFile, kind: FileKind, options: ParseOptions) {
  if (kind === "dockerfile") {
    const dockerfile = parseDockerfile(content, options);
    return { path, kind, dockerfile, pragmas: pragmasOf(dockerfile) } as const;
  }
  if (kind === "compose") {
    const compose = parseCompose(path, content);
    return { path, kind, compose, pragmas: composePragmas(compose) } as const;
  }
  if (kind === "dockerignore") {
    const dockerignore = parseDockerignore(path, content);
    return { path, kind, dockerignore, pragmas: dockerignorePragmas(dockerignore.lines) } as const;
  }
  // Other files (entrypoint scripts, package.json…) are read as text by the rules that need them.
  return { path, kind, content, pragmas: NO_PRAGMAS } as const;
}
