import { composeBuilds, stageHealthcheck } from "../../builds";
import { hasHealthcheckDecision, keyRange } from "../../compose/query";
import { definesService } from "../../compose/project";
import { defineWorkspaceRule } from "../types";

export default defineWorkspaceRule<{ service: string; dockerfile: string }>({
  meta: {
    id: "require-build-healthcheck",
    aliases: ["compose-build-healthcheck"],
    category: "reliability",
    severity: "info",
    fileKind: "workspace",
    docs: {
      summary: "A service built here has a healthcheck neither in compose nor in its Dockerfile.",
      whatItDoes:
        "For compose services built from a Dockerfile in the review, flags those with no `healthcheck:` in compose " +
        "and no `HEALTHCHECK` in the stage they build.",
      whyItMatters:
        "Without a healthcheck Docker only knows that the process exists, not that it answers. Dependants cannot wait " +
        "for it, and a hung service is never reported.",
      example: "==> Dockerfile <==\nFROM node:22-slim\nCMD [\"node\", \"server.js\"]\n==> compose.yaml <==\nservices:\n  app:\n    build: .\n",
      useInstead:
        "==> Dockerfile <==\nFROM node:22-slim\nHEALTHCHECK CMD node healthcheck.js\nCMD [\"node\", \"server.js\"]\n==> compose.yaml <==\nservices:\n  app:\n    build: .\n",
      fixSafety: "No fix: what \"healthy\" means is specific to each service.",
      whenNotToUse: "One-shot jobs built from the Dockerfile (migrations, tests).",
    },
  },
  check({ workspace }, report) {
    for (const build of composeBuilds(workspace)) {
      const stage = build.stage;
      if (!stage || stageHealthcheck(stage) || !definesService(build.project, build.service) || hasHealthcheckDecision(build.project, build.service.name)) continue;
      report({ path: build.compose.path, range: keyRange(build.service), data: { service: build.service.name, dockerfile: build.dockerfilePath } });
    }
  },
  message: ({ service, dockerfile }) =>
    `\`${service}\` has no healthcheck: none in compose, no HEALTHCHECK in ${dockerfile}. Docker cannot tell a hung service from a working one. Add one in either place.`,
});
