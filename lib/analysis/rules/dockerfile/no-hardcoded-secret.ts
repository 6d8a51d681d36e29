import type { Command, CommandWord } from "../../dockerfile/commands";
import { notShippedNote } from "../../dockerfile/stages";
import { secretTokensIn } from "../../secrets";
import { defineDockerfileRule } from "../types";

/** A password written out as a download tool's option: `curl -u user:password`, `wget --password=…`. */
function commandLinePassword(command: Command): { word: CommandWord; kind: string } | undefined {
  const option = command.program === "curl" ? command.option("-u") : command.program === "wget" ? command.option("--password") : undefined;
  const value = option?.value;
  if (!value?.word.literal || value.value.includes("$")) return undefined;
  // curl takes `user:password`; `-u user` alone makes it prompt, which a build cannot answer anyway.
  const password = command.program === "curl" ? value.value.slice(value.value.indexOf(":") + 1 || value.value.length) : value.value;
  return password ? { word: value.word, kind: `a password on ${command.program}'s command line` } : undefined;
}

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
        "Slack, Stripe, npm, OpenAI/Anthropic and Google API keys, private keys, JSON Web Tokens and `user:password@` in URLs; " +
        "and passwords written out on a download's command line (`curl -u user:password`, `wget --password=…`).",
      whyItMatters:
        "The credential is in the repository for everyone with read access, and in the image config or history for " +
        "everyone who can pull the image. Treat it as leaked: revoke it, then pass it as a build secret.",
      example: "FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n",
      useInstead: "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://bucket/file /file\n",
      fixSafety: "No fix is offered: the credential must be revoked, and deleting the line does not remove it from git history.",
      whenNotToUse: "Documented example values (such as AWS's `AKIAIOSFODNN7EXAMPLE`) in teaching material; suppress those lines.",
    },
  },
  check(context, report) {
    const { model } = context;
    // One scan of the whole file (most of it is instructions anyway), then each token goes to the instruction holding it.
    const instructions = model.instructions;
    let index = 0;
    for (const token of secretTokensIn(model.text)) {
      while (index < instructions.length && instructions[index]!.end <= token.start) index++;
      const instruction = instructions[index];
      if (!instruction || instruction.start > token.start) continue;
      report({ range: model.rangeOf(token.start, token.end), data: { kind: token.kind, keyword: instruction.keyword, note: notShippedNote(instruction.stage) } });
    }
    for (const run of instructions) {
      if (run.keyword !== "RUN") continue;
      for (const command of context.commands(run)) {
        const password = commandLinePassword(command);
        if (password) report({ range: password.word.range, data: { kind: password.kind, keyword: "RUN", note: notShippedNote(run.stage) } });
      }
    }
  },
  message: ({ kind, keyword, note }) =>
    `This \`${keyword}\` contains ${kind}, readable by anyone with the Dockerfile or the image${note}. Revoke it and pass a new one with \`RUN --mount=type=secret\`.`,
});
