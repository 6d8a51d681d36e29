import type { Command } from "../../dockerfile/commands";
import type { Instruction } from "../../dockerfile/model";
import { shippedRuns } from "../../dockerfile/stages";
import { ANY, type Frame } from "../../dockerfile/variables";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";
import { followedBy, insertAfterWord, mayHideOptions, mountsCacheAt, removesPath } from "./package-managers";

interface Data {
  insert: TextEdit | undefined;
}

const PIP_CACHE = /(^|\/)\.cache(\/pip)?\/?$/;
const PIP_CACHE_REMOVED = /(^|\/)\.cache(\/pip)?(\/\*?)?$/;
const SETTING = "PIP_NO_CACHE_DIR=";

/**
 * `PIP_NO_CACHE_DIR` set to any value by an ENV or ARG of the file turns the cache off (pip reads even "false" or
 * "0" as "no cache", for backwards compatibility). Undefined when the value is unknown until build time. Base images
 * are assumed not to set it (the official Python images do not).
 */
function cacheOffByEnvironment(run: Instruction): boolean | undefined {
  for (let frame: Frame | undefined = run.scope; frame && frame.name !== ANY; frame = frame.parent) {
    if (frame.name === "PIP_NO_CACHE_DIR") return frame.value === undefined ? undefined : frame.value !== "";
  }
  return false;
}

const setsCacheOff = (word: { value: string }) => word.value.startsWith(SETTING) && word.value.length > SETTING.length;

/** Set for this command only: `PIP_NO_CACHE_DIR=1 pip …`, `env PIP_NO_CACHE_DIR=1 pip …`. */
function cacheOffForCommand(command: Command): boolean {
  return command.assignments.some(setsCacheOff) || command.words.slice(0, command.words.indexOf(command.programWord!)).some(setsCacheOff);
}

const clearsCache = (command: Command) => removesPath(command, PIP_CACHE_REMOVED) || command.is("pip", "cache") && command.operands[0]?.value === "purge";

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-pip-no-cache-dir",
    aliases: ["DL3042", "Pip install Keeping Cached Packages", "missing-pip-no-cache-dir"],
    category: "size",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "`pip install` keeps its download cache in the image.",
      whatItDoes:
        "Flags `pip install` (`pip3`, `python -m pip`) in a stage that ships when it has no `--no-cache-dir`, " +
        "`PIP_NO_CACHE_DIR` is not set (by `ENV`, `ARG`, for the command, or exported in the `RUN`), the `RUN` does " +
        "not mount a cache or tmpfs on `~/.cache/pip`, and does not delete that cache (`pip cache purge`, `rm -rf`) afterwards.",
      whyItMatters:
        "pip keeps every downloaded wheel and every wheel it built in `~/.cache/pip`. In an image nobody reinstalls " +
        "from that cache: it only doubles the size of the installed packages (gigabytes for machine-learning stacks).",
      example: "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n",
      useInstead: "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n",
      fixSafety: "Safe: inserts `--no-cache-dir` after `install`; the same packages are installed.",
      whenNotToUse:
        "Stages that never ship (the rule already skips them). To keep a cache between builds, mount one: " +
        "`RUN --mount=type=cache,target=/root/.cache/pip pip install …`.",
    },
  },
  check(context, report) {
    for (const run of shippedRuns(context.model)) {
      const details = context.run(run);
      if (mountsCacheAt(details, PIP_CACHE)) continue;
      const clearedLater = followedBy(details.commands, clearsCache);
      // `export PIP_NO_CACHE_DIR=1` earlier in the RUN turns the cache off for every pip after it.
      let exportedAt: number | undefined;
      details.commands.forEach((command, index) => {
        if (!command.is("pip", "install") || command.has("--no-cache-dir")) return;
        if (cacheOffByEnvironment(run) !== false || cacheOffForCommand(command)) return;
        exportedAt ??= details.commands.findIndex((earlier) => earlier.program === "export" && earlier.args.some(setsCacheOff));
        if (exportedAt >= 0 && exportedAt < index) return;
        if (mayHideOptions(context, run, command) || clearedLater(command, index)) return;
        report({ range: command.range, data: { insert: insertAfterWord(context, command.subcommand!, "--no-cache-dir") } });
      });
    }
  },
  message: () =>
    "`pip install` keeps the downloaded and built wheels in `~/.cache/pip`, doubling the size of the packages in the layer. Add `--no-cache-dir`.",
  fix: ({ insert }) => insert && { title: "Add `--no-cache-dir`", applicability: "safe", edits: [insert] },
});
