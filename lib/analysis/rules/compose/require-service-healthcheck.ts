import { appendToMapping } from "../../compose/edits";
import { definesService, serviceLayers } from "../../compose/project";
import { hasHealthcheckDecision, imageOf, keyRange, runsContainer, serviceEntry, type ImageReference } from "../../compose/query";
import type { ComposeService } from "../../compose/model";
import { defineComposeRule } from "../types";

/**
 * Checks that exercise the server with the client each official image ships (`$$` is a literal `$` for Compose: the
 * container's shell expands it). `mongosh` came with MongoDB 5; older images have only `mongo`.
 */
function knownTest(image: ImageReference | undefined): string | undefined {
  switch (image?.name) {
    case "postgres":
      return '["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]';
    case "mysql":
      // Answers 0 whenever the server runs, even when the ping is refused for want of credentials.
      return '["CMD", "mysqladmin", "ping", "-h", "127.0.0.1"]';
    case "redis":
      return '["CMD", "redis-cli", "ping"]';
    case "valkey/valkey":
      return '["CMD", "valkey-cli", "ping"]';
    case "mongo":
      return Number(/^\d+/.exec(image.tag ?? "")?.[0] ?? "99") >= 5 ? `["CMD", "mongosh", "--quiet", "--eval", "db.adminCommand('ping')"]` : undefined;
    case "rabbitmq":
      return '["CMD", "rabbitmq-diagnostics", "-q", "ping"]';
    default:
      return undefined;
  }
}

export default defineComposeRule<{ service: ComposeService; test: string | undefined }>({
  meta: {
    id: "require-service-healthcheck",
    aliases: ["compose-healthcheck", "698ed579"],
    category: "reliability",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "A service has no healthcheck.",
      whatItDoes:
        "Flags services started from an image that have no `healthcheck:` in any file merged with this one. Services " +
        "built from a Dockerfile are checked together with that Dockerfile (its `HEALTHCHECK`) when it is part of the review.",
      whyItMatters:
        "Without a healthcheck Docker only knows that the process exists, not that it answers. Dependants cannot wait " +
        "for it (`condition: service_healthy`), and a hung service is never reported or replaced.",
      example: "services:\n  db:\n    image: postgres:17\n",
      useInstead:
        "services:\n  db:\n    image: postgres:17\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U postgres\"]\n      interval: 10s\n      retries: 5\n",
      fixSafety:
        "Unsafe, and only for images whose own client can tell that the server answers (PostgreSQL's `pg_isready`, " +
        "MySQL's `mysqladmin ping`, `redis-cli ping`, `valkey-cli ping`, `mongosh`, `rabbitmq-diagnostics ping`): " +
        "the check runs every 10 s, and a service that fails it five times is marked unhealthy, which holds back " +
        "dependants waiting for `service_healthy`. What \"healthy\" means for other services is theirs to say.",
      whenNotToUse: "One-shot jobs (migrations, seeders) and images that declare their own HEALTHCHECK.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      if (!definesService(project, service) || !runsContainer(project, service) || hasHealthcheckDecision(project, service.name)) continue;
      if (serviceLayers(project, service.name).some((layer) => serviceEntry(layer, "build"))) continue;
      report({ range: keyRange(service), data: { service, test: knownTest(imageOf(service, project)) } });
    }
  },
  message: ({ service }) =>
    `\`${service.name}\` has no healthcheck, so Docker cannot tell a hung service from a working one and dependants cannot wait for it to be ready. Add a \`healthcheck\` that exercises it.`,
  fix: ({ service, test }, { file }) => {
    const edit = test ? appendToMapping(file, service.node, ["healthcheck:", `  test: ${test}`, "  interval: 10s", "  timeout: 5s", "  retries: 5"]) : undefined;
    return edit && { title: "Add a healthcheck with the image's own client", applicability: "unsafe", edits: [edit] };
  },
});
