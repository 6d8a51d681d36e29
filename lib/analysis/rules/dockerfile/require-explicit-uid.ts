import type { Command } from "../../dockerfile/commands";
import { defineDockerfileRule } from "../types";

interface Data {
  /** `useradd app`, `addgroup nodejs`. */
  command: string;
  kind: "UID" | "GID";
  option: string;
}

/** Per tool: the option that fixes the id, whether it makes a user or a group, and how to write it. */
const CREATORS = new Map<string, { option: string; kind: "UID" | "GID"; example: string }>(Object.entries({
  useradd: { option: "--uid", kind: "UID", example: "-u 10001" },
  adduser: { option: "--uid", kind: "UID", example: "-u 10001" },
  groupadd: { option: "--gid", kind: "GID", example: "-g 10001" },
  addgroup: { option: "--gid", kind: "GID", example: "-g 10001" },
}));

/** The account a command creates: its last operand (`adduser user group` adds a user to a group: nothing created). */
function createdName(command: Command): string | undefined {
  if (command.program === "adduser" && command.operands.length > 1) return undefined;
  if (command.program === "addgroup" && command.operands.length > 1) return undefined;
  return command.operands.at(-1)?.value;
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
      fixSafety: "No fix is offered: the id must not clash with one the base image or your volumes already use.",
      whenNotToUse: "Build-only accounts whose id never reaches a file that outlives the container.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN" || !run.stage?.ships) continue;
      for (const command of context.commands(run)) {
        const creator = command.program ? CREATORS.get(command.program) : undefined;
        if (!creator || command.has(creator.option) || command.program === "useradd" && command.has("--defaults")) continue;
        const name = createdName(command);
        if (name === undefined) continue;
        report({ range: command.range, data: { command: `${command.program} ${name}`, kind: creator.kind, option: creator.example } });
      }
    }
  },
  message: ({ command, kind, option }) =>
    `\`${command}\` lets the system pick the ${kind}, which can change when the base image changes; volumes, \`--chown\` and \`runAsUser\` need a stable number. ` +
    `Set it explicitly (\`${option}\`).`,
});
