import { pragmasOf } from "../../pragmas";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ comment: string }>({
  meta: {
    id: "no-inline-ignore",
    aliases: ["DL1001"],
    category: "style",
    severity: "style",
    profiles: { recommended: "off", strict: "off", hadolint: "off" },
    fileKind: "dockerfile",
    docs: {
      summary: "A comment silences a rule for the next instruction or stage.",
      whatItDoes:
        "Flags inline suppression comments — `# hadolint ignore=…`, `# hadolint stage ignore=…` and " +
        "`# shipshape-ignore …` — so that exceptions live in one reviewed place, the configuration file.",
      whyItMatters:
        "Inline ignores spread exceptions across many Dockerfiles where nobody reviews them together; a team that keeps " +
        "them in `.shipshape.yaml` or `.hadolint.yaml` sees every exception in one diff and can set a reason for each.",
      example: "FROM debian:12-slim\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n",
      useInstead: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n",
      fixSafety: "No fix: moving the exception into the configuration file is a decision about the whole project.",
      whenNotToUse:
        "Off by default, also in `strict` (as hadolint's DL1001 is): inline comments with a reason are a fine way to record " +
        "a one-off exception. Turn it on when your team keeps every exception in the configuration file.",
    },
  },
  check({ model }, report) {
    for (const pragma of pragmasOf(model).pragmas) {
      if (!pragma.inline || pragma.scope === "file" || !pragma.comment) continue;
      report({ range: pragma.comment.range, data: { comment: `# ${pragma.comment.text}` } });
    }
  },
  message: ({ comment }) =>
    `\`${comment}\` silences a rule here, out of sight of the project's configuration. Move the exception to \`.shipshape.yaml\` (or \`.hadolint.yaml\`) with its reason, or fix what it hides.`,
});
