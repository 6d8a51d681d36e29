import { DerivedKey } from "../../derived";
import type { Command, CommandWord } from "../../dockerfile/commands";
import { replaceSpan } from "../../dockerfile/edits";
import { derivedAlongLineage } from "../../dockerfile/stages";
import type { Instruction, Stage } from "../../dockerfile/model";
import { basename, dirname } from "../../paths";
import type { Applicability, Range, TextEdit } from "../../types";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";
import { reviewShowsYarnBerry } from "./package-managers";
import { contextCopiesIn, copiesFileInto, isYarnInstall } from "./support/dependency-installs";

interface Data {
  /** The install as written, `npm install` or `yarn install`. */
  written: string;
  /** What to write instead. */
  instead: string;
  /** Undefined in exec form, where the words are JSON strings. */
  edit: TextEdit | undefined;
  applicability: Applicability;
  /** Why the fix may break the build, if it may. */
  caveat: string | undefined;
  /** `yarn --pure-lockfile`: the lockfile is not written, but versions are still resolved. */
  pure?: boolean;
}

const NPM_LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json"];

/**
 * Why `npm ci` might not find a lockfile, or undefined when a COPY visibly puts one into the directory the install
 * runs in (and the review does not show it missing).
 */
function lockfileDoubt(context: DockerfileRuleContext, run: Instruction, install: Command, changesDirectoryBefore: boolean): string | undefined {
  const names = new Set(context.files.map((file) => basename(file.path)));
  if (names.has("package.json") && !NPM_LOCKFILES.some((name) => names.has(name))) {
    return "the review has a `package.json` but no `package-lock.json`: commit one first, `npm ci` fails without it";
  }
  // `cd sub && npm install` or `--prefix sub` installs elsewhere than the WORKDIR the copies are judged against.
  if (install.has("--prefix") || changesDirectoryBefore) {
    return "check that `package-lock.json` is in the directory this install runs in";
  }
  const workdir = run.state.workdir.value;
  const copiedAt = workdir === undefined ? undefined : lockfileCopies(context, run.stage!).get(workdir);
  return copiedAt !== undefined && copiedAt < run.index ? undefined : "`npm ci` needs `package-lock.json` next to `package.json`: copy it in first";
}

const LOCKFILE_COPIES = new DerivedKey<ReadonlyMap<string, number>>("directories an npm lockfile is copied into");

/**
 * The directories into which the build-context copies of a stage (and of the stages it builds on) put an npm lockfile,
 * each with the position of the first such copy in the file: kept per stage, not read again at every install.
 */
function lockfileCopies(context: DockerfileRuleContext, stage: Stage): ReadonlyMap<string, number> {
  return derivedAlongLineage(stage, LOCKFILE_COPIES, new Map(), (inherited, each) => {
    let extended: Map<string, number> | undefined;
    for (const copy of contextCopiesIn(context, each)) {
      if (copy.destination === undefined) continue;
      // Into the destination (`COPY package*.json ./`), or as the file it names (`COPY package-lock.json ./package-lock.json`).
      for (const directory of [copy.destination, dirname(copy.destination)]) {
        if ((extended ?? inherited).has(directory) || !NPM_LOCKFILES.some((name) => copiesFileInto(copy, name, directory))) continue;
        (extended ??= new Map(inherited)).set(directory, copy.instruction.index);
      }
    }
    return extended ?? inherited;
  });
}

/** pnpm and Yarn 2+ install frozen by default when `CI` is set (by `ENV CI=true`, or on the command). */
function setsCi(run: Instruction, command: Command): boolean {
  const value = command.assignments.find((word) => word.value.startsWith("CI="))?.value.slice(3) ?? run.scope.lookup("CI")?.value;
  return value !== undefined && value !== "" && value !== "false" && value !== "0";
}

/** Yarn 2+ (Berry) spells the frozen install `--immutable`. */
const yarnFrozenFlag = (context: DockerfileRuleContext) => (reviewShowsYarnBerry(context) ? "--immutable" : "--frozen-lockfile");

/** From the program to the subcommand: `npm install`, `yarn`. */
const installRange = (context: DockerfileRuleContext, command: Command): Range =>
  context.model.rangeOf(command.programWord!.start, (command.subcommand ?? command.programWord!).end);

/** Inserts a flag after a word (the subcommand, or the program for a bare `yarn`). */
const insertAfter = (word: CommandWord, text: string): TextEdit => ({ range: { start: word.range.end, end: word.range.end }, text });

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-frozen-lockfile",
    aliases: ["deterministic-lockfile-install", "prefer-npm-ci"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "A Node.js dependency install may ignore or rewrite the lockfile.",
      whatItDoes:
        "Flags `npm install` without package names (use `npm ci`), `yarn install` (or bare `yarn`) without " +
        "`--frozen-lockfile` (`--immutable` for Yarn 2+, recognised by a `.yarnrc.yml` or the `packageManager` field " +
        "of a `package.json` in the review), and `pnpm install` without `--frozen-lockfile`. pnpm and Yarn 2+ " +
        "installs with `CI` set (`ENV CI=true`) are frozen by default and pass.",
      whyItMatters:
        "These commands resolve versions again when `package.json` and the lockfile disagree, and update the lockfile " +
        "inside the image: the build installs something nobody reviewed, and the next build may install something else. " +
        "`npm ci` and the frozen flags install exactly the lockfile and fail loudly when it is out of date. `npm ci` also " +
        "starts from an empty `node_modules`, so files copied in from the host cannot leak into the install.",
      example: "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n",
      useInstead: "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n",
      fixSafety:
        "Unsafe: `npm ci` fails when the lockfile is missing or out of date with `package.json` and empties `node_modules` " +
        "first, and `--frozen-lockfile` fails a yarn or pnpm build on an outdated lockfile (which is the point). The " +
        "message says when the Dockerfile does not visibly copy `package-lock.json` (or `npm-shrinkwrap.json`, " +
        "`package*.json`, or the whole context) before the install.",
      whenNotToUse: "Images that deliberately build without a lockfile (a template that generates one).",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      const commands = context.commands(run);
      let firstCd: number | undefined;
      for (const [index, command] of commands.entries()) {
        const plain = command.origin !== "exec";
        if (command.is("npm", "install") && command.operands.length === 0 && command.subcommand) {
          // Global installs, and installs that are told not to use a lockfile, are deliberate.
          if (command.has("-g") || command.has("--no-package-lock") || command.has("--package-lock-only")) continue;
          firstCd ??= commands.findIndex((earlier) => earlier.is("cd"));
          const caveat = lockfileDoubt(context, run, command, firstCd >= 0 && firstCd < index);
          report({
            range: installRange(context, command),
            data: { written: `npm ${command.subcommand.value}`, instead: "npm ci", edit: plain ? replaceSpan(command.subcommand, "ci") : undefined, applicability: "unsafe", caveat },
          });
        } else if (isYarnInstall(command)) {
          if (command.has("--frozen-lockfile") || command.has("--immutable")) continue;
          const word = command.subcommand ?? command.programWord!;
          const written = command.subcommand ? "yarn install" : "yarn";
          const flag = yarnFrozenFlag(context);
          if (flag === "--immutable" && setsCi(run, command)) continue;
          const pure = command.has("--pure-lockfile");
          report({ range: installRange(context, command), data: { written, instead: `${written} ${flag}`, edit: plain ? insertAfter(word, ` ${flag}`) : undefined, applicability: "unsafe", caveat: undefined, pure } });
        } else if (command.is("pnpm", "install") && command.subcommand) {
          if (command.has("--frozen-lockfile") || command.has("--no-frozen-lockfile") || command.has("--prefer-frozen-lockfile") || setsCi(run, command)) continue;
          const written = `pnpm ${command.subcommand.value}`;
          report({ range: installRange(context, command), data: { written, instead: `${written} --frozen-lockfile`, edit: plain ? insertAfter(command.subcommand, " --frozen-lockfile") : undefined, applicability: "unsafe", caveat: undefined } });
        }
      }
    }
  },
  message: ({ written, instead, caveat, pure }) =>
    (pure
      ? `\`${written} --pure-lockfile\` does not write the lockfile, but still resolves new versions where it disagrees with package.json, so the build installs what nobody reviewed. `
      : `\`${written}\` may resolve new versions and rewrite the lockfile in the image, so the build installs what nobody reviewed. `) +
    `Use \`${instead}\`, which installs exactly the lockfile and fails when it is out of date${caveat ? ` (${caveat})` : ""}.`,
  fix: ({ instead, edit, applicability }) => edit && { title: `Use \`${instead}\``, applicability, edits: [edit] },
});
