import { isWindowsImage } from "./image";
import type { Stage } from "./model";
import { rootStage } from "./stages";

/**
 * What we know about well-known base images without pulling them. `undefined` means "unknown": rules must then
 * stay silent rather than guess.
 */
export interface ImageTraits {
  family: "scratch" | "distroless" | "alpine" | "debian" | "ubuntu" | "buildpack" | "unknown";
  shell: boolean | undefined;
  bash: boolean | undefined;
  curl: boolean | undefined;
  wget: boolean | undefined;
}

const UNKNOWN: ImageTraits = { family: "unknown", shell: undefined, bash: undefined, curl: undefined, wget: undefined };

/** Official language images whose variants follow the Docker library conventions. */
const LANGUAGE_IMAGES = new Set(["node", "python", "golang", "ruby", "openjdk", "eclipse-temurin", "rust", "perl"]);

function splitReference(reference: string): { path: string; tag: string } {
  const withoutDigest = reference.split("@")[0]!;
  const colon = withoutDigest.lastIndexOf(":");
  const slash = withoutDigest.lastIndexOf("/");
  const hasTag = colon > slash;
  const path = (hasTag ? withoutDigest.slice(0, colon) : withoutDigest).toLowerCase().replace(/^(docker\.io\/)?(library\/)?/, "");
  return { path, tag: hasTag ? withoutDigest.slice(colon + 1).toLowerCase() : "latest" };
}

/** Traits of an image reference (`alpine:3.20`, `node:22-slim`, `gcr.io/distroless/static`…). */
export function imageTraits(reference: string): ImageTraits {
  const { path, tag } = splitReference(reference);
  if (path === "scratch") return { family: "scratch", shell: false, bash: false, curl: false, wget: false };
  if (path.startsWith("gcr.io/distroless/")) {
    // The :debug variants add a busybox shell (with its wget).
    return tag.includes("debug")
      ? { family: "distroless", shell: true, bash: false, curl: false, wget: true }
      : { family: "distroless", shell: false, bash: false, curl: false, wget: false };
  }
  const alpine = { family: "alpine", shell: true, bash: false, curl: false, wget: true } as const;
  const slimDebian = { family: "debian", shell: true, bash: true, curl: false, wget: false } as const;
  if (path === "alpine") return alpine;
  if (path === "debian") return slimDebian;
  if (path === "ubuntu") return { ...slimDebian, family: "ubuntu" };
  if (LANGUAGE_IMAGES.has(path)) {
    if (tag.includes("alpine")) return alpine;
    if (tag.includes("slim")) return slimDebian;
    if (isWindowsImage(tag)) return UNKNOWN;
    // Full variants are built on buildpack-deps, which ships curl, wget and bash.
    return { family: "buildpack", shell: true, bash: true, curl: true, wget: true };
  }
  return UNKNOWN;
}

/** The traits of the image a stage starts from, following `FROM <stage>` to the first external image. */
export function stageBaseTraits(stage: Stage): ImageTraits {
  const base = rootStage(stage).base;
  return base.kind === "scratch" ? imageTraits("scratch") : base.kind === "image" && base.value ? imageTraits(base.value) : UNKNOWN;
}
