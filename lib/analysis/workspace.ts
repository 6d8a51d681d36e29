import { parseCompose, type ComposeFile } from "./compose/model";
import { composeProjects, type ComposeProject } from "./compose/project";
import { parseDockerfile, type DockerfileModel } from "./dockerfile/model";
import { parseDockerignore, type DockerignoreFile } from "./dockerignore/model";
import { detectKind } from "./files";
import { normalizePath } from "./paths";
import type { FileKind, SourceFile } from "./types";

/** One file of a review, parsed once for every rule that reads it. */
export type ParsedFile =
  | { path: string; kind: "dockerfile"; dockerfile: DockerfileModel }
  | { path: string; kind: "compose"; compose: ComposeFile; project: ComposeProject }
  | { path: string; kind: "dockerignore"; dockerignore: DockerignoreFile }
  | { path: string; kind: Exclude<FileKind, "dockerfile" | "compose" | "dockerignore"> };

/** All files of one review: what workspace rules read to judge files against each other. */
export interface Workspace {
  files: ParsedFile[];
  /** Finds a file by path (normalised: `./a/../b` is `b`). */
  file(path: string): ParsedFile | undefined;
}

export function buildWorkspace(sources: readonly SourceFile[]): Workspace {
  const partial = sources.map((source) => {
    const kind = detectKind(source.path, source.content);
    if (kind === "dockerfile") return { path: source.path, kind, dockerfile: parseDockerfile(source.content) } as const;
    if (kind === "compose") return { path: source.path, kind, compose: parseCompose(source.path, source.content) } as const;
    if (kind === "dockerignore") return { path: source.path, kind, dockerignore: parseDockerignore(source.path, source.content) } as const;
    return { path: source.path, kind } as const;
  });
  const composeFiles = partial.flatMap((file) => (file.kind === "compose" ? [file.compose] : []));
  const projects = composeProjects(composeFiles);
  const files: ParsedFile[] = partial.map((file) => (file.kind === "compose" ? { ...file, project: projects.get(file.compose)! } : file));
  const byPath = new Map(files.map((file) => [normalizePath(file.path), file]));
  return { files, file: (path) => byPath.get(normalizePath(path)) };
}
