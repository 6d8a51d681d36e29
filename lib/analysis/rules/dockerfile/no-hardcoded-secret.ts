import { notShippedNote } from "../../dockerfile/stages";
import { secretTokensIn } from "../../secrets";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ kind: string; keyword: string; note: string }>({
  meta: {
    id: "no-hardcoded-secret",
    aliases: ["Passwords And Secrets"],
    category: "security",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "A credential is written into the Dockerfile.",
      whatItDoes:
        "Flags values shaped like well-known credentials anywhere in an instruction: AWS access keys, GitHub, GitLab, " +
        "Slack, Stripe, npm, OpenAI/Anthropic and Google API keys, private keys, JSON Web Tokens and `user:password@` in URLs.",
      whyItMatters:
        "The credential is in the repository for everyone with read access, and in the image config or history for " +
        "everyone who can pull the image. Treat it as leaked: revoke it, then pass it as a build secret.",
      example: "FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n",
      useInstead: "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://bucket/file /file\n",
      fixSafety: "No fix is offered: the credential must be revoked, and deleting the line does not remove it from git history.",
      whenNotToUse: "Documented example values (such as AWS's `AKIAIOSFODNN7EXAMPLE`) in teaching material; suppress those lines.",
    },
  },
  check({ model }, report) {
    // One scan of the whole file (most of it is instructions anyway), then each token goes to the instruction holding it.
    const instructions = model.instructions;
    let index = 0;
    for (const token of secretTokensIn(model.text)) {
      while (index < instructions.length && instructions[index]!.end <= token.start) index++;
      const instruction = instructions[index];
      if (!instruction || instruction.start > token.start) continue;
      report({ range: model.rangeOf(token.start, token.end), data: { kind: token.kind, keyword: instruction.keyword, note: notShippedNote(instruction.stage) } });
    }
  },
  message: ({ kind, keyword, note }) =>
    `This \`${keyword}\` contains ${kind}, readable by anyone with the Dockerfile or the image${note}. Revoke it and pass a new one with \`RUN --mount=type=secret\`.`,
});
