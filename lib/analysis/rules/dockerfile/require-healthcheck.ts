import { inheritedInstructions, rootStage } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

/** Base images that are servers by nature, even when this Dockerfile does not EXPOSE anything. */
const SERVER_IMAGES = /^(?:docker\.io\/)?(?:library\/)?(nginx|httpd|caddy|traefik|haproxy|tomcat|jetty|postgres|mysql|mariadb|mongo|redis|valkey|rabbitmq|elasticsearch|memcached)(:|@|$)/i;

export default defineDockerfileRule<{ image: string; reason: string }>({
  meta: {
    id: "require-healthcheck",
    aliases: ["DL3057", "DS-0026", "CKV_DOCKER_2", "Healthcheck Instruction Missing", "CIS-DI-0006"],
    category: "reliability",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "off" },
    docs: {
      summary: "A service image has no `HEALTHCHECK`.",
      whatItDoes:
        "Flags the shipped stage when it looks like a long-running service (it, or a stage it builds on, has `EXPOSE`, " +
        "or it is built on a server image such as nginx or postgres) and neither it nor those stages declare a " +
        "`HEALTHCHECK` (`HEALTHCHECK NONE` counts as a decision). Batch jobs, CLIs and builder stages are not flagged.",
      whyItMatters:
        "Without a health check Docker (and Compose `depends_on: condition: service_healthy`, and Swarm) only knows " +
        "whether the process runs, not whether it answers: a hung server stays in rotation.",
      example: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
      useInstead:
        'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nEXPOSE 3000\nHEALTHCHECK --interval=30s --timeout=3s --start-period=10s CMD ["node", "healthcheck.js"]\nCMD ["node", "server.js"]\n',
      fixSafety: "No fix is offered: the check depends on what healthy means for your service and on the tools in the image.",
      whenNotToUse:
        "Images run only on Kubernetes, which ignores `HEALTHCHECK` and uses its own liveness and readiness probes; " +
        "there, disable this rule.",
    },
  },
  check({ model }, report) {
    const stage = model.finalStage;
    if (!stage) return;
    const instructions = inheritedInstructions(stage);
    if (instructions.some((instruction) => instruction.keyword === "HEALTHCHECK")) return;
    const root = rootStage(stage).base;
    const image = root.value ?? root.word?.raw ?? "";
    const exposes = instructions.some((instruction) => instruction.keyword === "EXPOSE");
    const server = SERVER_IMAGES.exec(image)?.[1];
    if (!exposes && !server) return;
    report({ range: (stage.base.word ?? stage.from).range, data: { image, reason: exposes ? "exposes a port" : `runs ${server!.toLowerCase()}` } });
  },
  message: ({ reason }) =>
    `The shipped image ${reason} but has no \`HEALTHCHECK\`, so Docker cannot tell a hung service from a healthy one. Add a \`HEALTHCHECK\` that calls the service with a tool present in the image (or \`HEALTHCHECK NONE\` to record the decision).`,
});
