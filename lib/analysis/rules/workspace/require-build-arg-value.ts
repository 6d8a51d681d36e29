import { composeBuilds, declaredArgs } from "../../builds";
import { PREDEFINED_ARGS } from "../../dockerfile/variables";
import { defineWorkspaceRule } from "../types";

export default defineWorkspaceRule<{ name: string; services: string[] }>({
  meta: {
    id: "require-build-arg-value",
    aliases: ["compose-build-arg-unset"],
    category: "correctness",
    severity: "info",
    fileKind: "workspace",
    docs: {
      summary: "An ARG without default is not passed by the compose services that build the Dockerfile.",
      whatItDoes:
        "For a Dockerfile built by compose services in the review, flags each `ARG` without a default value that none " +
        "of those services passes in `build.args`. Arguments BuildKit predefines (`TARGETARCH`, `BUILDPLATFORM`, the " +
        "proxies…) are left out.",
      whyItMatters: "The argument is then empty during the build: a version becomes `node:-slim`, a URL loses its host, and the error appears far from its cause.",
      example: "==> Dockerfile <==\nFROM node:22-slim\nARG API_URL\nRUN echo \"$API_URL\" > /app/api-url\n==> compose.yaml <==\nservices:\n  app:\n    build: .\n",
      useInstead: "==> Dockerfile <==\nFROM node:22-slim\nARG API_URL\nRUN echo \"$API_URL\" > /app/api-url\n==> compose.yaml <==\nservices:\n  app:\n    build:\n      context: .\n      args:\n        API_URL: https://api.example.com\n",
      fixSafety: "No fix: the value is yours to choose (or give the ARG a default).",
      whenNotToUse: "Arguments meant to be empty unless set from the command line (`docker compose build --build-arg`).",
    },
  },
  check({ workspace }, report) {
    const builds = composeBuilds(workspace);
    for (const parsed of workspace.files) {
      if (parsed.kind !== "dockerfile") continue;
      const users = builds.filter((build) => build.dockerfile === parsed.dockerfile);
      if (users.length === 0) continue;
      for (const arg of declaredArgs(parsed.dockerfile)) {
        // BuildKit sets the platform ones itself; proxies and its own settings are meant to stay empty unless given.
        if (arg.hasDefault || PREDEFINED_ARGS.has(arg.name) || users.some((build) => build.args.some((passed) => passed.name === arg.name))) continue;
        report({ path: parsed.path, range: arg.range, data: { name: arg.name, services: users.map((build) => build.service.name) } });
      }
    }
  },
  message: ({ name, services }) =>
    `\`ARG ${name}\` has no default and ${services.map((service) => `\`${service}\``).join(", ")} ${services.length === 1 ? "does" : "do"} not pass it, so it is empty in the build. Give it a default or pass it in \`build.args\`.`,
});
