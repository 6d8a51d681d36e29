import { healthcheckCommand } from "../../dockerfile/healthcheck";
import { inheritedInstructions } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

/** The options whose defaults rarely fit (30s timeout, no start period), with Docker's defaults. */
const TIMING_DEFAULTS: Record<string, string> = { timeout: "30s", "start-period": "0s" };

export default defineDockerfileRule<{ missing: string[] }>({
  meta: {
    id: "require-healthcheck-timing",
    aliases: ["healthcheck-timing-set"],
    category: "reliability",
    severity: "info",
    fileKind: "dockerfile",
    docs: {
      summary: "The `HEALTHCHECK` relies on the default timeout and start period.",
      whatItDoes: "Flags the shipped image's `HEALTHCHECK CMD` when it sets neither `--timeout` nor `--start-period`, or only one of them.",
      whyItMatters:
        "The defaults are a 30 second timeout, so a hung check ties up the slot for half a minute, and no start " +
        "period, so a slow-starting service is marked unhealthy (and restarted by some orchestrators) before it " +
        "has finished booting.",
      example: "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n",
      useInstead: "FROM nginx:1.27\nHEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD curl -f http://localhost/ || exit 1\n",
      fixSafety: "No fix is offered: good values depend on how fast the service starts and answers.",
      whenNotToUse: "When the defaults are what you want; set them explicitly anyway so readers know.",
    },
  },
  check({ model }, report) {
    const stage = model.finalStage;
    if (!stage) return;
    const healthcheck = inheritedInstructions(stage).filter((instruction) => instruction.keyword === "HEALTHCHECK").at(-1);
    if (!healthcheck || !healthcheckCommand(model, healthcheck)) return;
    const set = new Set(healthcheck.flags.map((flag) => flag.name));
    const missing = Object.keys(TIMING_DEFAULTS).filter((option) => !set.has(option));
    if (missing.length > 0) report({ range: healthcheck.keywordWord.range, data: { missing } });
  },
  message: ({ missing }) =>
    `This \`HEALTHCHECK\` uses the default ${missing.map((option) => `\`--${option}=${TIMING_DEFAULTS[option]}\``).join(" and ")}, which rarely ${missing.length === 1 ? "fits" : "fit"}${missing.includes("start-period") ? ": a slow start is counted as failures" : ""}. Set ${missing.map((option) => `\`--${option}\``).join(" and ")} for this service.`,
});
