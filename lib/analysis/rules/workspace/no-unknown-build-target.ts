import { flatMapped } from "../../arrays";
import { composeBuilds } from "../../builds";
import { defineWorkspaceRule } from "../types";

export default defineWorkspaceRule<{ service: string; target: string; dockerfile: string; stages: string[] }>({
  meta: {
    id: "no-unknown-build-target",
    aliases: ["compose-build-target-missing"],
    category: "correctness",
    severity: "error",
    fileKind: "workspace",
    docs: {
      summary: "A compose `build.target` names no stage of the Dockerfile.",
      whatItDoes: "Flags `build.target` values that match no `FROM … AS name` of the Dockerfile the service builds (when it is in the review).",
      whyItMatters: "The build stops with \"target stage could not be found\"; a renamed stage breaks every compose file that targets it.",
      example: "==> Dockerfile <==\nFROM node:22-slim AS build\nFROM nginx:1.27 AS runtime\n==> compose.yaml <==\nservices:\n  web:\n    build:\n      context: .\n      target: production\n",
      useInstead: "==> Dockerfile <==\nFROM node:22-slim AS build\nFROM nginx:1.27 AS runtime\n==> compose.yaml <==\nservices:\n  web:\n    build:\n      context: .\n      target: runtime\n",
      fixSafety: "No fix: the intended stage cannot be known for sure.",
      whenNotToUse: "Always keep it on.",
    },
  },
  check({ workspace }, report) {
    for (const build of composeBuilds(workspace)) {
      if (!build.dockerfile || !build.target) continue;
      const stages = flatMapped(build.dockerfile.stages, (stage) => (stage.name ? [stage.name] : []));
      if (!stages.includes(build.target.name.toLowerCase())) {
        report({ path: build.compose.path, range: build.target.range, data: { service: build.service.name, target: build.target.name, dockerfile: build.dockerfilePath, stages } });
      }
    }
  },
  message: ({ service, target, dockerfile, stages }) =>
    `\`${service}\` builds the stage \`${target}\`, which ${dockerfile} does not define, so the build fails. ${stages.length > 0 ? `Its stages are ${stages.map((stage) => `\`${stage}\``).join(", ")}.` : "Its stages have no names; add `AS name` to the FROM you want."}`,
});
