import type { DockerfileModel } from "./model";
import { expandVariables, globalArgs, PREDEFINED_ARGS } from "./variables";

/** Values BuildKit gives the platform arguments; any valid platform works for reference checks. */
const PLATFORM_DEFAULTS: ReadonlyMap<string, string> = new Map([
  ["BUILDPLATFORM", "linux/amd64"], ["TARGETPLATFORM", "linux/amd64"], ["BUILDOS", "linux"], ["TARGETOS", "linux"],
  ["BUILDARCH", "amd64"], ["TARGETARCH", "amd64"], ["BUILDVARIANT", ""], ["TARGETVARIANT", ""],
]);

/**
 * The values a FROM line sees when the build passes no `--build-arg`: global ARG defaults (undefined without a
 * default) and BuildKit's platform arguments.
 */
export function fromScope(model: DockerfileModel): Map<string, string | undefined> {
  const scope = new Map<string, string | undefined>(PLATFORM_DEFAULTS);
  for (const [name, value] of globalArgs(model)) scope.set(name, value);
  return scope;
}

/** Names a FROM line may use: global ARGs and BuildKit's predefined arguments. */
export function fromVariableNames(model: DockerfileModel): Set<string> {
  return new Set([...PREDEFINED_ARGS, ...globalArgs(model).keys()]);
}

/** Expands an image reference with the FROM scope; undefined when it depends on an unknown variable. */
export function resolveImage(model: DockerfileModel, image: string): string | undefined {
  return expandVariables(image, fromScope(model));
}

const NAME_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const REFERENCE = new RegExp(
  `^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?${NAME_COMPONENT}(?:/${NAME_COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+:[a-f0-9]{32,})?$`,
);

/** True when the text is a syntactically valid image reference (`[registry/]path[:tag][@digest]`). */
export function isValidImageReference(reference: string): boolean {
  return REFERENCE.test(reference);
}

/** The registry host of an image reference; Docker Hub short names are `docker.io`. */
export function registryOf(reference: string): string {
  const slash = reference.indexOf("/");
  const first = slash >= 0 ? reference.slice(0, slash) : "";
  return first.includes(".") || first.includes(":") || first === "localhost" ? first.toLowerCase() : "docker.io";
}
