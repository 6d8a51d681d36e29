import type { Command, ParsedOption } from "../../dockerfile/commands";
import { defineDockerfileRule } from "../types";
import { hasExpansion, optionWords, writtenProgram } from "./support/commands";

interface Data {
  /** The command and option as written: `apk add --allow-untrusted`. */
  setting: string;
  /** What the option turns off, in a few words. */
  effect: string;
}

const SIGNATURE = "skips the signature check of the packages it installs";
const APK_INSTALLS = new Set(["add", "upgrade", "fix"]);
const RPM_TOOLS = new Set(["yum", "dnf", "microdnf", "tdnf"]);
/** apt `-o` settings that accept unsigned repositories or packages. */
const APT_INSECURE_OPTION = /^(APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)=(1|true|yes)$/i;
const SETOPT_NO_GPGCHECK = /^([^=]+\.)?(gpgcheck|repo_gpgcheck|localpkg_gpgcheck)=(0|false|no|off)$/i;
const RPM_NO_CHECKS: Record<string, string> = {
  "--nosignature": "skips the signature check of the package",
  "--nodigest": "skips the digest (integrity) check of the package",
  "--nofiledigest": "skips the digest check of the package's files",
  "--noverify": "skips the verification of the package",
};

/** The options of one command that install packages without checking their signature, with what each turns off. */
function bypasses(command: Command): [ParsedOption, string][] {
  const found: [ParsedOption, string][] = [];
  const program = command.program;
  if (program === "apk") {
    const untrusted = command.option("--allow-untrusted");
    if (untrusted && APK_INSTALLS.has(command.subcommandName ?? "")) found.push([untrusted, SIGNATURE]);
  } else if (program === "apt-get" || program === "apt") {
    for (const option of command.options) {
      if (option.name === "--allow-unauthenticated") found.push([option, "accepts packages and repositories whose signature cannot be verified"]);
      else if (option.name === "--force-yes") found.push([option, "answers yes to everything, unauthenticated packages included (it is deprecated; apt says to use the specific `--allow-…` option instead)"]);
      else if (option.name === "-o" && option.value && !hasExpansion(option.value.value) && APT_INSECURE_OPTION.test(option.value.value)) found.push([option, "accepts packages and repositories whose signature cannot be verified"]);
    }
  } else if (program && RPM_TOOLS.has(program)) {
    for (const option of command.options) {
      if (option.name === "--nogpgcheck") found.push([option, SIGNATURE]);
      else if (option.name === "--setopt" && option.value && !hasExpansion(option.value.value) && SETOPT_NO_GPGCHECK.test(option.value.value)) found.push([option, SIGNATURE]);
    }
  } else if (program === "zypper") {
    const noChecks = command.option("--no-gpg-checks");
    if (noChecks) found.push([noChecks, SIGNATURE]);
  } else if (program === "rpm") {
    for (const option of command.options) {
      const effect = RPM_NO_CHECKS[option.name];
      if (effect) found.push([option, effect]);
    }
  }
  return found;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-unverified-packages",
    aliases: ["CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11"],
    category: "security",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "A package manager installs packages without checking their signature.",
      whatItDoes:
        "Flags `apk add --allow-untrusted`, `apt-get --allow-unauthenticated`, `apt-get --force-yes`, apt " +
        "`-o APT::Get::AllowUnauthenticated=true`, `--nogpgcheck` or `--setopt=gpgcheck=0` with yum, dnf, microdnf " +
        "and tdnf, `zypper --no-gpg-checks`, and `rpm --nosignature`/`--nodigest`/`--nofiledigest`/`--noverify`, " +
        "naming the option. Commands are read through `sudo`, `sh -c` and heredocs.",
      whyItMatters:
        "Package signatures are what ties a package to its distribution. Without the check, a mirror, proxy or " +
        "attacker on the network can substitute any package, and the build installs it as root into the image.",
      example: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --allow-unauthenticated curl\n",
      useInstead:
        "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n",
      fixSafety:
        "No fix is offered: a repository that fails the check needs its signing key installed (`/etc/apt/keyrings`, " +
        "`rpm --import`, `/etc/apk/keys`), which only you can provide.",
      whenNotToUse:
        "Installing packages built earlier in the same build (an `apk index` of your own packages), where no signature " +
        "exists and nothing crosses the network; suppress that line with a reason.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      for (const command of context.commands(run)) {
        for (const [option, effect] of bypasses(command)) {
          const words = optionWords(option);
          const subcommand = command.subcommand ? ` ${command.subcommand.value}` : "";
          // `-y --force-yes` is named as written; one letter of a combined `-fy` by itself.
          const written = option.word.value.startsWith("--") || words.length > 1 ? words.map((word) => word.value).join(" ") : option.written;
          report({ range: context.model.rangeOf(words[0]!.start, words.at(-1)!.end), data: { setting: `${writtenProgram(command)}${subcommand} ${written}`, effect } });
        }
      }
    }
  },
  message: ({ setting, effect }) =>
    `\`${setting}\` ${effect}, so a tampered mirror or proxy can slip in any package, installed as root. ` +
    "Remove the option and install the repository's signing key instead.",
});
