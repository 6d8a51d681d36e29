import { composeBuilds, exposedPorts, type ComposeBuild } from "../../builds";
import { rangeOf } from "../../compose/nodes";
import { ports, serviceEntry } from "../../compose/query";
import { inheritedInstructions } from "../../dockerfile/stages";
import { defineWorkspaceRule } from "../types";

/** Service keys whose text may set where the application listens (`gunicorn -b 0.0.0.0:8000`, `PORT: 8000`). */
const LISTENING_KEYS = ["command", "entrypoint", "healthcheck", "environment"];
const LISTENING_INSTRUCTIONS = new Set(["CMD", "ENTRYPOINT", "ENV", "HEALTHCHECK"]);

/** The texts that may name the port the service listens on: its command, environment, healthcheck, and the image's. */
function listeningTexts(build: ComposeBuild): string[] {
  const { compose, service, dockerfile, stage } = build;
  const texts: string[] = [];
  for (const key of LISTENING_KEYS) {
    const range = serviceEntry(service, key)?.value?.range;
    if (range) texts.push(compose.text.slice(range[0], range[2]));
  }
  for (const instruction of stage ? inheritedInstructions(stage) : []) {
    if (LISTENING_INSTRUCTIONS.has(instruction.keyword)) texts.push(dockerfile!.text.slice(instruction.start, instruction.end));
  }
  return texts;
}

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
        "ports that are not among them, unless the service's command, entrypoint, healthcheck or environment (or the " +
        "image's CMD, ENTRYPOINT, ENV or HEALTHCHECK) names the port: the application then listens there.",
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
      let texts: string[] | undefined;
      for (const port of ports(build.service)) {
        const target = Number(port.target?.split("-")[0]);
        if (!Number.isInteger(target) || exposed.includes(target)) continue;
        // The command or the environment names the port: the application listens there whatever EXPOSE says.
        const named = new RegExp(`(^|[^0-9])${target}([^0-9]|$)`);
        texts ??= listeningTexts(build);
        if (!texts.some((text) => named.test(text))) {
          report({ path: build.compose.path, range: rangeOf(build.compose.lines, port.node), data: { service: build.service.name, port: target, exposed: exposed as number[] } });
        }
      }
    }
  },
  message: ({ service, port, exposed }) =>
    `\`${service}\` maps container port ${port}, but its image only EXPOSEs ${exposed.join(", ")}; the mapping probably leads nowhere. Publish the port the application listens on, or fix the EXPOSE.`,
});
