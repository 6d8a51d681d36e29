import { rangeOf } from "../../compose/nodes";
import { isDefaultOverride, serviceLayers } from "../../compose/project";
import { parseImage, resolvedText, serviceEntry } from "../../compose/query";
import type { Range } from "../../types";
import { defineComposeRule } from "../types";

/** Tags that name a channel rather than a version: they move whenever the publisher pushes. */
const FLOATING_TAGS = new Set(["latest", "stable", "edge", "test", "nightly", "dev", "develop", "beta", "canary", "lts", "current", "main", "master", "rolling"]);

export default defineComposeRule<{ service: string; image: string; tag: string | undefined }>({
  meta: {
    id: "pin-service-image",
    aliases: ["compose-image-explicit-tag", "service-image-require-explicit-tag"],
    category: "reliability",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "A service image has no tag, or a tag that moves (`latest`, `stable`…).",
      whatItDoes:
        "Flags `image:` values without a tag or digest, or with a floating tag such as `latest`, `stable`, `edge`, " +
        "`nightly`, `lts`. Defaults of `${VAR:-…}` are checked; images decided by a variable without default are not, nor the name a service gives the image it " +
        "builds (`build` beside `image`, or in the base file under a `compose.override.yaml`).",
      whyItMatters:
        "An untagged image is `latest`: each `docker compose pull` may bring a new major version, different hosts run " +
        "different code, and a rollback has nothing to return to.",
      example: "services:\n  cache:\n    image: redis\n",
      useInstead: "services:\n  cache:\n    image: redis:7.4-alpine\n",
      fixSafety: "No fix: only you know which version to stay on.",
      whenNotToUse: "Local experiments where following the newest version is the point.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      // With `build` here, or in the base file of a default override, `image` names what compose builds and tags.
      // Other files may be used alone (prebuilt images, a stack deployed to a swarm, where `build` is ignored).
      const layers = isDefaultOverride(file) ? serviceLayers(project, service.name) : [service];
      if (layers.slice(0, layers.indexOf(service) + 1).some((layer) => serviceEntry(layer, "build"))) continue;
      const found = serviceEntry(service, "image");
      const value = found?.value && resolvedText(found.value);
      if (!value) continue;
      const image = parseImage(value);
      if (image.digest || (image.tag && !FLOATING_TAGS.has(image.tag.toLowerCase()))) continue;
      const range: Range = rangeOf(file.lines, found!.value);
      report({ range, data: { service: service.name, image: value, tag: image.tag } });
    }
  },
  message: ({ service, image, tag }) =>
    tag
      ? `\`${service}\` uses \`${image}\`; \`${tag}\` moves whenever a new version is pushed, so deployments are not repeatable. Pin a version tag (or a digest).`
      : `\`${service}\` uses \`${image}\` without a tag, which means \`latest\`: each pull may bring a new major version. Pin a version tag (or a digest).`,
});
