import type { Command, CommandWord } from "../../dockerfile/commands";
import { defineDockerfileRule } from "../types";
import { followedBy } from "./package-managers";
import { environmentAssignments, fileWrite, hasExpansion, optionWords, writtenProgram } from "./support/commands";
import { FALSE_VALUE, tlsSwitchTool } from "./support/tls-switches";

interface Data {
  /** The setting as written, e.g. `curl -k` or `git config http.sslVerify false`. */
  setting: string;
  tool: string;
}

interface Bypass {
  /** What to underline, first to last (words, or a command and its redirect). */
  words: { start: number; end: number }[];
  setting: string;
  tool: string;
}

/** `http.sslVerify` and `http.<url>.sslVerify`, which git reads case-insensitively. */
const GIT_SSL_VERIFY = /^http\.(.+\.)?sslverify$/i;
/** A yum/dnf `--setopt` that turns off `sslverify` globally or for a repository (`*.sslverify`, `epel.sslverify`). */
const SETOPT_SSLVERIFY = /^([^=]+\.)?sslverify=(0|false|no|off)$/i;
const RPM_TOOLS = new Set(["yum", "dnf", "microdnf", "tdnf"]);
/** apt `-o` settings that accept any HTTPS certificate (also per host: `Acquire::https::repo.example.com::Verify-Peer`). */
const APT_NO_VERIFY = /^Acquire::https::(.+::)?Verify-(Peer|Host)=(0|false|no|off)$/i;
const WGET_NO_CHECK = /^check_?certificate\s*=\s*(0|false|no|off)$/i;

/** Configuration files whose content can turn the checks off, by name: the tool and the setting's pattern. */
const CONFIG_FILES = new Map<string, { tool: string; setting: RegExp }>([
  [".curlrc", { tool: "curl", setting: /^\s*(-k|--insecure|insecure)\s*$/m }],
  [".wgetrc", { tool: "wget", setting: /check_?certificate\s*=\s*(0|false|no|off)\b/i }],
  ["wgetrc", { tool: "wget", setting: /check_?certificate\s*=\s*(0|false|no|off)\b/i }],
  [".npmrc", { tool: "npm", setting: /strict-ssl\s*=\s*false/i }],
  ["pip.conf", { tool: "pip", setting: /trusted-host\s*=/i }],
  [".condarc", { tool: "conda", setting: /ssl_verify\s*:\s*(false|no)\b/i }],
]);
const APT_CONFIG = { tool: "apt", setting: /Verify-(Peer|Host)\s*"?(false|0|no|off)/i };
const NODE_TOOLS = new Set(["npm", "yarn", "pnpm"]);

/** `set key value` / `set key=value` (the operands after `set`), when both are literal. */
function configSet(operands: CommandWord[]): { key: string; value: string; words: CommandWord[]; text: string } | undefined {
  const [key, value] = operands;
  if (!key?.literal) return undefined;
  const equals = key.value.indexOf("=");
  if (equals > 0) return { key: key.value.slice(0, equals), value: key.value.slice(equals + 1), words: [key], text: key.raw };
  if (!value?.literal) return undefined;
  return { key: key.value, value: value.value, words: [key, value], text: `${key.raw} ${value.raw}` };
}

/** `echo insecure >> ~/.curlrc`, `printf … > /etc/apt/apt.conf.d/99insecure`: a configuration file that turns the checks off. */
function writtenConfig(commands: readonly Command[], index: number): Bypass | undefined {
  const write = fileWrite(commands, index);
  if (!write) return undefined;
  const name = write.path.slice(write.path.lastIndexOf("/") + 1);
  const config = write.path.includes("/apt.conf") ? APT_CONFIG : CONFIG_FILES.get(name);
  if (!config || !config.setting.test(write.content)) return undefined;
  return { words: [write.span], setting: write.description, tool: config.tool };
}

/** Checksum tools a forger cannot match (md5 and sha1 can be). */
const STRONG_SUM_PROGRAMS = new Set(["sha256sum", "sha384sum", "sha512sum", "b2sum"]);
const STRONG_SHASUM = /^(256|384|512|512224|512256)$/;

/** `sha256sum -c`, `shasum -a 512 --check`, `gpg --verify`, `gpgv`: a command that rejects a forged file. */
function verifiesDownload(command: Command): boolean {
  const args = command.args.map((word) => word.value);
  const checks = args.includes("-c") || args.includes("--check");
  if (command.program && STRONG_SUM_PROGRAMS.has(command.program)) return checks;
  if (command.program === "shasum") {
    const algorithm = args[args.findIndex((arg) => arg === "-a" || arg === "--algorithm") + 1] ?? args.find((arg) => arg.startsWith("--algorithm="))?.slice(12);
    return checks && algorithm !== undefined && STRONG_SHASUM.test(algorithm);
  }
  return command.program === "gpgv" || (command.program === "gpg" && args.includes("--verify"));
}

/**
 * The settings of one command (`commands[index]`) that turn certificate checks off. A download (`curl -k`, `wget
 * --no-check-certificate`) that a later command of the RUN verifies (`checkedLater`) is not one: a forged file fails
 * the build there.
 */
function bypasses(commands: readonly Command[], index: number, checkedLater: (command: Command, index: number) => boolean): Bypass[] {
  const found: Bypass[] = [];
  const command = commands[index]!;
  const config = writtenConfig(commands, index);
  if (config) found.push(config);
  for (const word of environmentAssignments(command)) {
    const equals = word.value.indexOf("=");
    const tool = word.literal ? tlsSwitchTool(word.value.slice(0, equals), word.value.slice(equals + 1)) : undefined;
    if (tool) found.push({ words: [word], setting: word.value, tool });
  }
  const program = command.program;
  const written = (...words: CommandWord[]) => ({ words, setting: `${writtenProgram(command)} ${words.map((word) => word.raw).join(" ")}` });
  if ((program === "curl" || program === "wget") && checkedLater(command, index)) return found;
  if (program === "curl") {
    const insecure = command.option("--insecure");
    if (insecure) found.push({ ...written(insecure.word), setting: `curl ${insecure.written}`, tool: "curl" });
  } else if (program === "wget") {
    const noCheck = command.option("--no-check-certificate");
    if (noCheck) found.push({ ...written(noCheck.word), tool: "wget" });
    const execute = command.options.find((option) => option.name === "-e" && option.value && WGET_NO_CHECK.test(option.value.value));
    if (execute) found.push({ ...written(...optionWords(execute)), tool: "wget" });
  } else if (program === "apk") {
    const noCheck = command.options.find((option) => option.written === "--no-check-certificate");
    if (noCheck) found.push({ ...written(noCheck.word), tool: "apk" });
  } else if (program === "apt-get" || program === "apt") {
    for (const option of command.options) {
      if (option.name === "-o" && option.value && !hasExpansion(option.value.value) && APT_NO_VERIFY.test(option.value.value)) found.push({ ...written(...optionWords(option)), tool: "apt" });
    }
  } else if (program === "conda" && command.args[0]?.value === "config") {
    const at = command.args.findIndex((word) => word.value === "--set");
    const [key, value] = command.args.slice(at + 1);
    if (at > 0 && key?.value === "ssl_verify" && value && FALSE_VALUE.test(value.value)) found.push({ ...written(key, value), setting: `conda config --set ssl_verify ${value.value}`, tool: "conda" });
  } else if (program === "composer" && command.args.some((word) => word.value === "config")) {
    const [key, value] = command.args.filter((word) => !word.value.startsWith("-")).slice(1);
    const disabled = key?.value === "disable-tls" && value?.value === "true" || key?.value === "secure-http" && value && FALSE_VALUE.test(value.value);
    if (disabled) found.push({ ...written(key!, value!), setting: `composer config ${key!.value} ${value!.value}`, tool: "Composer" });
  } else if (program === "pip") {
    const trusted = command.option("--trusted-host");
    if (trusted) found.push({ ...written(...optionWords(trusted)), tool: "pip" });
    if (command.subcommandName === "config" && command.operands[0]?.value === "set") {
      const set = configSet(command.operands.slice(1));
      if (set && /(^|\.)trusted-host$/.test(set.key) && set.value.trim() !== "") found.push({ ...written(...set.words), setting: `${writtenProgram(command)} config set ${set.text}`, tool: "pip" });
    }
  } else if (program && NODE_TOOLS.has(program)) {
    for (const option of command.options) {
      const disabled = option.written === "--no-strict-ssl" || option.written === "--strict-ssl" && option.value !== undefined && FALSE_VALUE.test(option.value.value);
      if (disabled && option.word.literal) found.push({ ...written(option.word), tool: program });
    }
    const viaConfig = command.subcommandName === "config" && command.operands[0]?.value === "set";
    const set = viaConfig ? configSet(command.operands.slice(1)) : command.subcommandName === "set" ? configSet(command.operands) : undefined;
    if (set && (set.key === "strict-ssl" || set.key === "enableStrictSsl") && FALSE_VALUE.test(set.value)) {
      found.push({ ...written(...set.words), setting: `${writtenProgram(command)} ${viaConfig ? "config " : ""}set ${set.text}`, tool: program });
    }
  } else if (program === "git") {
    for (const option of command.options) {
      if (option.name !== "-c" || !option.value?.word.literal) continue;
      const [key, value] = option.value.value.split(/=(.*)/s);
      if (GIT_SSL_VERIFY.test(key!) && value !== undefined && FALSE_VALUE.test(value)) found.push({ ...written(...optionWords(option)), tool: "git" });
    }
    if (command.subcommandName === "config") {
      const set = configSet(command.operands);
      if (set && GIT_SSL_VERIFY.test(set.key) && FALSE_VALUE.test(set.value)) found.push({ ...written(...set.words), setting: `git config ${set.text}`, tool: "git" });
    }
  } else if (program && RPM_TOOLS.has(program)) {
    for (const option of command.options) {
      if (option.name === "--setopt" && option.value && !hasExpansion(option.value.value) && SETOPT_SSLVERIFY.test(option.value.value)) found.push({ ...written(...optionWords(option)), tool: program });
    }
  }
  return found;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-tls-verification-disabled",
    aliases: ["CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_4", "CKV2_DOCKER_13", "CKV2_DOCKER_15"],
    category: "security",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "A command in a `RUN` turns off TLS certificate checks.",
      whatItDoes:
        "Flags `curl -k`/`--insecure`, `wget --no-check-certificate`, `pip --trusted-host` (and `pip config set " +
        "global.trusted-host`), `npm`/`yarn`/`pnpm` `config set strict-ssl false` or `--strict-ssl=false`, " +
        "`git -c http.sslVerify=false` and `git config http.sslVerify false`, yum/dnf `--setopt=sslverify=0` " +
        "(`yum-config-manager` too), apt `-o Acquire::https::Verify-Peer=false`, `apk --no-check-certificate`, " +
        "`wget -e check_certificate=off`, `conda config --set ssl_verify false`, `composer config disable-tls true`, " +
        "the same settings written by `echo`/`printf`/`cat` into `.curlrc`, `wgetrc`, `.npmrc`, `pip.conf`, `.condarc` " +
        "or `apt.conf.d`, and variables such as `NODE_TLS_REJECT_UNAUTHORIZED=0` set for one command or exported. " +
        "Commands are read through `sudo`, `sh -c` and heredocs; `echo curl -k` is not a download. A `curl -k` or " +
        "`wget --no-check-certificate` download that the same `RUN` then verifies (`sha256sum -c`, `sha512sum -c`, " +
        "`shasum -a 256 -c`, `gpg --verify`) is left alone: a forged file fails the check.",
      whyItMatters:
        "Without certificate checks anyone on the network path (a compromised proxy, a hostile Wi-Fi, a poisoned DNS) " +
        "can serve a forged package or script, and the build installs it into the image without a warning. A " +
        "`config set` or `git config --global` also keeps the setting for every later step and, in a shipped stage, " +
        "for the running container.",
      example: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && curl -fsSLk https://example.com/tool.tar.gz -o /tmp/tool.tar.gz\n",
      useInstead:
        "FROM debian:12-slim\nCOPY corporate-ca.crt /usr/local/share/ca-certificates/\nRUN apt-get update && apt-get install -y curl ca-certificates && update-ca-certificates \\\n" +
        " && curl -fsSL https://example.com/tool.tar.gz -o /tmp/tool.tar.gz\n",
      fixSafety:
        "No fix is offered: the flag is usually there because an intercepting proxy's certificate is not trusted; " +
        "removing it breaks that build until the proxy's CA is added to the image.",
      whenNotToUse: "Throwaway images built in an isolated test network against self-signed test servers.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      const commands = context.commands(run);
      const checkedLater = followedBy(commands, verifiesDownload);
      for (const index of commands.keys()) {
        for (const { words, setting, tool } of bypasses(commands, index, checkedLater)) {
          report({ range: context.model.rangeOf(words[0]!.start, words.at(-1)!.end), data: { setting, tool } });
        }
      }
    }
  },
  message: ({ setting, tool }) =>
    `\`${setting}\` turns off ${tool}'s certificate checks, so anyone on the network path can serve a forged download into the build. ` +
    "Add the CA certificate of your proxy or registry to the image (`update-ca-certificates`) and drop the setting.",
});
