import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ name: string; firstLine: number }>({
  meta: {
    id: "no-duplicate-stage-name",
    aliases: ["DL3024", "DuplicateStageName", "DS-0012", "CKV_DOCKER_11", "Same Alias In Different Froms", "alias-must-be-unique", "duplicateBuildStageName"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "Two stages have the same name.",
      whatItDoes: "Flags a `FROM … AS name` whose name (compared case-insensitively, as BuildKit does) was already used by an earlier stage.",
      whyItMatters:
        "BuildKit refuses to build a Dockerfile with duplicate stage names, and older builders silently resolve " +
        "`COPY --from=name` and `FROM name` to one of them, so artifacts can come from the wrong stage.",
      example: "FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM node:22 AS build\nRUN npm run build\n",
      useInstead: "FROM golang:1.23 AS build-api\nRUN go build -o /app .\nFROM node:22 AS build-web\nRUN npm run build\n",
      fixSafety: "No fix is offered: which references should follow the renamed stage is a decision only you can make.",
      whenNotToUse: "Never: a duplicate name is always an error.",
    },
  },
  check({ model }, report) {
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameWord) continue;
      const first = model.stageNamed(stage.name);
      if (first && first !== stage) {
        report({ range: stage.nameWord.range, data: { name: stage.nameWord.value, firstLine: first.from.range.start.line } });
      }
    }
  },
  message: ({ name, firstLine }) =>
    `The stage name \`${name}\` is already used on line ${firstLine}; BuildKit rejects duplicate stage names and references to it become ambiguous. Give this stage a unique name.`,
});
