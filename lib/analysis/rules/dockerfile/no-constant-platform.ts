import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ platform: string }>({
  meta: {
    id: "no-constant-platform",
    aliases: ["DL3029", "FromPlatformFlagConstDisallowed", "Using Platform Flag with FROM Command", "avoid-platform-with-from"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "`FROM --platform` is hard-coded.",
      whatItDoes:
        "Flags `FROM --platform=<literal>`. Values built from `$BUILDPLATFORM`/`$TARGETPLATFORM` are fine, and so is " +
        "a constant platform on a stage whose name says which platform it is for (`AS build-arm64`).",
      whyItMatters:
        "A fixed platform makes a multi-platform build produce the same architecture for every target, and makes " +
        "builds on other hosts run under slow emulation. The build arguments let BuildKit pick the right one.",
      example: "FROM --platform=linux/amd64 node:22-slim\n",
      useInstead: "FROM --platform=$BUILDPLATFORM node:22-slim AS build\nFROM node:22-slim\n",
      fixSafety: "No fix is offered: whether the stage should follow the build or the target platform depends on what it does.",
      whenNotToUse: "Images that only exist for one architecture and that you never build for another.",
    },
  },
  check({ model }, report) {
    for (const { platform, name } of model.stages) {
      const value = platform?.value;
      if (!value || value.value === "" || value.raw.includes("$")) continue;
      // BuildKit exempts stages named after their platform, e.g. `AS build-amd64`.
      const [os, arch] = value.value.toLowerCase().split("/");
      if (name && ((arch && name.includes(arch)) || (os && name.includes(os)))) continue;
      report({ range: value.range, data: { platform: value.value } });
    }
  },
  message: ({ platform }) =>
    `The platform is fixed to \`${platform}\`, so multi-platform builds get this architecture for every target. Use \`$BUILDPLATFORM\` for build stages, or leave the flag out so the target platform applies.`,
});
