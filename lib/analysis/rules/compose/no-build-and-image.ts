import { rangeOf } from "../../compose/nodes";
import { serviceEntry } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string }>({
  meta: {
    id: "no-build-and-image",
    aliases: ["compose-build-xor-image"],
    category: "maintainability",
    severity: "info",
    fileKind: "compose",
    profiles: { recommended: "off" },
    docs: {
      summary: "A service has both `build` and `image` without a `pull_policy`.",
      whatItDoes: "Flags services that set `build:` and `image:` but no `pull_policy:`.",
      whyItMatters:
        "With both, Compose first tries to pull `image` and only builds when the pull fails, so a stale image from " +
        "the registry can silently replace your local changes. `pull_policy: build` makes the intent explicit.",
      example: "services:\n  app:\n    build: .\n    image: acme/app:1.4\n",
      useInstead: "services:\n  app:\n    build: .\n    image: acme/app:1.4\n    pull_policy: build\n",
      fixSafety: "No fix: whether the image should be pulled or built is your decision.",
      whenNotToUse: "Off by default: tagging a locally built image for a later push is a common, valid pattern.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      const image = serviceEntry(service, "image");
      if (image && serviceEntry(service, "build") && !serviceEntry(service, "pull_policy")) report({ range: rangeOf(file.lines, image.key), data: { service: service.name } });
    }
  },
  message: ({ service }) =>
    `\`${service}\` has both \`build\` and \`image\`: Compose pulls the image first and builds only when that fails, so your local changes can be ignored. Set \`pull_policy: build\` (or drop one of the two).`,
});
