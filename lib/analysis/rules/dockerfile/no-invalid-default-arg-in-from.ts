import { isValidImageReference } from "../../dockerfile/image";
import { expand, type VariableScope } from "../../dockerfile/variables";
import { defineDockerfileRule } from "../types";
import { lookupTable } from "../../lookup";

/** Values BuildKit gives the platform arguments; any valid platform works for reference checks. */
const PLATFORM_DEFAULTS = lookupTable<string>({
  BUILDPLATFORM: "linux/amd64", TARGETPLATFORM: "linux/amd64", BUILDOS: "linux", TARGETOS: "linux",
  BUILDARCH: "amd64", TARGETARCH: "amd64", BUILDVARIANT: "", TARGETVARIANT: "",
});

/**
 * The scope a FROM line has in a build without `--build-arg`: an ARG declared without a default is empty (not
 * unknown, as `context.resolve` has it), and the platform arguments have a sample value.
 */
function withoutBuildArgs(scope: VariableScope): VariableScope {
  return {
    lookup(name) {
      const found = scope.lookup(name);
      if (!found || found.value !== undefined) return found;
      return { value: PLATFORM_DEFAULTS[name] ?? "" };
    },
  };
}

export default defineDockerfileRule<{ image: string; resolved: string }>({
  meta: {
    id: "no-invalid-default-arg-in-from",
    aliases: ["InvalidDefaultArgInFrom", "baseNameEmpty"],
    category: "correctness",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "With its ARG defaults, a `FROM` names no valid image.",
      whatItDoes:
        "Expands a `FROM` image with the defaults of the global ARGs (and BuildKit's platform arguments) and flags it " +
        "when the result is empty or not a valid image reference, e.g. `node:` from an `ARG TAG` without default.",
      whyItMatters:
        "A plain `docker build` without `--build-arg` then fails, and tools that read the Dockerfile (scanners, " +
        "Dependabot, this review) cannot tell which base image it uses.",
      example: "ARG TAG\nFROM node:${TAG}\n",
      useInstead: "ARG TAG=22-slim\nFROM node:${TAG}\n",
      fixSafety: "No fix is offered: the right default is yours to choose.",
      whenNotToUse: "Dockerfiles that are only ever built by a pipeline that always passes the argument.",
    },
  },
  check({ model }, report) {
    for (const { base, from } of model.stages) {
      const { word } = base;
      // Only references built from variables: a literal invalid image is `no-invalid-image-reference`'s finding.
      if (!word || !word.raw.includes("$") || base.kind === "stage" || base.kind === "scratch") continue;
      const value = expand(word.value, withoutBuildArgs(from.scope), model.escape);
      if (value === undefined || value.toLowerCase() === "scratch" || model.stageNamed(value.toLowerCase())) continue;
      if (!isValidImageReference(value)) report({ range: word.range, data: { image: word.raw, resolved: value } });
    }
  },
  message: ({ image, resolved }) =>
    `With the ARG defaults, \`${image}\` becomes ${resolved === "" ? "empty" : `\`${resolved}\``}, which is not a valid image, so a build without \`--build-arg\` fails. Give the ARG a default value.`,
});
