import { accountIds, isOfficialImage, ownAccount, runsUnprivileged } from "../../dockerfile/base-images";
import { insertAfterInstruction } from "../../dockerfile/edits";
import { isWindowsImage } from "../../dockerfile/image";
import { inheritedInstructions, rootStage } from "../../dockerfile/stages";
import { argumentsSpan, type Stage } from "../../dockerfile/model";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";
import { createdAccount } from "./support/commands";

/** `image`: the base, when it is not an official image and may switch user itself. */
type Data = { kind: "no-user"; stage: Stage; base: string | undefined; image: string | undefined } | { kind: "root-user"; user: string };

/** The last account the stage's RUNs create (`useradd -u 10001 app`), with its UID when written. */
function createdUser(context: DockerfileRuleContext, stage: Stage): { name: string; uid: string | undefined } | undefined {
  // Most files create no account: their commands need not be read.
  if (!/useradd|adduser/.test(context.model.text)) return undefined;
  let created: { name: string; uid: string | undefined } | undefined;
  for (const run of inheritedInstructions(stage)) {
    if (run.keyword !== "RUN") continue;
    for (const command of context.commands(run)) {
      const name = command.program === "useradd" || command.program === "adduser" ? createdAccount(command) : undefined;
      if (!name || name.includes("$")) continue;
      const uid = command.option("--uid")?.value?.value;
      created = { name, uid: uid && /^\d+$/.test(uid) ? uid : undefined };
    }
  }
  return created;
}

/**
 * The unprivileged user to switch to: the one the base image brings (the official node images' `node`, distroless's
 * `nonroot`), else a UID no image uses for anything, which needs no entry in /etc/passwd.
 */
function unprivilegedUser(base: string | undefined): { uid: string; who: string } {
  const own = base && ownAccount(base);
  return own ? { uid: accountIds(base, own)!, who: `the image's \`${own}\` user` } : { uid: "10001:10001", who: "UID 10001" };
}

const ROOT_USERS = /^(root|0)(:.*)?$/;

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-root-user",
    aliases: ["DL3002", "DS-0002", "CKV_DOCKER_3", "CKV_DOCKER_8"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "The shipped image runs as root.",
      whatItDoes:
        "Flags the final stage when it has no `USER` instruction (and inherits none from the stage it builds on), " +
        "or when its last `USER` is `root` or UID 0. Images published to run unprivileged (distroless `:nonroot`, " +
        "Elastic's, Jenkins', Grafana's, Bitnami's…) and Windows images, which have no root user, are skipped; for a " +
        "base that is not an official image, the message says it may switch user itself.",
      whyItMatters:
        "A process running as root inside the container is root on the container's filesystem and one kernel or " +
        "runtime bug away from root on the host. Running as an unprivileged user limits what an attacker can do.",
      example: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
      useInstead:
        'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY --chown=1000:1000 . .\nUSER 1000:1000\nCMD ["node", "server.js"]\n',
      fixSafety:
        "Unsafe: `USER` is added after the final stage's last `RUN`, `COPY` or `ADD`: the account the stage creates " +
        "(by its UID when the file gives one), else the base's own unprivileged user (`node`, UID 1000, in the " +
        "official Node.js images; `nonroot`, 65532, in distroless), else UID 10001. What " +
        "the build wrote belongs to root: the process can still read it but no longer write it. Ports below 1024 stay " +
        "open to it since Docker 20.10 (unprivileged ports start at 0 in a container), except with host networking. A final stage that switches to `root` gets no fix: that was chosen.",
      whenNotToUse:
        "Images whose job needs root inside the container (some system daemons) and that are run with user " +
        "namespaces or a rootless runtime.",
    },
  },
  check({ model }, report) {
    const stage = model.finalStage;
    const root = stage && rootStage(stage);
    const base = root?.base.kind === "image" ? root.base.value : undefined;
    // Windows containers have no root: their users are ContainerAdministrator and ContainerUser, and a UID means nothing.
    if (!stage || (base && (runsUnprivileged(base) || isWindowsImage(base)))) return;
    const user = stage.end.user;
    if (!user) {
      const image = base && !isOfficialImage(base) ? base : undefined;
      report({ range: stage.base.word?.range ?? stage.from.range, data: { kind: "no-user", stage, base, image } });
      return;
    }
    if (user.value !== undefined && ROOT_USERS.test(user.value) && user.instruction) {
      report({ range: argumentsSpan(user.instruction)?.range ?? user.instruction.range, data: { kind: "root-user", user: user.value } });
    }
  },
  message: (data) =>
    data.kind === "no-user"
      ? `The final stage sets no \`USER\`, so ${data.image ? `unless \`${data.image}\` switches to another user itself, ` : ""}the container runs as root and any compromise has root's powers. Create an unprivileged user and switch to it with \`USER\` (a numeric UID such as \`USER 10001\` works with every runtime check).`
      : `The final stage switches to \`${data.user}\`, so the container runs as root. End with \`USER\` set to an unprivileged user.`,
  fix: (data, context) => {
    if (data.kind !== "no-user") return undefined;
    const lastWrite = data.stage.instructions.findLast((instruction) => ["RUN", "COPY", "ADD"].includes(instruction.keyword)) ?? data.stage.from;
    const created = createdUser(context, data.stage);
    const { uid, who } = created ? { uid: created.uid ?? created.name, who: `\`${created.name}\`, the user the image creates` } : unprivilegedUser(data.base);
    return { title: `Run as ${who} (\`USER ${uid}\`)`, applicability: "unsafe", edits: [insertAfterInstruction(context.model, lastWrite, `USER ${uid}`)] };
  },
});
