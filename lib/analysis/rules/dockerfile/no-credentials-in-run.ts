import type { Command, CommandWord } from "../../dockerfile/commands";
import { notShippedNote } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";
import { fileWrite, writtenProgram } from "./support/commands";

interface Data {
  /** What the step does, as written: `aws configure set aws_secret_access_key`, `echo … > ~/.npmrc`. */
  action: string;
  /** The file the credential lands in. */
  file: string;
  /** True for a setting that makes the tool store credentials later (`credential.helper store`). */
  later: boolean;
  /** A target for the suggested secret mount. */
  mountTarget: string;
  id: string;
  note: string;
}

interface Write {
  from: { start: number };
  to: { end: number };
  action: string;
  /** The file's name, for the later `rm` that would take it out of the layer again. */
  file: string;
  mountTarget: string;
  later?: boolean;
}

const AWS_CREDENTIAL_KEY = /(^|\.)(aws_secret_access_key|aws_session_token)$/i;
const NPM_AUTH_KEY = /(^|:)(_authToken|_auth|_password)$|^npmAuthToken$|^npmAuthIdent$/;
const COMPOSER_AUTH_KEY = /^(github-oauth|gitlab-oauth|gitlab-token|http-basic|bearer|bitbucket-oauth)\./;
/** A git `url.<base>.insteadOf` whose base carries a password or token. */
const GIT_URL_WITH_CREDENTIAL = /^url\.https?:\/\/[^/@\s]+@/i;

/** Credential files, by name: the content that makes a write a credential (any content when undefined), and where it lives. */
const CREDENTIAL_FILES = new Map<string, { content?: RegExp; mountTarget: string }>(Object.entries({
  ".git-credentials": { mountTarget: "/root/.git-credentials" },
  ".npmrc": { content: /_auth|_password/i, mountTarget: "/root/.npmrc" },
  ".yarnrc.yml": { content: /npmAuth(Token|Ident)/, mountTarget: "/root/.yarnrc.yml" },
  ".netrc": { content: /\bpassword\b/, mountTarget: "/root/.netrc" },
  ".pypirc": { content: /\bpassword\b/, mountTarget: "/root/.pypirc" },
  "auth.json": { content: /oauth|token|password|bearer/i, mountTarget: "/root/.composer/auth.json" },
  "config.json": { content: /"auths?"/, mountTarget: "/root/.docker/config.json" },
  credentials: { content: /aws_secret_access_key/i, mountTarget: "/root/.aws/credentials" },
}));

const basenameOf = (path: string) => path.slice(path.replace(/\/+$/, "").lastIndexOf("/") + 1);

/** `set key value` / `set key=value`: key and value words (value undefined when not given). */
function keyAndValue(operands: CommandWord[]): { key: CommandWord; value: CommandWord | undefined; name: string } | undefined {
  const key = operands[0];
  if (!key) return undefined;
  const equals = key.value.indexOf("=");
  return equals > 0 ? { key, value: undefined, name: key.value.slice(0, equals) } : { key, value: operands[1], name: key.value };
}

/** The credential a configuration command stores, if any. */
function configuredCredential(command: Command): Write | undefined {
  const name = writtenProgram(command);
  const span = (set: { key: CommandWord; value: CommandWord | undefined }) => ({ from: set.key, to: set.value ?? set.key });
  const program = command.program;
  if (program === "aws" && command.args[0]?.value === "configure" && command.args[1]?.value === "set") {
    const set = keyAndValue(command.args.slice(2));
    if (set && AWS_CREDENTIAL_KEY.test(set.name)) return { ...span(set), action: `aws configure set ${set.name}`, file: "credentials", mountTarget: "/root/.aws/credentials" };
  } else if (program === "npm" || program === "yarn" || program === "pnpm") {
    const operands = command.subcommandName === "config" && command.operands[0]?.value === "set" ? command.operands.slice(1) : command.subcommandName === "set" ? command.operands : undefined;
    const set = operands && keyAndValue(operands);
    if (set && NPM_AUTH_KEY.test(set.name)) {
      const file = program === "yarn" && set.name.startsWith("npmAuth") ? ".yarnrc.yml" : ".npmrc";
      return { ...span(set), action: `${name} config set ${set.name}`, file, mountTarget: CREDENTIAL_FILES.get(file)!.mountTarget };
    }
  } else if (program === "git" && command.subcommandName === "config") {
    const set = keyAndValue(command.operands);
    if (set && /^credential\.(.+\.)?helper$/i.test(set.name) && set.value?.value.split(/\s+/)[0] === "store") {
      return { ...span(set), action: "git config credential.helper store", file: ".git-credentials", mountTarget: "/root/.git-credentials", later: true };
    }
    if (set && GIT_URL_WITH_CREDENTIAL.test(set.name)) return { ...span(set), action: "git config url.<credentials>.insteadOf", file: ".gitconfig", mountTarget: "/root/.gitconfig" };
  } else if (program === "composer" && command.args.some((word) => word.value === "config")) {
    const operands = command.args.filter((word) => !word.value.startsWith("-")).slice(1);
    const set = keyAndValue(operands);
    if (set && COMPOSER_AUTH_KEY.test(set.name)) return { ...span(set), action: `composer config ${set.name}`, file: "auth.json", mountTarget: "/root/.composer/auth.json" };
  } else if (program === "docker" && command.args[0]?.value === "login") {
    const at = command.args.findIndex((word) => /^(-p|--password)(=|$)/.test(word.value));
    const password = command.args[at];
    const value = password?.value.includes("=") ? password : command.args[at + 1];
    if (password && value) return { from: password, to: value, action: "docker login --password", file: "config.json", mountTarget: "/root/.docker/config.json" };
  }
  return undefined;
}

/** `echo/printf … > file`, `cat <<EOF > file` or `… | tee file` writing credentials into a credential file. */
function writtenCredentialFile(commands: readonly Command[], index: number): Write | undefined {
  const write = fileWrite(commands, index);
  const file = write && CREDENTIAL_FILES.get(basenameOf(write.path));
  if (!write || !file || file.content && !file.content.test(write.content)) return undefined;
  return { from: write.span, to: write.span, action: write.description, file: basenameOf(write.path), mountTarget: file.mountTarget };
}

/** The position of the last `rm` of each file name among `commands`. */
function lastRemovals(commands: readonly Command[]): Map<string, number> {
  const positions = new Map<string, number>();
  commands.forEach((command, index) => {
    if (command.is("rm")) for (const operand of command.operands) positions.set(basenameOf(operand.value), index);
  });
  return positions;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-credentials-in-run",
    aliases: ["credential-setup-in-run"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "A `RUN` writes credentials into the image.",
      whatItDoes:
        "Flags steps that store a credential in a file of the layer: `aws configure set aws_secret_access_key`, " +
        "`npm`/`yarn`/`pnpm config set …:_authToken`, `git config credential.helper store`, a git `url.<https://token@…>` " +
        "rewrite, `composer config github-oauth.…`, `docker login --password`, and `echo`/`printf`/`cat <<EOF` into " +
        "`.npmrc`, `.git-credentials`, `.netrc`, `.pypirc`, `auth.json`, `.docker/config.json` or `.aws/credentials` " +
        "with credential content. A `rm` of the file later in the same `RUN` takes it out of the layer and is accepted.",
      whyItMatters:
        "A file written by a `RUN` is part of that layer for good: a later `RUN rm` hides it but every pull of the image " +
        "still contains it. Even from a secret mount, a secret copied into a file is leaked.",
      example:
        "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm config set //registry.npmjs.org/:_authToken \"$NPM_TOKEN\" && npm ci\n",
      useInstead: "# syntax=docker/dockerfile:1\nFROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n",
      fixSafety: "No fix is offered: the build then needs the secret passed with `--secret`, which only you can set up.",
      whenNotToUse: "Credentials that are deliberately part of the image (a read-only token for a public mirror); suppress the line with a reason.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      const commands = context.commands(run);
      // The last `rm` of each file name in the RUN (read at the first credential): one removed after it is written is not
      // left in the layer.
      let lastRemoval: Map<string, number> | undefined;
      for (const [index, command] of commands.entries()) {
        const write = configuredCredential(command) ?? writtenCredentialFile(commands, index);
        if (!write) continue;
        lastRemoval ??= lastRemovals(commands);
        if ((lastRemoval.get(write.file) ?? -1) > index) continue;
        const id = write.file.replace(/^\./, "").replace(/\W+/g, "_");
        report({ range: context.model.rangeOf(write.from.start, write.to.end), data: { action: write.action, file: write.file, later: write.later ?? false, mountTarget: write.mountTarget, id, note: notShippedNote(run.stage) } });
      }
    }
  },
  message: ({ action, file, later, mountTarget, id, note }) =>
    `\`${action}\` ${later ? "makes git save every credential it uses, in plain text," : "stores a credential"} in \`${file}\` inside this layer, ` +
    `where anyone with the image or its build cache can read it${note}. ` +
    `Mount the file as a secret for the steps that need it instead: \`RUN --mount=type=secret,id=${id},target=${mountTarget} …\`.`,
});
