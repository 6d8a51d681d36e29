import { defineDockerfileRule } from "../types";

type Data =
  | { kind: "duration"; flag: string; value: string }
  | { kind: "too-small"; flag: string; value: string }
  | { kind: "retries"; value: string }
  | { kind: "unknown-flag"; flag: string }
  | { kind: "missing-command" }
  | { kind: "none-with-arguments" }
  | { kind: "unknown-type"; type: string };

const DURATION_FLAGS = new Set(["interval", "timeout", "start-period", "start-interval"]);
const GO_DURATION = /^(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h)(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))*$/;
const UNIT_NANOSECONDS: Record<string, number> = { ns: 1, us: 1e3, "µs": 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

function nanoseconds(duration: string): number {
  let total = 0;
  for (const [, amount, unit] of duration.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(amount) * UNIT_NANOSECONDS[unit!]!;
  return total;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-invalid-healthcheck",
    aliases: [
      "flagInvalidDuration", "flagMissingDuration", "flagUnknownUnit", "flagLessThan1ms", "flagAtLeastOne",
      "healthcheckCmdArgumentMissing", "healthcheckTypeUnknown", "healthcheck_options_missing_args",
    ],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "A `HEALTHCHECK` has invalid options or no command.",
      whatItDoes:
        "Flags `HEALTHCHECK` durations that are not Go durations with a unit (`30s`, `1m30s`) or are below 1ms, " +
        "`--retries` that is not a positive integer, unknown options, `CMD` without a command, `NONE` with arguments, " +
        "and types other than `CMD` and `NONE`.",
      whyItMatters: "The builder rejects these values, so the image does not build; a missing unit (`--interval=30`) is the usual slip.",
      example: "FROM nginx:1.27\nHEALTHCHECK --interval=30 --retries=0 CMD curl -f http://localhost/ || exit 1\n",
      useInstead: "FROM nginx:1.27\nHEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/ || exit 1\n",
      fixSafety: "No fix is offered: the intended unit or value is unknown.",
      whenNotToUse: "Never: these values do not work.",
    },
  },
  check({ model }, report) {
    for (const healthcheck of model.instructions) {
      if (healthcheck.keyword !== "HEALTHCHECK") continue;
      for (const flag of healthcheck.flags) {
        const { name } = flag;
        const value = flag.value?.value ?? "";
        const range = (flag.value ?? flag).range;
        if (DURATION_FLAGS.has(name)) {
          if (value.includes("$")) continue;
          if (value !== "0" && !GO_DURATION.test(value)) report({ range, data: { kind: "duration", flag: name, value } });
          else if (value !== "0" && nanoseconds(value) < 1e6) report({ range, data: { kind: "too-small", flag: name, value } });
        } else if (name === "retries") {
          if (!/^[1-9]\d*$/.test(value) && !value.includes("$")) report({ range, data: { kind: "retries", value } });
        } else {
          const nameEnd = flag.value ? flag.value.start - 1 : flag.end;
          report({ range: model.rangeOf(flag.start + 2, nameEnd), data: { kind: "unknown-flag", flag: name } });
        }
      }
      const [subcommand, ...operands] = healthcheck.args;
      if (!subcommand) continue;
      const type = subcommand.value.toUpperCase();
      const range = subcommand.range;
      if (type === "CMD" && operands.length === 0) report({ range, data: { kind: "missing-command" } });
      else if (type === "NONE" && operands.length > 0) report({ range, data: { kind: "none-with-arguments" } });
      else if (type !== "CMD" && type !== "NONE") report({ range, data: { kind: "unknown-type", type: subcommand.value } });
    }
  },
  message: (data) => {
    switch (data.kind) {
      case "duration":
        return `\`--${data.flag}=${data.value}\` is not a duration with a unit, so the build fails. Write e.g. \`--${data.flag}=30s\`.`;
      case "too-small":
        return `\`--${data.flag}=${data.value}\` is below the 1ms minimum Docker accepts. Use a realistic value such as \`5s\`.`;
      case "retries":
        return `\`--retries=${data.value}\` must be a positive whole number. Use e.g. \`--retries=3\`.`;
      case "unknown-flag":
        return `\`--${data.flag}\` is not a \`HEALTHCHECK\` option; use \`--interval\`, \`--timeout\`, \`--start-period\`, \`--start-interval\` or \`--retries\`.`;
      case "missing-command":
        return "`HEALTHCHECK CMD` needs a command to run. Add one, e.g. `CMD [\"/app/healthcheck\"]`.";
      case "none-with-arguments":
        return "`HEALTHCHECK NONE` takes no arguments; remove them (or use `CMD` to declare a check).";
      case "unknown-type":
        return `\`${data.type}\` is not a \`HEALTHCHECK\` type; write \`CMD <command>\` or \`NONE\`.`;
    }
  },
});
