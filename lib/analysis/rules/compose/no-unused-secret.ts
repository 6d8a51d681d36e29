import { flatMapped } from "../../arrays";
import { rangeOf, text } from "../../compose/nodes";
import { serviceNames, serviceLayers } from "../../compose/project";
import { childEntries, serviceSecretNames, topLevelEntry } from "../../compose/query";
import type { ComposeProject } from "../../compose/project";
import { defineComposeRule } from "../types";

/** Names of the secrets services of the project mount (short syntax `- name`, long syntax `source: name`). */
export function mountedSecrets(project: ComposeProject): Set<string> {
  const names = new Set<string>();
  for (const name of serviceNames(project)) {
    for (const layer of serviceLayers(project, name)) {
      for (const source of serviceSecretNames(layer)) {
        const secret = text(source);
        if (secret) names.add(secret);
      }
    }
  }
  return names;
}

export default defineComposeRule<{ secret: string }>({
  meta: {
    id: "no-unused-secret",
    aliases: ["compose-secret-unused"],
    category: "maintainability",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "A top-level secret is declared but no service mounts it.",
      whatItDoes: "Flags entries under the top-level `secrets:` that no service of the project lists in its `secrets:`.",
      whyItMatters:
        "Declaring a secret does not give it to anyone: the service that was meant to receive it reads an empty " +
        "variable or a missing file. Often the `secrets:` list under the service was forgotten.",
      example: "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\nsecrets:\n  db_password:\n    file: ./db_password.txt\n",
      useInstead: "services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\nsecrets:\n  db_password:\n    file: ./db_password.txt\n",
      fixSafety: "No fix: which service should receive it is for you to say.",
      whenNotToUse: "Secrets used only by `build.secrets` or by another file that includes this one.",
    },
  },
  check({ file, project }, report) {
    // A secret this file declares may be for the services of a file that merges it (an overlay, an includer).
    const mounted = new Set(flatMapped([project, ...project.mergedBy], (merged) => [...mountedSecrets(merged)]));
    for (const secret of childEntries(file, topLevelEntry(file, "secrets")?.value)) {
      const name = String(secret.key.value);
      if (!mounted.has(name)) report({ range: rangeOf(file.lines, secret.key), data: { secret: name } });
    }
  },
  message: ({ secret }) => `The secret \`${secret}\` is declared but no service mounts it, so nobody receives it. Add it to the \`secrets:\` of the service that needs it, or remove it.`,
});
