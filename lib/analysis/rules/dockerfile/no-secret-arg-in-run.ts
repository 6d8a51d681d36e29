import type { CommandWord } from "../../dockerfile/commands";
import { keyValues } from "../../dockerfile/model";
import { notShippedNote } from "../../dockerfile/stages";
import { variableReferences } from "../../dockerfile/variables";
import { looksLikeSecretName } from "../../secrets";
import { defineDockerfileRule } from "../types";

interface Data {
  name: string;
  note: string;
}

/** The build arguments in scope of an instruction whose names say they hold a secret. */
function secretArgs(scope: { entries(): ReadonlyMap<string, { kind: "arg" | "env" }> }): Set<string> {
  const names = new Set<string>();
  for (const [name, { kind }] of scope.entries()) if (kind === "arg" && looksLikeSecretName(name)) names.add(name);
  return names;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-secret-arg-in-run",
    aliases: ["secret-arg-consumed-in-run"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "A `RUN` uses a build argument that holds a secret.",
      whatItDoes:
        "Flags `$NAME`/`${NAME}` in a `RUN` command (also in `sh -c` scripts and heredocs) where `NAME` is an `ARG` " +
        "whose name says it holds a secret (`GITHUB_TOKEN`, `NPM_TOKEN`, `DB_PASSWORD`…, the same names " +
        "`no-secrets-in-arg-env` reports). Text in single quotes, which the shell does not expand, is ignored.",
      whyItMatters:
        "Build arguments are not secret: every `RUN` after the `ARG` records its value in the image history " +
        "(`docker history`), in the build cache and in provenance attestations, and whatever the command writes " +
        "with it (a `.npmrc`, `.git-credentials`) stays in the layer. A secret mount is never written anywhere.",
      example:
        "FROM alpine:3.20\nARG GITHUB_TOKEN\nRUN git config --global credential.helper store \\\n" +
        " && echo \"https://oauth2:${GITHUB_TOKEN}@github.com\" > ~/.git-credentials\n",
      useInstead:
        "# syntax=docker/dockerfile:1\nFROM alpine:3.20\n" +
        "RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN git clone \"https://oauth2:${GITHUB_TOKEN}@github.com/org/repo.git\"\n",
      fixSafety: "No fix is offered: the build must then be run with `--secret id=…`, which only you can change.",
      whenNotToUse: "Arguments whose name sounds secret but that hold public values; suppress the line with a reason.",
    },
  },
  check(context, report) {
    // Only a declared ARG can be a secret build argument: most files declare none that looks like one.
    const declaresSecret = context.model.instructions.some((instruction) =>
      instruction.keyword === "ARG" && keyValues(instruction).some((pair) => looksLikeSecretName(pair.name)));
    if (!declaresSecret) return;
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      const secrets = secretArgs(run.scope);
      if (secrets.size === 0) continue;
      // `--mount=type=secret,env=NAME` sets NAME from the secret for this step.
      for (const mount of context.run(run).mounts) if (mount.type === "secret" && mount.options.env) secrets.delete(mount.options.env);
      const reported = new Set<string>();
      for (const command of context.commands(run)) {
        const words: CommandWord[] = [...command.assignments, ...command.words];
        for (const word of words) {
          for (const reference of variableReferences(word.raw)) {
            if (!secrets.has(reference.name) || reported.has(reference.name)) continue;
            reported.add(reference.name);
            // A word written on one line maps character for character; otherwise the whole word is shown.
            const exact = word.end - word.start === word.raw.length;
            const range = exact ? context.model.rangeOf(word.start + reference.start, word.start + reference.end) : word.range;
            report({ range, data: { name: reference.name, note: notShippedNote(run.stage) } });
          }
        }
      }
    }
  },
  message: ({ name, note }) =>
    `\`$${name}\` puts the build argument \`${name}\` into this step, and build arguments end up in the image history and build cache${note}. ` +
    `Pass it as a secret: \`RUN --mount=type=secret,id=${name.toLowerCase()},env=${name} …\` and build with \`--secret id=${name.toLowerCase()},env=${name}\`.`,
});
