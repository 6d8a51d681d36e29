import { composeBuilds, declaredArgs } from "../../builds";
import { PREDEFINED_ARGS } from "../../dockerfile/variables";
import { defineWorkspaceRule } from "../types";

export default defineWorkspaceRule<{ service: string; name: string; dockerfile: string }>({
  meta: {
    id: "no-undeclared-build-arg",
    aliases: ["compose-build-arg-undeclared"],
    category: "correctness",
    severity: "warning",
    fileKind: "workspace",
    docs: {
      summary: "A compose build argument is declared by no ARG of the Dockerfile.",
      whatItDoes: "Flags `build.args` entries whose name no `ARG` of the built Dockerfile declares (when it is in the review).",
      whyItMatters:
        "An undeclared build argument is silently dropped (BuildKit only warns), so the setting the compose file " +
        "seems to make does nothing. Usually the ARG was renamed or the name is misspelt.",
      example: "==> Dockerfile <==\nFROM node:22-slim\nARG NODE_VERSION\n==> compose.yaml <==\nservices:\n  app:\n    build:\n      context: .\n      args:\n        NODE_VERISON: \"22\"\n",
      useInstead: "==> Dockerfile <==\nFROM node:22-slim\nARG NODE_VERSION\n==> compose.yaml <==\nservices:\n  app:\n    build:\n      context: .\n      args:\n        NODE_VERSION: \"22\"\n",
      fixSafety: "No fix: the intended ARG cannot be known for sure.",
      whenNotToUse: "Arguments kept for other Dockerfiles built with the same settings.",
    },
  },
  check({ workspace }, report) {
    for (const build of composeBuilds(workspace)) {
      if (!build.dockerfile) continue;
      const declared = new Set(declaredArgs(build.dockerfile).map((arg) => arg.name));
      for (const arg of build.args) {
        if (!declared.has(arg.name) && !PREDEFINED_ARGS.has(arg.name)) {
          report({ path: build.compose.path, range: arg.range, data: { service: build.service.name, name: arg.name, dockerfile: build.dockerfilePath } });
        }
      }
    }
  },
  message: ({ service, name, dockerfile }) =>
    `\`${service}\` passes the build argument \`${name}\`, but ${dockerfile} declares no \`ARG ${name}\`, so the value is dropped. Fix the name, or declare the ARG.`,
});
