import { composeBuilds, stageHealthcheck } from "../../builds";
import type { ComposeFile } from "../../compose/model";
import { entries, entry, rangeOf, text } from "../../compose/nodes";
import { mergedEntry, serviceLayers, type ComposeProject } from "../../compose/project";
import { composeHealthcheck, resolvedText, serviceEntry } from "../../compose/query";
import { isOfficialImage } from "../../dockerfile/base-images";
import { stageLineage } from "../../dockerfile/stages";
import type { Workspace } from "../../workspace";
import { defineWorkspaceRule } from "../types";

/** Why the dependency will never report healthy. */
type Reason =
  | { kind: "disabled" }
  | { kind: "dockerfile"; path: string; disabled: boolean }
  | { kind: "official"; image: string };

/** Why the service `name` has no healthcheck to wait for, or undefined when it has one or the review cannot tell. */
function missingHealthcheck(workspace: Workspace, project: ComposeProject, name: string): Reason | undefined {
  const layers = serviceLayers(project, name);
  if (layers.length === 0) return undefined;
  const compose = composeHealthcheck(project, name);
  if (compose === "test") return undefined;
  if (compose === "disabled") return { kind: "disabled" };
  if (layers.some((layer) => serviceEntry(layer, "build"))) {
    // Built here: the HEALTHCHECK of the stage it builds decides, when that Dockerfile is part of the review.
    const build = composeBuilds(workspace).find((candidate) => layers.includes(candidate.service));
    if (!build?.stage) return undefined;
    const healthcheck = stageHealthcheck(build.stage);
    if (healthcheck) return healthcheck.args[0]?.value.toUpperCase() === "NONE" ? { kind: "dockerfile", path: build.dockerfilePath, disabled: true } : undefined;
    const root = stageLineage(build.stage).at(-1)!.base;
    return root.kind === "scratch" || (root.kind === "image" && root.value !== undefined && isOfficialImage(root.value)) ? { kind: "dockerfile", path: build.dockerfilePath, disabled: false } : undefined;
  }
  const image = resolvedText(mergedEntry(project, name, "image")?.found.value);
  // Docker's official images (`postgres`, `redis`…) declare no HEALTHCHECK; others may, out of the review's sight.
  return image && isOfficialImage(image) ? { kind: "official", image } : undefined;
}

function* waitsForHealthy(file: ComposeFile) {
  const doc = file.doc;
  if (!doc) return;
  for (const service of file.services) {
    for (const dependency of entries(doc, serviceEntry(service, "depends_on")?.value)) {
      const condition = entry(doc, dependency.value, "condition")?.value;
      // `required: false`: Compose only warns when such a dependency fails to start.
      if (text(condition) !== "service_healthy" || text(entry(doc, dependency.value, "required")?.value) === "false") continue;
      yield { service: service.name, dependency: String(dependency.key.value), condition: condition! };
    }
  }
}

export default defineWorkspaceRule<{ service: string; dependency: string; reason: Reason }>({
  meta: {
    id: "no-wait-on-missing-healthcheck",
    aliases: ["compose-healthy-wait-without-healthcheck"],
    category: "reliability",
    severity: "error",
    fileKind: "workspace",
    docs: {
      summary: "A service waits for a dependency to be healthy, and the dependency has no healthcheck.",
      whatItDoes:
        "Flags `condition: service_healthy` on a dependency that can never report healthy: its healthcheck is " +
        "switched off in compose (`disable: true`, `test: [\"NONE\"]`), or it has none in compose and its image has " +
        "none either: a Docker official image (they declare no HEALTHCHECK), or a Dockerfile of the review with no " +
        "HEALTHCHECK in the stage it builds (or `HEALTHCHECK NONE`). Images the review cannot see are not judged.",
      whyItMatters:
        "`docker compose up` stops with \"dependency failed to start: container … has no healthcheck configured\": " +
        "the dependant never starts, however well the dependency runs.",
      example:
        "==> compose.yaml <==\nservices:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17\n",
      useInstead:
        "==> compose.yaml <==\nservices:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17\n" +
        "    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U postgres\"]\n      interval: 10s\n      retries: 5\n",
      fixSafety:
        "No fix: what \"healthy\" means is the dependency's to say (`require-service-healthcheck` proposes a check for " +
        "well-known database images). Waiting only for the start (`service_started`) would hide the race the condition was written for.",
      whenNotToUse: "Never: Compose refuses to start the dependant.",
    },
  },
  check({ workspace }, report) {
    for (const parsed of workspace.files) {
      if (parsed.kind !== "compose") continue;
      for (const wait of waitsForHealthy(parsed.compose)) {
        const reason = missingHealthcheck(workspace, parsed.project, wait.dependency);
        if (!reason) continue;
        report({ path: parsed.compose.path, range: rangeOf(parsed.compose.lines, wait.condition), data: { service: wait.service, dependency: wait.dependency, reason } });
      }
    }
  },
  message: ({ service, dependency, reason }) => {
    const why =
      reason.kind === "disabled" ? `its healthcheck is switched off in compose`
      : reason.kind === "official" ? `it has no healthcheck in compose and the \`${reason.image}\` image declares none (Docker's official images leave it out)`
      : reason.disabled ? `its Dockerfile, ${reason.path}, switches the healthcheck off (HEALTHCHECK NONE)`
      : `it has no healthcheck in compose and no HEALTHCHECK in ${reason.path}`;
    return `\`${service}\` waits for \`${dependency}\` to be healthy, but ${why}: \`docker compose up\` fails with "has no healthcheck configured". Give \`${dependency}\` a healthcheck.`;
  },
});
