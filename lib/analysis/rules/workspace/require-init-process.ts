import { composeBuilds } from "../../builds";
import { mergedEntry } from "../../compose/project";
import { isTrue } from "../../compose/query";
import type { Stage, Word } from "../../dockerfile/model";
import { basename } from "../../paths";
import { defineWorkspaceRule } from "../types";
import { isScriptName, startedWord, startInstructions } from "../../dockerfile/start-command";

interface Data {
  program: string;
  /** The compose services that build the image without `init: true`. */
  services: string[];
}

/**
 * Runtimes that install no SIGTERM handler of their own: as PID 1 the kernel ignores signals without a handler, so
 * `docker stop` waits its grace period and then kills them. Package-manager launchers also do not pass signals on.
 */
const SIGNAL_DEAF = /^(node|nodejs|npm|npx|yarn|pnpm|python[0-9.]*|ruby|bundle|rails|rake|php|perl)$/;

/** Modules that `python -m` starts and that handle SIGTERM themselves (servers with a master process). */
const SIGNAL_HANDLING_MODULES = new Set(["gunicorn", "uvicorn", "hypercorn", "daphne", "celery", "granian"]);

/** Wrappers that switch user and exec the rest: `gosu app node …`, `su-exec app node …`. */
const USER_SWITCHERS = new Set(["gosu", "su-exec"]);

/** The program that ends up as PID 1 when an image starts, if we can tell. */
function pidOneWord(stage: Stage): { word: Word; args: Word[] } | undefined {
  const { entrypoint, cmd } = startInstructions(stage);
  // An entrypoint script usually ends with `exec "$@"`: the CMD becomes PID 1.
  const started = entrypoint && entrypoint.form === "exec" ? startedWord(entrypoint) : undefined;
  const instruction = entrypoint ? (started && isScriptName(started) ? cmd : entrypoint) : cmd;
  if (!instruction || instruction.form !== "exec") return undefined;
  // The CMD's words are arguments of an exec-form ENTRYPOINT (`ENTRYPOINT ["python3"]` + `CMD ["app.py"]`).
  let args = instruction === entrypoint && cmd?.form === "exec" ? [...instruction.args, ...cmd.args] : instruction.args;
  if (args[0] && USER_SWITCHERS.has(basename(args[0].value))) args = args.slice(2);
  const word = args[0];
  return word && !word.value.includes("$") ? { word, args: args.slice(1) } : undefined;
}

function ignoresSignals(word: Word, args: Word[]): boolean {
  const program = basename(word.value);
  if (!SIGNAL_DEAF.test(program)) return false;
  // An interactive interpreter (`CMD ["python3"]`, `php -a`): the official images' default, not a service.
  if (args.every((arg) => arg.value.startsWith("-"))) return false;
  const module = args[0]?.value === "-m" ? args[1]?.value : undefined;
  return !(module && SIGNAL_HANDLING_MODULES.has(module));
}

export default defineWorkspaceRule<Data>({
  meta: {
    id: "require-init-process",
    aliases: ["init-process-pid1"],
    category: "reliability",
    severity: "info",
    fileKind: "workspace",
    docs: {
      summary: "The container's main process runs as PID 1 without an init, and it ignores stop signals there.",
      whatItDoes:
        "Looks at the process the built image starts (its exec-form `ENTRYPOINT`, or its `CMD` when the entrypoint is a " +
        "script that hands over to it) and flags runtimes that install no SIGTERM handler of their own: `node`, `npm`, " +
        "`yarn`, `python` (not `python -m gunicorn`/`uvicorn`…), `ruby`, `php`, `perl`. Silent when an init runs first " +
        "(`tini`, `dumb-init`, s6…), when a compose service building the image sets `init: true`, and for servers that " +
        "handle signals themselves (nginx, postgres, Java, Go programs…), an interactive interpreter (`CMD [\"python3\"]`) " +
        "and images that keep their base image's command.",
      whyItMatters:
        "PID 1 is special: the kernel does not apply the default action of a signal it has no handler for, so SIGTERM " +
        "from `docker stop` is ignored and the container is killed after the grace period, losing in-flight requests. " +
        "PID 1 must also reap orphaned child processes, which these runtimes do not, so zombies pile up. `npm start` " +
        "adds a launcher that does not pass signals on to the program.",
      example: "FROM node:22-slim\nCOPY . .\nCMD [\"npm\", \"start\"]\n",
      useInstead: "FROM node:22-slim\nRUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY . .\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"node\", \"server.js\"]\n",
      fixSafety: "No fix: the init can come from the image (`tini`), from compose (`init: true`) or from `docker run --init`.",
      whenNotToUse:
        "Programs that install their own SIGTERM handler and spawn no children, and deployments that always add an init " +
        "(`docker run --init`, Kubernetes with a shared process namespace).",
    },
  },
  check({ workspace }, report) {
    const builds = composeBuilds(workspace);
    for (const file of workspace.files) {
      if (file.kind !== "dockerfile") continue;
      const users = builds.filter((build) => build.dockerfile === file.dockerfile);
      const stages = users.length > 0 ? users.map((build) => build.stage) : [file.dockerfile.finalStage];
      for (const stage of new Set(stages)) {
        const started = stage && pidOneWord(stage);
        if (!started || !ignoresSignals(started.word, started.args)) continue;
        const withoutInit = users
          .filter((build) => build.stage === stage && !isTrue(mergedEntry(build.project, build.service.name, "init")?.found.value))
          .map((build) => build.service.name);
        if (users.length > 0 && withoutInit.length === 0) continue;
        report({ path: file.path, range: started.word.range, data: { program: basename(started.word.value), services: withoutInit } });
      }
    }
  },
  message: ({ program, services }) => {
    const launcher = /^(npm|npx|yarn|pnpm)$/.test(program) ? ` \`${program}\` also does not pass signals on to the program it starts: run \`node\` directly.` : "";
    const where = services.length > 0 ? `\`init: true\` on ${services.map((name) => `\`${name}\``).join(", ")} in compose` : "`init: true` in compose, `docker run --init`";
    return (
      `\`${program}\` runs as PID 1 without an init: there it ignores SIGTERM unless it installs a handler, so \`docker stop\` waits and then kills it, and orphaned child processes are never reaped.${launcher} ` +
      `Run it under an init: ${where}, or \`ENTRYPOINT ["tini", "--"]\` in the image.`
    );
  },
});
