import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  flag: string;
  /** The flag and the whitespace after it. */
  removal: Range;
}

const TARGET_PLATFORM = /^\$(TARGETPLATFORM|\{TARGETPLATFORM\})$/;

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-redundant-target-platform",
    aliases: ["DL3065", "RedundantTargetPlatform"],
    category: "style",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "`FROM --platform=$TARGETPLATFORM` is the default.",
      whatItDoes: "Flags `--platform=$TARGETPLATFORM` on `FROM`.",
      whyItMatters: "Every stage already builds for the target platform; the flag adds noise and suggests it changes something.",
      example: "FROM --platform=$TARGETPLATFORM alpine:3.20\n",
      useInstead: "FROM alpine:3.20\n",
      fixSafety: "Safe: removing the flag leaves the platform unchanged.",
      whenNotToUse: "Never: there is nothing to gain from the flag.",
    },
  },
  check({ model }, report) {
    for (const { platform } of model.stages) {
      if (!platform || !TARGET_PLATFORM.test(platform.value?.raw ?? "")) continue;
      const after = /^[ \t]*/.exec(model.text.slice(platform.end))![0].length;
      report({ range: platform.range, data: { flag: model.text.slice(platform.start, platform.end), removal: model.rangeOf(platform.start, platform.end + after) } });
    }
  },
  message: ({ flag }) => `\`${flag}\` is what every stage builds for anyway. Remove the flag.`,
  fix: ({ removal }) => ({ title: "Remove the --platform flag", applicability: "safe", edits: [{ range: removal, text: "" }] }),
});
