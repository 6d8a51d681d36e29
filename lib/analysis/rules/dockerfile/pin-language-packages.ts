import type { Command, CommandWord } from "../../dockerfile/commands";
import { defineDockerfileRule } from "../types";

interface Data {
  manager: string;
  name: string;
  /** A moving version written on purpose (`latest`, `next`, `master`), or undefined when none is written. */
  moving: string | undefined;
  pinned: string;
}

interface Unpinned {
  word: CommandWord;
  name: string;
  moving?: string;
  pinned: string;
}

/** Paths, URLs, VCS references and archives: not a registry package (their version is their ref or file). */
const NOT_REGISTRY = /^([./~]|[a-z][a-z0-9+.-]*:)|\.(whl|tar\.gz|tgz|zip|gem)$/i;
/** PEP 440 specifiers, and PEP 508 direct references (`pkg @ https://…`). */
const PIP_SPECIFIER = /[=<>!~@]/;
/** An npm version or range: `1.2.3`, `^1.2`, `~1`, `>=2 <3`, `v1`. Anything else after `@` is a dist-tag. */
const NPM_VERSION = /^[~^<>=v]*[0-9]/;
/** A Go module version: `v1.2.3`, a pseudo-version or a commit hash. `latest`, `upgrade`, `patch`, branches move. */
const GO_VERSION = /^(v[0-9]|[0-9a-f]{7,40}$)/;

/** Managers whose project dependencies belong in a lockfile or requirements file. */
const LOCKFILES = new Set(["pip", "uv pip", "npm", "yarn", "pnpm"]);

function pipPackages(command: Command, operands: CommandWord[]): Unpinned[] {
  // A constraints file pins whatever it names.
  if (command.has("--constraint")) return [];
  return operands.filter((word) => !NOT_REGISTRY.test(word.value) && !PIP_SPECIFIER.test(word.value) && !word.value.includes("/"))
    .map((word) => ({ word, name: word.value, pinned: `${word.value}==<version>` }));
}

function npmPackages(operands: CommandWord[]): Unpinned[] {
  const result: Unpinned[] = [];
  for (const word of operands) {
    const spec = word.value;
    // `@scope/name@1.2.3`: the version `@` is after the first character.
    const at = spec.indexOf("@", 1);
    const name = at < 0 ? spec : spec.slice(0, at);
    // `user/repo` is a GitHub reference; paths, URLs and tarballs are not from the registry.
    if (NOT_REGISTRY.test(spec) || (name.includes("/") && !name.startsWith("@"))) continue;
    const version = at < 0 ? undefined : spec.slice(at + 1);
    if (version !== undefined && NPM_VERSION.test(version)) continue;
    result.push({ word, name, moving: version, pinned: `${name}@<version>` });
  }
  return result;
}

function gemPackages(command: Command, operands: CommandWord[]): Unpinned[] {
  if (command.has("--version")) return [];
  return operands.filter((word) => !NOT_REGISTRY.test(word.value) && !word.value.includes(":"))
    .map((word) => ({ word, name: word.value, pinned: `${word.value}:<version>` }));
}

/** Module paths start with a domain (`golang.org/x/tools/...`); local paths and `std`/`cmd` packages do not. */
function goPackages(operands: CommandWord[]): Unpinned[] {
  const result: Unpinned[] = [];
  for (const word of operands) {
    const at = word.value.indexOf("@");
    const path = at < 0 ? word.value : word.value.slice(0, at);
    const version = at < 0 ? undefined : word.value.slice(at + 1);
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(path) || version === "none") continue;
    if (version !== undefined && GO_VERSION.test(version)) continue;
    result.push({ word, name: path, moving: version, pinned: `${path}@v<version>` });
  }
  return result;
}

/** The unpinned packages of a language package manager's install command, with the manager's name. */
/** The programs whose installs this rule reads: other commands are skipped before their options are parsed. */
const MANAGERS = new Set(["pip", "pipx", "uv", "npm", "yarn", "pnpm", "gem", "go"]);

function unpinnedPackages(command: Command): { manager: string; packages: Unpinned[] } | undefined {
  if (command.program === undefined || !MANAGERS.has(command.program)) return undefined;
  const literal = command.operands.filter((word) => word.literal);
  if (command.is("pip", "install")) return { manager: "pip", packages: pipPackages(command, literal) };
  if (command.is("pipx", "install")) return { manager: "pipx", packages: pipPackages(command, literal) };
  // `uv pip install …`: pip's own subcommand is the first operand.
  if (command.is("uv", "pip") && command.operands[0]?.value === "install") {
    return { manager: "uv pip", packages: pipPackages(command, literal.filter((word) => word !== command.operands[0])) };
  }
  if (command.is("npm", "install")) return { manager: "npm", packages: npmPackages(literal) };
  if (command.is("yarn", "add") || command.is("pnpm", "add")) return { manager: command.program!, packages: npmPackages(literal) };
  // `yarn global add pkg`.
  if (command.is("yarn", "global") && command.operands[0]?.value === "add") {
    return { manager: "yarn", packages: npmPackages(literal.filter((word) => word !== command.operands[0])) };
  }
  if (command.is("gem", "install")) return { manager: "gem", packages: gemPackages(command, literal) };
  if (command.is("go", "install") || command.is("go", "get")) return { manager: "go", packages: goPackages(literal) };
  // `go run pkg@version args…`: only the first operand is the package, the rest are the program's arguments.
  if (command.is("go", "run")) return { manager: "go", packages: goPackages(literal.slice(0, 1).filter((word) => word === command.operands[0])) };
  return undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "pin-language-packages",
    aliases: [
      "DL3013", "DL3016", "DL3028", "DL3062",
      "Unpinned Package Version in Pip Install", "NPM Install Command Without Pinned Version", "Gem Install Without Version",
      "pin-pip-packages", "pin-npm-packages", "pin-gem-packages",
    ],
    category: "reliability",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "A pip, npm, gem or Go package is installed by name without a version.",
      whatItDoes:
        "Flags each package named on the command line of `pip install` (and `uv pip install`, `pipx install`), `npm install`, `yarn add`, " +
        "`pnpm add`, `gem install`, and `go install`/`go get`/`go run`, when it has no version (`flask==3.0.3`, " +
        "`typescript@5.6.3`, `rails:7.2.1` or `-v`, `golang.org/x/tools/gopls@v0.16.2`) or a moving one (`@latest`, " +
        "`@next`, `@master`). Installs from a lockfile or requirements file (`npm ci`, bare `npm install`, `pip install -r`), " +
        "`pip install -c constraints.txt`, local paths, archives, URLs and VCS references, and names from variables are left alone.",
      whyItMatters:
        "A package installed by name gets the newest release on the day of the build, so two builds of the same commit can " +
        "ship different code, and a broken or malicious release goes straight into the image. Registries keep old " +
        "releases, so unlike OS packages a pin here does not break later builds; the trade-off is that updates need a " +
        "bump. It is info-level because tool installs such as `pip install --upgrade pip` are often unpinned on purpose; " +
        "for application dependencies, a lockfile is the better place for versions.",
      example: "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask gunicorn==23.0.0\n",
      useInstead: "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3 gunicorn==23.0.0\n",
      fixSafety: "No fix is offered: the version to pin is yours to choose (the one your tests ran with).",
      whenNotToUse: "Throwaway or development images that should always get the newest tools.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      for (const command of context.commands(run)) {
        const found = unpinnedPackages(command);
        for (const { word, name, moving, pinned } of found?.packages ?? []) {
          report({ range: word.range, data: { manager: found!.manager, name, moving, pinned } });
        }
      }
    }
  },
  message: ({ manager, name, moving, pinned }) =>
    (moving
      ? `\`@${moving}\` moves: \`${manager}\` installs whatever \`${name}\` release it points to when the image is built`
      : `\`${manager}\` installs the newest release of \`${name}\` when the image is built`) +
    `, so rebuilds can ship different code. Pin it as \`${pinned}\`${LOCKFILES.has(manager) ? " or install it from a lockfile" : ""}.`,
});
