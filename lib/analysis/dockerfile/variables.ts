import type { Arg } from "dockerfile-ast";
import type { DockerfileModel } from "./model";

/** Build arguments BuildKit defines without an `ARG` (usable in FROM and, once declared, in stages). */
export const PREDEFINED_ARGS: ReadonlySet<string> = new Set([
  "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
  "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE",
  "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "ALL_PROXY",
  "http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "all_proxy",
  "BUILDKIT_SYNTAX", "BUILDKIT_INLINE_CACHE", "BUILDKIT_MULTI_PLATFORM", "BUILDKIT_SANDBOX_HOSTNAME",
  "BUILDKIT_CONTEXT_KEEP_GIT_DIR", "BUILDKIT_CACHE_MOUNT_NS", "BUILDKIT_DOCKERFILE_CHECK", "SOURCE_DATE_EPOCH",
]);

/** The global ARGs (declared before the first FROM): name → default value, or undefined without a default. */
export function globalArgs(model: DockerfileModel): Map<string, string | undefined> {
  const args = new Map<string, string | undefined>();
  const firstFrom = model.stages[0]?.from;
  for (const instruction of model.instructions) {
    if (instruction === firstFrom) break;
    if (instruction.getKeyword() !== "ARG") continue;
    const property = (instruction as Arg).getProperty();
    if (property) args.set(property.getName(), property.getValue() ?? undefined);
  }
  return args;
}

/** A `$NAME` or `${NAME…}` reference in a string. */
export interface VariableReference {
  name: string;
  /** Offset of the `$` in the string. */
  start: number;
  end: number;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?` or undefined. */
  modifier: string | undefined;
  word: string | undefined;
}

const REFERENCE = /\\\$|\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?\})/g;

/** The variable references of a Dockerfile word, skipping escaped `\$`. */
export function variableReferences(text: string): VariableReference[] {
  const references: VariableReference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const name = match[1] ?? match[2];
    if (!name) continue;
    references.push({ name, start: match.index, end: match.index + match[0].length, modifier: match[3], word: match[4] });
  }
  return references;
}

/**
 * Expands references as BuildKit does for a non-shell word, given the values in scope (undefined: not set).
 * Returns undefined when a reference is unknown to `values` and has no modifier that decides the result.
 */
export function expandVariables(text: string, values: ReadonlyMap<string, string | undefined>): string | undefined {
  let result = "";
  let last = 0;
  for (const reference of variableReferences(text)) {
    if (!values.has(reference.name) && reference.modifier === undefined) return undefined;
    const value = values.get(reference.name);
    const set = reference.modifier?.startsWith(":") ? value !== undefined && value !== "" : value !== undefined;
    let replacement: string;
    switch (reference.modifier?.replace(":", "")) {
      case "-": replacement = set ? value! : reference.word ?? ""; break;
      case "+": replacement = set ? reference.word ?? "" : ""; break;
      case "?": if (!set) return undefined; replacement = value!; break;
      default: replacement = value ?? "";
    }
    result += text.slice(last, reference.start) + replacement;
    last = reference.end;
  }
  return result + text.slice(last);
}

/** Single-quoted text is not expanded in Dockerfiles; blank it out (keeping offsets) before looking for `$`. */
export function withoutSingleQuoted(text: string): string {
  return text.replace(/'[^']*'/g, (quoted) => " ".repeat(quoted.length));
}
