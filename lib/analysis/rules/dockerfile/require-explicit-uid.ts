import { stageBaseTraits } from "../../dockerfile/base-images";
import type { Command } from "../../dockerfile/commands";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";
import { insertAfterWord } from "./package-managers";
import { createdAccount } from "./support/commands";

interface Data {
  /** `useradd app`, `addgroup nodejs`. */
  command: string;
  kind: "UID" | "GID";
  /** How this tool takes the id (`-u 10001`, Debian's adduser `--uid 10001`); undefined when the tool is unknown. */
  option: string | undefined;
  insert: TextEdit | undefined;
}

/**
 * Per tool: the option that fixes the id and whether it makes a user or a group. shadow's useradd and groupadd take
 * `-u`/`-g` everywhere; `adduser`/`addgroup` are Debian's Perl scripts (`--uid`/`--gid` only) or BusyBox applets on
 * Alpine (`-u`/`-g` only).
 */
const CREATORS = new Map<string, { option: string; kind: "UID" | "GID"; short: string; long: string | undefined }>(Object.entries({
  useradd: { option: "--uid", kind: "UID", short: "-u", long: "-u" },
  groupadd: { option: "--gid", kind: "GID", short: "-g", long: "-g" },
  adduser: { option: "--uid", kind: "UID", short: "-u", long: "--uid" },
  addgroup: { option: "--gid", kind: "GID", short: "-g", long: "--gid" },
}));

/** The first id from 10001 on that none of the sets has, taken in each: per kind, in the order the accounts are created. */
function nextId(...used: Set<string>[]): string {
  let id = 10001;
  while (used.some((set) => set.has(String(id)))) id++;
  for (const set of used) set.add(String(id));
  return String(id);
}

/**
 * Whether a new user also gets a group of its own name (useradd with USERGROUPS_ENAB, as Debian and Ubuntu ship it;
 * both adduser), which takes the user's number as its GID: that GID is then not free for a `groupadd` after it.
 */
function createsOwnGroup(command: Command): boolean {
  if (command.program === "useradd") return !command.has("-g") && !command.has("-N");
  return command.program === "adduser" && !command.has("--ingroup") && !command.has("--gid");
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "require-explicit-uid",
    aliases: ["create-user-fixed-uid"],
    category: "reliability",
    severity: "info",
    fileKind: "dockerfile",
    docs: {
      summary: "A user or group is created without a fixed UID/GID.",
      whatItDoes:
        "Flags `useradd`, `adduser`, `groupadd` and `addgroup` without `-u`/`--uid` (users) or `-g`/`--gid` (groups) in " +
        "stages that ship. `useradd -D` (defaults) and `adduser user group` (adding to a group) create nothing and are skipped.",
      whyItMatters:
        "Without a number the system picks the next free id, which changes when the base image adds or removes an " +
        "account. Files on volumes, `COPY --chown`, Kubernetes `runAsUser` and `USER <uid>` all need the number to stay " +
        "the same from one build to the next.",
      example: "FROM debian:12-slim\nRUN groupadd -r app && useradd -r -g app app\nUSER app\n",
      useInstead: "FROM debian:12-slim\nRUN groupadd -r -g 10001 app && useradd -r -u 10001 -g app app\nUSER 10001:10001\n",
      fixSafety:
        "Unsafe: the id (10001, then 10002… for each further user or group of the file, skipping numbers it already " +
        "uses) is written right after the command, as its tool takes it (`-u`, or `--uid` for Debian's `adduser`). Files " +
        "on volumes owned by the old id, and a group that must match the host's (`docker`), need the number you choose.",
      whenNotToUse: "Build-only accounts whose id never reaches a file that outlives the container.",
    },
  },
  check(context, report) {
    const { model } = context;
    // Numbers written anywhere in the file (`-u 10001`, `USER 10001`) are not handed out again.
    // Read only once an account without an id turns up: most files create none.
    let used: Record<"UID" | "GID", Set<string>> | undefined;
    const numbersInFile = () => {
      if (!used) {
        const numbers = model.text.match(/\b\d{5}\b/g) ?? [];
        used = { UID: new Set(numbers), GID: new Set(numbers) };
      }
      return used;
    };
    for (const run of model.instructions) {
      if (run.keyword !== "RUN" || !run.stage?.ships) continue;
      for (const command of context.commands(run)) {
        const creator = command.program ? CREATORS.get(command.program) : undefined;
        if (!creator || command.has(creator.option)) continue;
        const name = createdAccount(command);
        if (name === undefined || !command.programWord) continue;
        const family = stageBaseTraits(run.stage).family;
        const flag = family === "alpine" || family === "busybox" ? creator.short : ["debian", "ubuntu", "buildpack"].includes(family) ? creator.long : creator.short === creator.long ? creator.short : undefined;
        const numbers = numbersInFile();
        const option = flag && `${flag} ${creator.kind === "UID" && createsOwnGroup(command) ? nextId(numbers.UID, numbers.GID) : nextId(numbers[creator.kind])}`;
        const insert = option ? insertAfterWord(context, command.programWord, option) : undefined;
        report({ range: command.range, data: { command: `${command.program} ${name}`, kind: creator.kind, option, insert } });
      }
    }
  },
  message: ({ command, kind, option }) =>
    `\`${command}\` lets the system pick the ${kind}, which can change when the base image changes; volumes, \`--chown\` and \`runAsUser\` need a stable number. ` +
    `Set it explicitly${option ? ` (\`${option}\`)` : ""}.`,
  fix: ({ kind, option, insert }) => (insert ? { title: `Fix the ${kind} (\`${option}\`)`, applicability: "unsafe", edits: [insert] } : undefined),
});
