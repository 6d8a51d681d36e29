import { argumentsSpan } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

const SIGNALS = new Set([
  "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT", "KILL", "PIPE", "POLL", "PROF",
  "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM", "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2",
  "VTALRM", "WINCH", "XCPU", "XFSZ",
]);

function isValidSignal(value: string): boolean {
  if (/^\d+$/.test(value)) return Number(value) >= 1 && Number(value) <= 64;
  const name = value.toUpperCase().replace(/^SIG/, "");
  return SIGNALS.has(name) || /^RTM(IN|AX)([+-]\d+)?$/.test(name);
}

export default defineDockerfileRule<{ signal: string }>({
  meta: {
    id: "no-invalid-stopsignal",
    aliases: ["invalidStopSignal", "stopsignal-valid"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "`STOPSIGNAL` names no signal.",
      whatItDoes: "Flags `STOPSIGNAL` values that are neither a signal name (`SIGTERM`, `SIGQUIT`, `SIGRTMIN+3`…) nor a number from 1 to 64.",
      whyItMatters: "Docker cannot send an unknown signal: the build or `docker stop` fails, and the container is killed without a graceful shutdown.",
      example: "FROM nginx:1.27\nSTOPSIGNAL SIGGRACEFUL\n",
      useInstead: "FROM nginx:1.27\nSTOPSIGNAL SIGQUIT\n",
      fixSafety: "No fix is offered: the intended signal is unknown.",
      whenNotToUse: "Never: the value does not work.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      const span = instruction.keyword === "STOPSIGNAL" ? argumentsSpan(instruction) : undefined;
      const signal = instruction.argsText.trim();
      if (span && signal && !signal.includes("$") && !isValidSignal(signal)) report({ range: span.range, data: { signal } });
    }
  },
  message: ({ signal }) =>
    `\`${signal}\` is not a signal Docker can send, so stopping the container fails. Use a name such as \`SIGTERM\` or \`SIGQUIT\`.`,
});
