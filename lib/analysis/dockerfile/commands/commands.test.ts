import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../model";
import { commandsOf } from "../run";

function commandOf(script: string, index = 0) {
  const model = parseDockerfile(`FROM debian:12\nRUN ${script}\n`);
  return commandsOf(model, model.instructions[1]!)[index]!;
}

const values = (words: { value: string }[]) => words.map((word) => word.value);

describe("command option model", () => {
  it("separates options, option values, subcommand and operands of apt-get", () => {
    const command = commandOf("apt-get -o Dpkg::Options::=--force-confold install -qy --no-install-recommends curl=8.5.0-2 git");
    expect(command.subcommandName).toBe("install");
    expect(command.options.map((option) => [option.written, option.name, option.value?.value])).toEqual([
      ["-o", "-o", "Dpkg::Options::=--force-confold"],
      ["-q", "-q", undefined],
      ["-y", "-y", undefined],
      ["--no-install-recommends", "--no-install-recommends", undefined],
    ]);
    expect(values(command.operands)).toEqual(["curl=8.5.0-2", "git"]);
    expect(command.has("--assume-yes")).toBe(true);
    expect(command.is("apt-get", "install")).toBe(true);
  });

  it("resolves subcommand aliases and value-taking flags (npm, pip, python -m pip)", () => {
    expect(commandOf("npm i --omit dev express").subcommandName).toBe("install");
    expect(values(commandOf("npm i --omit dev express").operands)).toEqual(["express"]);
    const pip = commandOf("python3 -m pip install --no-cache-dir -r requirements.txt flask==3.0");
    expect([pip.program, pip.subcommandName, pip.option("--requirement")?.value?.value, values(pip.operands)]).toEqual([
      "pip", "install", "requirements.txt", ["flask==3.0"],
    ]);
    expect(commandOf("pip3.12 install -U pip").program).toBe("pip");
  });

  it("reads combined short flags with a value at the end (tar -xzf file) and inline values (-ofile)", () => {
    const tar = commandOf("tar -xzf /tmp/a.tgz -C /opt");
    expect(tar.options.map((option) => [option.name, option.value?.value])).toEqual([["-x", undefined], ["-z", undefined], ["-f", "/tmp/a.tgz"], ["-C", "/opt"]]);
    expect(tar.operands).toEqual([]);
    const curl = commandOf("curl -fsSLo/tmp/x https://example.com/x");
    expect(curl.option("--output")?.value?.value).toBe("/tmp/x");
    expect(values(curl.operands)).toEqual(["https://example.com/x"]);
  });

  it("answers 'does this rm delete /var/lib/apt/lists' exactly, `--` included", () => {
    const removal = commandOf("rm -rf -- /var/lib/apt/lists/* /tmp/-x");
    expect(removal.has("--recursive")).toBe(true);
    expect(values(removal.operands)).toEqual(["/var/lib/apt/lists/*", "/tmp/-x"]);
    expect(values(commandOf("rm -rf /tmp/*").operands)).toEqual(["/tmp/*"]);
  });

  it("gives option values exact ranges, inside the word when written plainly", () => {
    const command = commandOf("useradd --uid=10001 -m app");
    const uid = command.option("-u")!;
    expect([uid.value?.value, uid.value?.word.range]).toEqual(["10001", { start: { line: 2, column: 19 }, end: { line: 2, column: 24 } }]);
    expect(values(command.operands)).toEqual(["app"]);
  });

  it("keeps unknown options visible as unknown", () => {
    const command = commandOf("apk add --frobnicate curl");
    expect(command.options.map((option) => [option.name, option.known])).toEqual([["--frobnicate", false]]);
    expect(values(command.operands)).toEqual(["curl"]);
  });

  it("reads git's global options before the subcommand", () => {
    const git = commandOf("git -C /src clone --depth 1 https://example.com/r.git /src/r");
    expect([git.subcommandName, git.option("-C")?.value?.value, git.option("--depth")?.value?.value, values(git.operands)]).toEqual([
      "clone", "/src", "1", ["https://example.com/r.git", "/src/r"],
    ]);
  });
});
