/** An image reference split as Docker does: `[registry/]repository[:tag][@digest]`. */
export interface ImageReference {
  /** The registry host as written (`ghcr.io`, `localhost:5000`), or undefined for Docker Hub. */
  registry: string | undefined;
  /** The repository path as written (`node`, `acme/api`); Docker Hub's implicit `library/` is not added. */
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
  /** Offsets of the tag and digest inside the reference text (after `:` / `@`), for exact ranges. */
  tagOffset: number | undefined;
  digestOffset: number | undefined;
}

/** Parses an image reference; undefined when the text is not one (empty, spaces, bad characters). */
export function parseImageReference(text: string): ImageReference | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/.test(text)) return undefined;
  let rest = text;
  let digest: string | undefined;
  let digestOffset: number | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    digestOffset = at + 1;
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  let tagOffset: number | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    tagOffset = colon + 1;
    rest = rest.slice(0, colon);
  }
  let registry: string | undefined;
  const slash = rest.indexOf("/");
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    // Docker's rule: the first component is a registry when it has a dot, a port or is `localhost`.
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  if (rest === "" || tag === "" || digest === "") return undefined;
  return { registry, repository: rest, tag, digest, tagOffset, digestOffset };
}

/** True for registries that Docker Hub answers (`docker.io`, `index.docker.io`, none given). */
export function isDockerHub(registry: string | undefined): boolean {
  return registry === undefined || registry === "docker.io" || registry === "index.docker.io" || registry === "registry-1.docker.io";
}

const NAME_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
/** Docker's reference grammar: stricter than `parseImageReference`, which also reads names with upper case. */
const VALID_REFERENCE = new RegExp(
  `^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?${NAME_COMPONENT}(?:/${NAME_COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+:[a-f0-9]{32,})?$`,
);

/** True when the text is a valid image reference as `docker build` accepts it (`[registry/]path[:tag][@digest]`). */
export function isValidImageReference(reference: string): boolean {
  return VALID_REFERENCE.test(reference);
}

/** The registry host of a parsed reference, lower-cased; Docker Hub short names are `docker.io`. */
export function registryOf(image: ImageReference): string {
  return image.registry?.toLowerCase() ?? "docker.io";
}

/** Windows container images (`mcr.microsoft.com/windows/servercore`, `golang:nanoserver-ltsc2022`…), by name or tag. */
export function isWindowsImage(reference: string): boolean {
  return /windows|nanoserver|servercore|ltsc20\d\d/i.test(reference);
}
