import { contextSources, dockerfileBuilds, dockerignoreFor } from "../../builds";
import { defineWorkspaceRule } from "../types";

/** Sources that send the whole context into the image. */
const WHOLE_CONTEXT = new Set([".", "./", "*", "./*"]);

export default defineWorkspaceRule<{ context: string; source: string; keyword: string }>({
  meta: {
    id: "require-dockerignore",
    aliases: ["dockerignore-missing"],
    category: "security",
    severity: "warning",
    fileKind: "workspace",
    docs: {
      summary: "A build copies its whole context, and no .dockerignore limits it.",
      whatItDoes:
        "When the review holds more than the Dockerfile (a compose file, other files of the project), flags a " +
        "`COPY . …` or `ADD . …` whose build context has no `.dockerignore` among the reviewed files.",
      whyItMatters:
        "`COPY . .` takes everything in the directory: `.git`, `.env` files, local `node_modules`, keys. They land in " +
        "a layer that is pushed with the image, and every edit to any file invalidates the build cache.",
      example: "==> Dockerfile <==\nFROM node:22-slim\nCOPY . .\n==> compose.yaml <==\nservices:\n  app:\n    build: .\n",
      useInstead: "==> Dockerfile <==\nFROM node:22-slim\nWORKDIR /app\nCOPY . .\n==> compose.yaml <==\nservices:\n  app:\n    build: .\n==> .dockerignore <==\n.git\n.env*\n**/*.pem\n**/*.key\n**/id_rsa*\n**/id_ed25519*\n*.log\nlogs\nnode_modules\n",
      fixSafety: "No fix: the finding asks for a new file; the .dockerignore rules then suggest its entries.",
      whenNotToUse: "When you review the Dockerfile alone and the project does have a .dockerignore (the rule only runs with other files).",
    },
  },
  check({ workspace }, report) {
    if (workspace.files.length < 2) return;
    for (const build of dockerfileBuilds(workspace)) {
      if (dockerignoreFor(workspace, build)) continue;
      const copy = contextSources(build).find((source) => WHOLE_CONTEXT.has(source.source));
      if (copy) report({ path: build.path, range: copy.range, data: { context: build.context, source: copy.source, keyword: copy.instruction.keyword } });
    }
  },
  message: ({ context, source, keyword }) =>
    `\`${keyword} ${source}\` sends the whole build context (\`${context}\`) into the image, and it has no .dockerignore: \`.git\`, \`.env\` files and local dependencies go along. Add a .dockerignore next to it.`,
});
