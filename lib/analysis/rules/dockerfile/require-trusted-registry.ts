import { parseImageReference, registryOf } from "../../dockerfile/image";
import type { DockerfileModel } from "../../dockerfile/model";
import { referenceSpan } from "../../dockerfile/stages";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  image: string;
  registry: string;
  trusted: string[];
}

/** hadolint's patterns: `*`, `*.suffix`, `prefix*`, or an exact host; Docker Hub also answers to `hub.docker.com`. */
function isTrusted(registry: string, patterns: readonly string[]): boolean {
  const names = registry === "docker.io" ? ["docker.io", "hub.docker.com", "index.docker.io"] : [registry];
  return patterns.some((pattern) => {
    const lower = pattern.toLowerCase();
    if (lower === "*") return true;
    if (lower.startsWith("*")) return names.some((name) => name.endsWith(lower.slice(1)));
    if (lower.endsWith("*")) return names.some((name) => name.startsWith(lower.slice(0, -1)));
    return names.includes(lower);
  });
}

/** Every image (not stage) reference, resolved: FROM images, `COPY --from=<image>` and `RUN --mount=…,from=<image>`. */
function imageReferences(model: DockerfileModel): { image: string; range: Range }[] {
  const found: { image: string; range: Range }[] = [];
  for (const stage of model.stages) {
    if (stage.base.kind === "image" && stage.base.word) found.push({ image: stage.base.value!, range: stage.base.word.range });
    for (const dependency of stage.dependencies) {
      const { via, stage: source, reference } = dependency;
      if (via === "from" || source || reference === undefined || reference === "context" || /^\d+$/.test(reference)) continue;
      // A later stage is not an image (`no-unknown-copy-from` reports the forward reference).
      if (model.stageNamed(reference)) continue;
      const span = referenceSpan(model, dependency);
      found.push({ image: span.text, range: span.range });
    }
  }
  return found;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "require-trusted-registry",
    aliases: ["DL3026"],
    category: "security",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    exampleSettings: { trustedRegistries: ["registry.example.com", "*.gcr.io"] },
    docs: {
      summary: "An image comes from a registry outside the configured list.",
      whatItDoes:
        "With `trustedRegistries` (a top-level key of `.shipshape.yaml`) configured (hosts, `*.suffix`, `prefix*` or `*`), flags images in `FROM`, " +
        "`COPY --from` and `RUN --mount=…,from=` whose registry is not listed. Docker Hub short names count as " +
        "`docker.io`; stage names and images that depend on unresolvable variables are skipped. Without the option the " +
        "rule does nothing.",
      whyItMatters: "Supply-chain policy: images from unvetted registries bypass the scanning and mirroring your organisation relies on.",
      example: "FROM node:22-slim\n",
      useInstead: "FROM registry.example.com/library/node:22-slim\n",
      fixSafety: "No fix is offered: mirrored image names differ per organisation.",
      whenNotToUse: "Projects without a registry policy (leave `trustedRegistries` unset).",
    },
  },
  check({ model, settings }, report) {
    const trusted = settings.trustedRegistries;
    if (trusted.length === 0) return;
    for (const { image, range } of imageReferences(model)) {
      const parsed = parseImageReference(image);
      if (!parsed) continue;
      const registry = registryOf(parsed);
      if (!isTrusted(registry, trusted)) report({ range, data: { image, registry, trusted } });
    }
  },
  message: ({ image, registry, trusted }) =>
    `\`${image}\` comes from \`${registry}\`, which is not among the trusted registries (${trusted.map((each) => `\`${each}\``).join(", ")}). Use a mirror in a trusted registry.`,
});
