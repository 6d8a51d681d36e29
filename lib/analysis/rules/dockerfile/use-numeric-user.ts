import { accountIds } from "../../dockerfile/base-images";
import { isWindowsImage } from "../../dockerfile/image";
import { argumentsSpan } from "../../dockerfile/model";
import type { Span } from "../../dockerfile/syntax";
import { inheritedInstructions, rootStage } from "../../dockerfile/stages";
import type { Command } from "../../dockerfile/commands";
import { defineDockerfileRule } from "../types";
import { createdAccount } from "./support/commands";

interface Data {
  user: string;
  span: Span;
  /** The user's UID when the base image fixes it and the build does not change it, or when the build gives it one. */
  numeric: string | undefined;
}

/** Tools that create or renumber accounts: a RUN naming the user with one of them may give it other IDs. */
const ACCOUNT_TOOLS = new Set(["useradd", "usermod", "adduser", "groupadd", "groupmod", "addgroup"]);

/**
 * The UID the build gives a user, when one command creates it with `-u`/`--uid` and nothing else renumbers it:
 * `USER <uid>` then runs as the same user, with the primary group and home its passwd entry gives it.
 */
function uidGivenBy(accountCommands: readonly Command[], name: string): string | undefined {
  const creators = accountCommands.filter((command) => (command.program === "useradd" || command.program === "adduser") && createdAccount(command) === name);
  const uid = creators.length === 1 ? creators[0]!.option("-u")?.value?.value : undefined;
  const renumbered = accountCommands.some((command) => command.program === "usermod" && command.has("-u"));
  return uid && /^\d+$/.test(uid) && !renumbered ? uid : undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-numeric-user",
    aliases: ["DL3066", "user-numeric-uid-gid"],
    category: "security",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "info" },
    docs: {
      summary: "The shipped image's `USER` is a name, not a UID.",
      whatItDoes:
        "Flags the last `USER` of the shipped image when it names a user (`USER node`) instead of a numeric UID " +
        "(`USER 1000` or `USER 1000:1000`). Users from variables, `root` (another rule's business) and Windows images are skipped.",
      whyItMatters:
        "Kubernetes' `runAsNonRoot` cannot verify a user name and refuses to start the pod; host volume permissions " +
        "and security policies also work on numbers, not on names from the image's `/etc/passwd`.",
      example: "FROM node:22-slim\nUSER node\n",
      useInstead: "FROM node:22-slim\nUSER 1000\n",
      fixSafety:
        "Safe for the users whose UIDs the base image fixes: `node` in the official Node.js images (1000), `nginx` " +
        "in nginx's (101), `nonroot` in distroless (65532), Debian's and Ubuntu's `www-data` (33) and `nobody` (65534 " +
        "in Debian, Ubuntu and Alpine; Red Hat's family uses 99 and gets no fix). The UID alone: the process gets the " +
        "same user, primary and supplementary groups and home (with `UID:GID` Docker drops the supplementary groups). Safe too for a user the build creates with a UID (`useradd -u 10001 app`): `USER 10001` runs as that " +
        "user, with the group and home of its passwd entry. Other names get no fix: the UID behind them is defined " +
        "inside the image, which this review cannot read.",
      whenNotToUse: "Images never run under Kubernetes or other policies that check the UID.",
    },
  },
  check(context, report) {
    const { model } = context;
    const stage = model.finalStage;
    // Windows containers have no runAsNonRoot and name their users (ContainerUser, ContainerAdministrator).
    if (!stage || isWindowsImage(rootStage(stage).base.value ?? "")) return;
    const user = inheritedInstructions(stage).filter((instruction) => instruction.keyword === "USER").at(-1);
    const span = user && argumentsSpan(user);
    if (!user || !span) return;
    const value = user.argsText.trim();
    if (!value || value.includes("$")) return;
    const [name, group] = value.split(":");
    if (/^(root|0)$/.test(name!) || (/^\d+$/.test(name!) && (group === undefined || /^\d+$/.test(group)))) return;
    const base = rootStage(stage).base.value;
    // The UID alone: with a group (`1000:1000`) Docker drops the user's supplementary groups (`gpasswd -a node staff`).
    const known = group === undefined && base ? accountIds(base, name!)?.split(":")[0] : undefined;
    const commands = inheritedInstructions(stage).filter((run) => run.keyword === "RUN").flatMap((run) => context.commands(run));
    const accountCommands = commands.filter((command) => ACCOUNT_TOOLS.has(command.program ?? "") && command.operands.some((operand) => operand.value === name));
    // A build that touches the name's account may renumber what the base fixed; one that creates it with a UID says it.
    const numeric = group === undefined ? (accountCommands.length === 0 ? known : uidGivenBy(accountCommands, name!)) : undefined;
    report({ range: span.range, data: { user: value, span, numeric } });
  },
  message: ({ user }) =>
    `\`USER ${user}\` names the user instead of giving its UID, so Kubernetes \`runAsNonRoot\` cannot verify it and refuses to start. Use the numeric UID (e.g. \`USER 1000\`).`,
  fix: ({ user, span, numeric }) =>
    numeric ? { title: `Use \`USER ${numeric}\` (${user}'s IDs)`, applicability: "safe", edits: [{ range: span.range, text: numeric }] } : undefined,
});
