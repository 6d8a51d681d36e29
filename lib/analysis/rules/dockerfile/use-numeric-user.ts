import { isWindowsImage } from "../../dockerfile/image";
import { argumentsSpan } from "../../dockerfile/model";
import { inheritedInstructions, rootStage } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ user: string }>({
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
      useInstead: "FROM node:22-slim\nUSER 1000:1000\n",
      fixSafety: "No fix is offered: the UID behind a name is defined inside the image, which this review cannot read.",
      whenNotToUse: "Images never run under Kubernetes or other policies that check the UID.",
    },
  },
  check({ model }, report) {
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
    report({ range: span.range, data: { user: value } });
  },
  message: ({ user }) =>
    `\`USER ${user}\` names the user instead of giving its UID, so Kubernetes \`runAsNonRoot\` cannot verify it and refuses to start. Use the numeric UID:GID (e.g. \`USER 1000:1000\`).`,
});
