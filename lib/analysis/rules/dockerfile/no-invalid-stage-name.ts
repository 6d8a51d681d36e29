import { defineDockerfileRule } from "../types";

/** BuildKit's rule for stage names, applied after lower-casing. */
const VALID_STAGE_NAME = /^[a-z][a-z0-9._-]*$/;

export default defineDockerfileRule<{ name: string }>({
  meta: {
    id: "no-invalid-stage-name",
    aliases: ["invalidBuildStageName"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "A stage name is not a valid name.",
      whatItDoes: "Flags stage names that do not start with a letter or contain characters other than letters, digits, `.`, `_` and `-`.",
      whyItMatters: "BuildKit rejects such names (`invalid name for build stage`), so the build fails before it starts.",
      example: "FROM golang:1.23 AS 1st-build\n",
      useInstead: "FROM golang:1.23 AS first-build\n",
      fixSafety: "No fix is offered: the new name is yours to choose.",
      whenNotToUse: "Never: the builder rejects the file.",
    },
  },
  check({ model }, report) {
    for (const { nameWord } of model.stages) {
      if (nameWord && !nameWord.value.includes("$") && !VALID_STAGE_NAME.test(nameWord.value.toLowerCase())) {
        report({ range: nameWord.range, data: { name: nameWord.value } });
      }
    }
  },
  message: ({ name }) =>
    `\`${name}\` is not a valid stage name, so the build fails. Start it with a letter and use only letters, digits, \`.\`, \`_\` and \`-\`.`,
});
