import { rangeOf } from "../../compose/nodes";
import { childEntries, serviceEntry, SWARM_ONLY_DEPLOY_KEYS } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; key: string; why: string }>({
  meta: {
    id: "no-swarm-only-deploy-keys",
    aliases: ["compose-swarm-only-deploy"],
    category: "correctness",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "A `deploy` setting only Docker Swarm uses.",
      whatItDoes: "Flags `deploy.placement`, `update_config`, `rollback_config`, `endpoint_mode` and `deploy.labels`, which `docker compose up` ignores.",
      whyItMatters:
        "They read like production safeguards (run on a manager, roll updates one at a time) but do nothing unless " +
        "the file is deployed with `docker stack deploy`. The reader believes in a protection that is not there.",
      example: "services:\n  db:\n    image: postgres:17\n    deploy:\n      placement:\n        constraints:\n          - node.role == manager\n",
      useInstead: "services:\n  db:\n    image: postgres:17\n    deploy:\n      resources:\n        limits:\n          memory: 1G\n",
      fixSafety: "No fix: keep them if the file is also deployed to Swarm.",
      whenNotToUse: "Files deployed with `docker stack deploy`.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      for (const setting of childEntries(file, serviceEntry(service, "deploy")?.value)) {
        const why = SWARM_ONLY_DEPLOY_KEYS[String(setting.key.value)];
        if (why) report({ range: rangeOf(file.lines, setting.key), data: { service: service.name, key: String(setting.key.value), why } });
      }
    }
  },
  message: ({ service, key, why }) =>
    `\`deploy.${key}\` of \`${service}\` is ignored by \`docker compose\`: ${why}. It only takes effect with \`docker stack deploy\`; remove it if you do not use Swarm.`,
});
