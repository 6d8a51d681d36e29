import { notShippedNote } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

interface Data {
  /** `git clone`, `pip install`… */
  command: string;
  url: string;
  /** Where to insert `--mount=type=ssh ` (just after the `RUN` keyword). */
  insertAt: number;
  note: string;
}

/** `ssh://…`, `git+ssh://…`, and scp-like `user@host:path` (not `user@host:22/…`-style URLs with a scheme). */
const SSH_URL = /^(git\+)?ssh:\/\/|^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:(?!\/\/)/;
/** Subcommands that contact the remote (a `git remote add` only records it). */
const FETCHES = new Map<string, ReadonlySet<string>>(Object.entries({
  git: new Set(["clone", "fetch", "pull", "ls-remote", "submodule", "archive"]),
  pip: new Set(["install", "download", "wheel"]),
  npm: new Set(["install", "ci"]),
  yarn: new Set(["add", "install"]),
  pnpm: new Set(["add", "install"]),
  go: new Set(["get", "install", "mod"]),
  cargo: new Set(["install"]),
}));

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-ssh-mount",
    aliases: ["ssh-fetch-without-ssh-mount"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "A `RUN` fetches over SSH without `--mount=type=ssh`.",
      whatItDoes:
        "Flags an SSH URL (`git@host:org/repo.git`, `ssh://…`, `git+ssh://…`) given to `git clone`/`fetch`/`pull`, " +
        "`pip install`, `npm install`, `go get` and similar in a `RUN` that has no `--mount=type=ssh` (or secret " +
        "mount) to authenticate with.",
      whyItMatters:
        "Without an SSH mount the fetch only works if a private key is inside the image (copied in or written by an " +
        "earlier step), where anyone who pulls the image can read it, even if a later step deletes it. " +
        "`RUN --mount=type=ssh` forwards the builder's SSH agent for that one step and leaves nothing behind.",
      example: "FROM alpine:3.20\nRUN apk add --no-cache git openssh-client && git clone git@github.com:example/private.git /src\n",
      useInstead:
        "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN apk add --no-cache git openssh-client \\\n" +
        " && mkdir -p -m 0700 ~/.ssh && ssh-keyscan github.com >> ~/.ssh/known_hosts\n" +
        "RUN --mount=type=ssh git clone git@github.com:example/private.git /src\n",
      fixSafety:
        "The fix adds `--mount=type=ssh` to the `RUN`. It is unsafe: the build must then be started with `--ssh default` " +
        "(and the host key must be known), and a key copied into the image earlier should be removed by hand.",
      whenNotToUse: "Public repositories reachable over HTTPS: switch the URL to `https://` instead.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      const commands = context.commands(run);
      if (commands.length === 0 || context.run(run).mounts.some((mount) => mount.type === "ssh" || mount.type === "secret")) continue;
      for (const command of commands) {
        const fetches = command.program && FETCHES.get(command.program);
        if (!fetches || !fetches.has(command.subcommandName ?? "")) continue;
        const url = command.operands.find((word) => SSH_URL.test(word.value));
        if (url) {
          report({ range: url.range, data: { command: `${command.program} ${command.subcommandName}`, url: url.value, insertAt: run.keywordWord.end, note: notShippedNote(run.stage) } });
          break;
        }
      }
    }
  },
  message: ({ command, url, note }) =>
    `\`${command} ${url}\` authenticates over SSH, but this \`RUN\` has no \`--mount=type=ssh\`: the private key would have to be in a layer${note}. ` +
    "Add `--mount=type=ssh` to the `RUN` and build with `--ssh default`.",
  fix: ({ insertAt }, { model }) => ({
    title: "Forward the SSH agent to this RUN (--mount=type=ssh)",
    applicability: "unsafe",
    edits: [{ range: model.rangeOf(insertAt, insertAt), text: " --mount=type=ssh" }],
  }),
});
