import { composeBuilds, exposedPorts } from "../../builds";
import { rangeOf } from "../../compose/nodes";
import { ports } from "../../compose/query";
import { defineWorkspaceRule } from "../types";

export default defineWorkspaceRule<{ service: string; port: number; exposed: number[] }>({
  meta: {
    id: "no-unexposed-published-port",
    aliases: ["compose-port-not-exposed"],
    category: "correctness",
    severity: "info",
    fileKind: "workspace",
    docs: {
      summary: "A compose service publishes a container port its Dockerfile does not EXPOSE.",
      whatItDoes:
        "For services built from a Dockerfile in the review whose image EXPOSEs ports, flags published container " +
        "ports that are not among them.",
      whyItMatters:
        "EXPOSE documents where the application listens. Publishing another port usually means one of the two is " +
        "stale, and the mapping leads nowhere: the page does not load, and nothing says why.",
      example: "==> Dockerfile <==\nFROM node:22-slim\nEXPOSE 3000\n==> compose.yaml <==\nservices:\n  app:\n    build: .\n    ports:\n      - \"80:8080\"\n",
      useInstead: "==> Dockerfile <==\nFROM node:22-slim\nEXPOSE 3000\n==> compose.yaml <==\nservices:\n  app:\n    build: .\n    ports:\n      - \"80:3000\"\n",
      fixSafety: "No fix: which side is right depends on where the application listens.",
      whenNotToUse: "Applications whose port is set at run time through the environment.",
    },
  },
  check({ workspace }, report) {
    for (const build of composeBuilds(workspace)) {
      if (!build.dockerfile || !build.stage) continue;
      const exposed = exposedPorts(build.dockerfile, build.stage);
      if (exposed.length === 0 || exposed.includes(undefined)) continue;
      for (const port of ports(build.service)) {
        const target = Number(port.target?.split("-")[0]);
        if (Number.isInteger(target) && !exposed.includes(target)) {
          report({ path: build.compose.path, range: rangeOf(build.compose.lines, port.node), data: { service: build.service.name, port: target, exposed: exposed as number[] } });
        }
      }
    }
  },
  message: ({ service, port, exposed }) =>
    `\`${service}\` maps container port ${port}, but its image only EXPOSEs ${exposed.join(", ")}; the mapping probably leads nowhere. Publish the port the application listens on, or fix the EXPOSE.`,
});
