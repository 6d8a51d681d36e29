import { defineWorkspaceRule } from "../types";

export default defineWorkspaceRule<{ name: string }>({
  meta: {
    id: "unknown-rule-in-pragma",
    aliases: [],
    category: "maintainability",
    severity: "warning",
    fileKind: "workspace",
    profiles: { hadolint: "off" },
    docs: {
      summary: "A suppression comment names a rule that does not exist.",
      whatItDoes:
        "Checks every name in `# hadolint ignore=…`, `# shipshape-ignore …` and `# check=skip=…` (in Dockerfiles, " +
        "compose files and .dockerignore files) against our rule ids and aliases, hadolint's and ShellCheck's codes " +
        "and BuildKit's check names.",
      whyItMatters:
        "A typo in a suppression silences nothing, and hadolint ignores it without a word: the finding you meant " +
        "to silence keeps coming back, or a whole pragma is dropped.",
      example: "FROM alpine:3.20\n# hadolint ignore=DL3700\nRUN echo hi\n",
      useInstead: "FROM alpine:3.20\n# hadolint ignore=DL3007\nRUN echo hi\n",
      fixSafety: "No fix is offered: the intended rule cannot be guessed.",
      whenNotToUse: "Never: remove or correct the name.",
    },
  },
  check({ workspace, isKnownRuleName }, report) {
    for (const file of workspace.files) {
      for (const pragma of file.pragmas.pragmas) {
        for (const name of pragma.names) if (!isKnownRuleName(name.name)) report({ path: file.path, range: name.range, data: { name: name.name } });
      }
    }
  },
  message: ({ name }) => `\`${name}\` is not a rule name, so this suppression silences nothing. Use a rule id, a hadolint code or a BuildKit check name.`,
});
