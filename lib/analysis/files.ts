import { basename } from "./paths";
import type { FileKind } from "./types";

/** Infers what a file is from its name and, for unusual names, from its content. */
export function detectKind(path: string, content: string): FileKind {
  const name = basename(path).toLowerCase();
  if (name === ".dockerignore" || name.endsWith(".dockerignore")) return "dockerignore";
  if (/^(dockerfile|containerfile)([.-].*)?$/.test(name) || /\.(dockerfile|containerfile)$/.test(name)) return "dockerfile";
  if (/^(docker-)?compose([.-].*)?\.ya?ml$/.test(name)) return "compose";
  if (/\.ya?ml$/.test(name)) return /^services\s*:/m.test(content) ? "compose" : "other";
  if (/^\s*(#\s*(syntax|escape)=.*\n\s*)*(FROM|ARG)\s/i.test(content)) return "dockerfile";
  return "other";
}
