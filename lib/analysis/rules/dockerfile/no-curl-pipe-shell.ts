import { SHELLS, type Command, type CommandWord } from "../../dockerfile/commands";
import { defineDockerfileRule } from "../types";
import { pipedFrom } from "./support/commands";

interface Data {
  /** `curl … | sh`, `sh -c "$(curl …)"` or `bash <(curl …)`. */
  pattern: string;
  url: string | undefined;
}

/** Interpreters that run a script given on standard input, as `-`, or through `-c`/process substitution. */
const INTERPRETERS = new Set([...SHELLS, "python", "perl", "ruby", "node", "php"]);
const URL = /^(https?|ftp):\/\//i;

/** True when the command downloads something to standard output. */
function downloadsToStdout(command: Command): boolean {
  if (command.program === "curl") {
    const output = command.option("--output");
    return (!output || output.value?.value === "-") && !command.has("--remote-name") && !command.has("--remote-name-all");
  }
  if (command.program === "wget") return command.option("--output-document")?.value?.value === "-";
  return false;
}

/** True when the interpreter takes its script from standard input: no script file, or `-`, or `sh -s`. */
function readsScriptFromStdin(command: Command): boolean {
  if (command.has("-c") || command.has("-e") && command.program !== undefined && !SHELLS.has(command.program)) return false;
  const first = command.operands[0];
  return !first || first.value === "-" || SHELLS.has(command.program!) && command.has("-s");
}

/** A download run inside a word of the command: `sh -c "$(curl …)"`, `bash <(curl …)`. */
function downloadInside(commands: Command[], word: CommandWord | undefined): Command | undefined {
  if (!word || word.literal) return undefined;
  return commands.find((inner) => inner.start >= word.start && inner.end <= word.end && inner.context.includes("substitution") && downloadsToStdout(inner));
}

const urlOf = (download: Command) => download.operands.find((word) => word.literal && URL.test(word.value))?.value;

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-curl-pipe-shell",
    aliases: ["curl-pipe-shell"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "A script downloaded during the build is run without being checked.",
      whatItDoes:
        "Flags `curl … | sh` and `wget -O- … | bash` (also into `python`, `perl`, `ruby`, `node`, `php`, and " +
        "through `sudo`), `sh -c \"$(curl …)\"`, `eval \"$(curl …)\"` and `bash <(curl …)`. A download saved to a " +
        "file (`curl -o`, plain `wget`) is not piped, so it is not reported.",
      whyItMatters:
        "Whatever the server returns at build time runs as the build user, usually root: a compromised or changed " +
        "install script goes into the image unnoticed, and two builds of the same commit can install different things. " +
        "A truncated download can even run half a script.",
      example: "FROM debian:12-slim\nRUN curl -fsSL https://get.example.com/install.sh | sh\n",
      useInstead:
        "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*\n" +
        "RUN curl -fsSLo /tmp/install.sh https://get.example.com/v1.2.3/install.sh \\\n" +
        " && echo \"24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  /tmp/install.sh\" | sha256sum -c - \\\n" +
        " && sh /tmp/install.sh \\\n && rm /tmp/install.sh\n",
      fixSafety: "No fix is offered: the checksum must come from a copy of the script you have reviewed.",
      whenNotToUse: "Throwaway images, or installers whose download you cannot pin; suppress the line with a reason.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      const commands = context.commands(run);
      for (const [index, command] of commands.entries()) {
        const program = command.program;
        if (program === "eval" || program === "source" || program === ".") {
          const download = command.args.map((word) => downloadInside(commands, word)).find(Boolean);
          if (download) report({ range: command.range, data: { pattern: `${program} "$(${download.program} …)"`, url: urlOf(download) } });
          continue;
        }
        if (!program || !INTERPRETERS.has(program)) continue;
        const source = pipedFrom(commands, index);
        if (source && downloadsToStdout(source) && readsScriptFromStdin(command)) {
          report({ range: context.model.rangeOf(source.start, command.end), data: { pattern: `${source.program} … | ${program}`, url: urlOf(source) } });
          continue;
        }
        // `sh -c "$(curl …)"`: the script is the download; `bash <(curl …)`: the script file is the download.
        const scriptWord = command.has("-c") ? command.operands[0] : command.operands[0]?.value.startsWith("<(") ? command.operands[0] : undefined;
        const download = downloadInside(commands, scriptWord);
        if (download) {
          const pattern = scriptWord!.value.startsWith("<(") ? `${program} <(${download.program} …)` : `${program} -c "$(${download.program} …)"`;
          report({ range: command.range, data: { pattern, url: urlOf(download) } });
        }
      }
    }
  },
  message: ({ pattern, url }) =>
    `\`${pattern}\` runs ${url ? `\`${url}\`` : "a downloaded script"} as soon as it arrives, unchecked: a compromised or changed script ` +
    "goes straight into the image. Download it with `ADD --checksum=sha256:…` (or verify it with `sha256sum -c`), then run the file.",
});
