import type { LessonFile } from "./types";

/**
 * The .dockerignore of a lesson's fixed version: the project's own outputs and caches, then what every build context
 * should leave out (the Git history, dependencies installed on the host, environment files, keys, logs).
 */
export function dockerignore(...project: string[]): LessonFile {
  const patterns = [".git", ...project, "node_modules", ".env*", "**/*.pem", "**/*.key", "**/id_rsa*", "**/id_ed25519*", "**/*.log", "logs"];
  return { path: ".dockerignore", content: `${patterns.join("\n")}\n` };
}
