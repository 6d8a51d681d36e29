import type { ParsedOption } from "../../dockerfile/commands";
import type { Stage } from "../../dockerfile/model";
import { rootStage } from "../../dockerfile/stages";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  /** The flag as written, `--only=production` or `--production`. */
  written: string;
  /** The flag and its value word, which the fix replaces; undefined in exec form, where they are JSON strings. */
  range: Range | undefined;
}

/** `--production`, `--production=true`, `--only=prod`, `--only production`: all mean "without devDependencies". */
function omitsDev(option: ParsedOption): boolean {
  if (option.name === "--production") return option.value === undefined || option.value.value === "true";
  return option.name === "--only" && /^prod(uction)?$/.test(option.value?.value ?? "");
}

/** Node.js images whose npm (6 or older) has no `--omit`: versions up to 14, and their release names. */
const OLD_NPM_TAG = /^(([0-9]|1[0-4])(\.|-|$)|(boron|carbon|dubnium|erbium|fermium)(-|$))/;

/** True when the stage is built on an official Node.js image of version 14 or older. */
function hasOldNpm(stage: Stage | undefined): boolean {
  const image = stage && rootStage(stage).base.image;
  return image !== undefined && /^(library\/)?node$/.test(image.repository) && OLD_NPM_TAG.test(image.tag ?? "");
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-npm-omit-dev",
    aliases: ["npm-omit-dev"],
    category: "maintainability",
    severity: "info",
    fileKind: "dockerfile",
    docs: {
      summary: "`npm ci`/`npm install` uses the deprecated `--production` or `--only=production`.",
      whatItDoes:
        "Flags `--production` and `--only=prod[uction]` on `npm ci` and `npm install`, and replaces them with " +
        "`--omit=dev`, except on Node.js 14 images and older, whose npm 6 has no `--omit`.",
      whyItMatters:
        "Since npm 7 both flags are deprecated aliases that print a warning on every build; `--omit=dev` is the supported " +
        "spelling, and the one npm's documentation and future releases keep.",
      example: "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --only=production\n",
      useInstead: "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n",
      fixSafety: "Safe: `--omit=dev` installs the same packages on npm 7 and later (npm 6 and older, which Node.js 14 shipped, lacks it).",
      whenNotToUse: "Images still built with npm 6 or older.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      // npm 6 has no `--omit`: there `--production` is the way.
      if (run.keyword !== "RUN" || hasOldNpm(run.stage)) continue;
      for (const command of context.commands(run)) {
        if (!command.is("npm", "ci") && !command.is("npm", "install")) continue;
        for (const option of command.options.filter(omitsDev)) {
          // `--only production` is two words; `--only=production` one.
          const end = option.value && option.value.word.start >= option.word.end ? option.value.word.range.end : option.word.range.end;
          const range = { start: option.word.range.start, end };
          report({ range, data: { written: option.value ? `${option.written}=${option.value.value}` : option.written, range: command.origin === "exec" ? undefined : range } });
        }
      }
    }
  },
  message: ({ written }) => `\`${written}\` is deprecated since npm 7 and warns on every build; \`--omit=dev\` is the supported way to leave devDependencies out.`,
  fix: ({ range }) => range && { title: "Use `--omit=dev`", applicability: "safe", edits: [{ range, text: "--omit=dev" }] },
});
