import { keyValues, type Comment } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ kind: "stage" | "build argument"; name: string }>({
  meta: {
    id: "use-definition-description",
    aliases: ["InvalidDefinitionDescription", "stage-arg-description-comment"],
    category: "style",
    severity: "style",
    fileKind: "dockerfile",
    profiles: { recommended: "off", strict: "off" },
    docs: {
      summary: "The comment above a stage or ARG does not start with its name.",
      whatItDoes:
        "Flags a comment directly above `FROM … AS name` or `ARG name` whose first word is not that name, the " +
        "convention Docker's (experimental) build check and `docker buildx build --call=outline` use for descriptions. Off by default.",
      whyItMatters: "With `# name description` comments, `--call=outline` and `--call=targets` list stages and build arguments with their purpose.",
      example: "FROM golang:1.23 AS build\n# Version of the app\nARG VERSION=dev\n",
      useInstead: "FROM golang:1.23 AS build\n# VERSION of the app to stamp into the binary\nARG VERSION=dev\n",
      fixSafety: "No fix is offered: rewording a comment is yours to do.",
      whenNotToUse: "Off by default (a matter of taste): projects that do not use `--call=outline` never show the descriptions.",
    },
  },
  check({ model }, report) {
    // Lines of the comments, worked out only for a file with something to describe.
    let commentsByLine: Map<number, Comment> | undefined;
    for (const instruction of model.instructions) {
      const { keyword } = instruction;
      if (keyword !== "FROM" && keyword !== "ARG") continue;
      const name = keyword === "ARG" ? keyValues(instruction)[0]?.name : instruction.stage?.nameWord?.value;
      if (!name) continue;
      commentsByLine ??= new Map(model.comments.map((comment) => [comment.range.start.line, comment]));
      const comment = commentsByLine.get(instruction.range.start.line - 1);
      if (!comment) continue;
      const firstWord = comment.text.split(/\s+/)[0] ?? "";
      if (firstWord !== name) report({ range: comment.range, data: { kind: keyword === "ARG" ? "build argument" : "stage", name } });
    }
  },
  message: ({ kind, name }) =>
    `The comment above the ${kind} \`${name}\` is its description for \`docker buildx build --call=outline\`; start it with the name: \`# ${name} <description>\`.`,
});
