import { rangeOf, text } from "../../compose/nodes";
import { declaredNames, serviceSecretNames } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; secret: string }>({
  meta: {
    id: "no-undeclared-secret",
    aliases: ["compose-secret-undeclared"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "A service mounts a secret that no top-level `secrets:` declares.",
      whatItDoes:
        "Flags names in a service's `secrets:` (and its `build.secrets:`) that the top-level `secrets:` of the project does " +
        "not define. A file that another file of the review includes or overlays may use the secrets that file declares.",
      whyItMatters: "Compose refuses to start the project (\"refers to undefined secret\").",
      example: "services:\n  db:\n    image: postgres:17\n    secrets: [db_password]\n",
      useInstead: "services:\n  db:\n    image: postgres:17\n    secrets: [db_password]\nsecrets:\n  db_password:\n    file: ./db_password.txt\n",
      fixSafety: "No fix: where the secret comes from (a file, an environment variable) is yours to say.",
      whenNotToUse: "Files that are always merged with another file declaring the secret; review them together and it is not reported.",
    },
  },
  check({ file, project }, report) {
    const declared = declaredNames(project, "secrets");
    for (const service of file.services) {
      for (const source of serviceSecretNames(service)) {
        const secret = text(source);
        if (secret && !declared.has(secret)) report({ range: rangeOf(file.lines, source), data: { service: service.name, secret } });
      }
    }
  },
  message: ({ service, secret }) => `\`${service}\` mounts the secret \`${secret}\`, which no top-level \`secrets:\` declares; Compose refuses to start. Declare it (with \`file:\` or \`environment:\`).`,
});

