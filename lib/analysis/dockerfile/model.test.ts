import { describe, expect, it } from "vitest";
import { commandsOf, runDetails } from "./run";
import { parseDockerfile, parseInstructionAlone, type DockerfileModel, type Instruction } from "./model";
import type { Span } from "./syntax";

/** The file text a span's range covers: checks ranges, not just offsets. */
function textAt(model: DockerfileModel, span: Span): string {
  return model.text.slice(model.lines.offsetAt(span.range.start), model.lines.offsetAt(span.range.end));
}

function commandTexts(model: DockerfileModel, instruction: Instruction) {
  return commandsOf(model, instruction).map((command) => ({
    program: command.program,
    words: command.words.map((word) => textAt(model, word)),
    origin: command.origin,
  }));
}

const run = (model: DockerfileModel, n = 0) => model.instructions.filter((instruction) => instruction.keyword === "RUN")[n]!;

describe("instructions and words", () => {
  it("keeps exact ranges across continuation lines with comments and blank lines inside", () => {
    const model = parseDockerfile("FROM debian:12\nRUN apt-get update \\\n    # refresh first\n\n    && apt-get install -y \\\n      curl\n");
    const instruction = run(model);
    expect(instruction.range).toEqual({ start: { line: 2, column: 1 }, end: { line: 6, column: 11 } });
    expect(commandTexts(model, instruction)).toEqual([
      { program: "apt-get", words: ["apt-get", "update"], origin: "run" },
      { program: "apt-get", words: ["apt-get", "install", "-y", "curl"], origin: "run" },
    ]);
    expect(commandsOf(model, instruction)[1]!.range).toEqual({ start: { line: 5, column: 8 }, end: { line: 6, column: 11 } });
    expect(model.comments.map((comment) => comment.text)).toEqual(["refresh first"]);
  });

  it("reads flags and the JSON form with the range of each string", () => {
    const model = parseDockerfile('FROM alpine:3.20\nCOPY --from=build --chown=app:app ["a b.txt", "/dst/"]\n');
    const copy = model.instructions[1]!;
    expect(copy.form).toBe("exec");
    expect(copy.flags.map((flag) => [flag.name, flag.value?.value, textAt(model, flag)])).toEqual([
      ["from", "build", "--from=build"],
      ["chown", "app:app", "--chown=app:app"],
    ]);
    expect(copy.args.map((word) => [word.value, textAt(model, word)])).toEqual([["a b.txt", '"a b.txt"'], ["/dst/", '"/dst/"']]);
    expect(textAt(model, copy.keywordWord)).toBe("COPY");
  });

  it("reads heredocs: several per line, <<- with tabs, quoted delimiters, COPY <<EOF file", () => {
    const text = "FROM alpine:3.20\nRUN <<A cat - <<-'B' > /out\nfirst\nA\n\tsecond $X\n\tB\nCOPY <<EOF /etc/app.conf\nkey=1\nEOF\nUSER 1000\n";
    const model = parseDockerfile(text);
    const [, runInstruction, copy, user] = model.instructions;
    expect(runInstruction!.heredocs.map((heredoc) => [heredoc.delimiter, heredoc.quoted, heredoc.stripTabs, heredoc.body])).toEqual([
      ["A", false, false, "first\n"],
      ["B", true, true, "second $X\n"],
    ]);
    expect(textAt(model, runInstruction!.heredocs[1]!.opener)).toBe("<<-'B'");
    expect(runInstruction!.range.end).toEqual({ line: 6, column: 3 });
    expect(copy!.heredocs[0]!.body).toBe("key=1\n");
    expect(copy!.args.map((word) => word.value)).toEqual(["<<EOF", "/etc/app.conf"]);
    expect(user!.keyword).toBe("USER");
  });

  it("reads the first line's directive after a byte order mark, as BuildKit does", () => {
    const model = parseDockerfile("\uFEFF# escape=`\nFROM alpine:3.20\nRUN echo a `\n && echo b\n");
    expect(model.escape).toBe("`");
    expect(model.directives.map((directive) => [directive.name, directive.value.value, directive.range.start.column])).toEqual([["escape", "`", 2]]);
    expect(model.instructions.map((instruction) => instruction.keyword)).toEqual(["FROM", "RUN"]);
  });

  it("honours the escape directive (backtick) and keeps Windows paths intact", () => {
    const model = parseDockerfile("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\nRUN dir `\n    C:\\Windows\n");
    expect(model.escape).toBe("`");
    expect(model.directives.map((directive) => [directive.name, directive.value.value])).toEqual([["escape", "`"]]);
    const [, workdir, runInstruction] = model.instructions;
    expect(workdir!.args[0]!.value).toBe("C:\\app");
    expect(runInstruction!.argsText).toBe("dir     C:\\Windows");
    expect(model.stages[0]!.end.workdir.value).toBe("C:\\app");
    // Windows images default to cmd: no POSIX shell parse.
    expect(commandsOf(model, runInstruction!)).toEqual([]);
  });
});

describe("stages", () => {
  const text = [
    "ARG BASE=node:22-slim",
    "FROM --platform=$BUILDPLATFORM ${BASE} AS deps",
    "ENV NODE_ENV=production",
    "WORKDIR /app",
    "FROM deps AS build",
    "RUN --mount=type=cache,target=/root/.npm --mount=from=tools,source=/bin/x,target=/x npm ci",
    "FROM golang:1.23 AS tools",
    "FROM gcr.io/distroless/nodejs22-debian12:nonroot@sha256:abc AS final",
    "COPY --from=build /app /app",
    "COPY --from=nginx:1.27 /etc/nginx /etc/nginx",
    "FROM final AS debug",
  ].join("\n");

  it("parses base images and builds the stage graph", () => {
    const model = parseDockerfile(text);
    expect(model.stages.map((stage) => [stage.name, stage.base.kind, stage.base.value])).toEqual([
      ["deps", "image", "node:22-slim"],
      ["build", "stage", "deps"],
      ["tools", "image", "golang:1.23"],
      ["final", "image", "gcr.io/distroless/nodejs22-debian12:nonroot@sha256:abc"],
      ["debug", "stage", "final"],
    ]);
    expect(model.stages[3]!.base.image).toMatchObject({ registry: "gcr.io", repository: "distroless/nodejs22-debian12", tag: "nonroot", digest: "sha256:abc" });
    expect(model.stages[0]!.platform?.value?.value).toBe("$BUILDPLATFORM");
    // `--mount=from=tools` names a later stage: BuildKit treats it as an image, and so do we.
    expect(model.stages[1]!.dependencies.map((dependency) => [dependency.via, dependency.stage?.name, dependency.reference])).toEqual([
      ["from", "deps", "deps"],
      ["mount", undefined, "tools"],
    ]);
    expect(model.stages[3]!.dependencies.map((dependency) => [dependency.via, dependency.stage?.name ?? dependency.reference])).toEqual([
      ["copy", "build"],
      ["copy", "nginx:1.27"],
    ]);
  });

  it("knows which stages ship and which are needed, for the last stage or a target", () => {
    const flags = (model: DockerfileModel) => model.stages.map((stage) => `${stage.name}:${stage.isFinal ? "F" : ""}${stage.ships ? "S" : ""}${stage.needed ? "N" : ""}`);
    expect(flags(parseDockerfile(text))).toEqual(["deps:N", "build:N", "tools:", "final:SN", "debug:FSN"]);
    expect(flags(parseDockerfile(text, { target: "build" }))).toEqual(["deps:SN", "build:FSN", "tools:", "final:", "debug:"]);
  });

  it("carries ENV, WORKDIR and USER into child stages but not ARG", () => {
    const model = parseDockerfile("FROM alpine:3.20 AS a\nARG V=1\nENV E=$V\nWORKDIR /srv\nUSER app\nWORKDIR sub\nFROM a\nRUN echo\n");
    const child = model.stages[1]!;
    const echo = child.instructions[1]!;
    expect(model.resolve("$E", echo)).toBe("1");
    expect(model.resolve("$V", echo)).toBeUndefined();
    expect(child.end.workdir.value).toBe("/srv/sub");
    expect(child.end.user?.value).toBe("app");
    expect([...child.scope.entries()]).toEqual([["E", { value: "1", kind: "env" }]]);
  });

  it("passes each ENV down a chain of stages, and no ARG, also through siblings built on one stage", () => {
    const model = parseDockerfile("FROM alpine:3.20 AS a\nENV A=1\nARG X=9\nFROM a AS b\nENV B=2\nARG Y=8\nFROM b AS c\nENV A=3\nFROM b AS d\nRUN echo\nFROM c\nRUN echo\n");
    const names = (stage: number) => [...model.stages[stage]!.scope.entries()].map(([name, { value, kind }]) => `${name}=${value}:${kind}`);
    expect(names(2)).toEqual(["A=3:env", "B=2:env"]);
    expect(names(3)).toEqual(["B=2:env", "A=1:env"]);
    expect(names(4)).toEqual(["A=3:env", "B=2:env"]);
    expect(model.resolve("$A-$B-$X-$Y", model.stages[4]!.instructions[1]!)).toBeUndefined();
    expect(model.resolve("$A-$B", model.stages[3]!.instructions[1]!)).toBe("1-2");
  });

  it("finds the first stage of a name, wherever it stands", () => {
    const model = parseDockerfile("FROM alpine:3.20 AS build\nFROM build AS Build\nFROM alpine:3.20 AS tools\n");
    expect(model.stageNamed("build")).toBe(model.stages[0]);
    expect(model.stageNamed("tools")).toBe(model.stages[2]);
    expect(model.stageNamed("Build")).toBeUndefined();
  });
});

describe("variables", () => {
  const resolveIn = (text: string, value: string, options = {}) => {
    const model = parseDockerfile(text, options);
    return model.resolve(value, model.instructions[model.instructions.length - 1]!);
  };

  it("uses ARG defaults, global ARGs redeclared in a stage, and modifiers", () => {
    const text = "ARG VERSION=20\nARG EMPTY=\nFROM node:${VERSION}\nARG VERSION\nARG EMPTY\nENV A=x\nRUN true\n";
    expect(resolveIn(text, "${VERSION}-${A}")).toBe("20-x");
    expect(resolveIn(text, "${EMPTY:-fallback}|${EMPTY-unset}|${A:+set}|${EMPTY:+set}")).toBe("fallback||set|");
    expect(resolveIn(text, "${A:?must be set}")).toBe("x");
    expect(parseDockerfile(text).stages[0]!.base.value).toBe("node:20");
  });

  it("keeps unknown values unknown: ARG without default, base-image variables, platform ARGs", () => {
    const text = "ARG TAG\nFROM node:${TAG}\nARG TAG\nRUN true\n";
    expect(parseDockerfile(text).stages[0]!.base.value).toBeUndefined();
    expect(resolveIn(text, "$TAG")).toBeUndefined();
    expect(resolveIn(text, "$PATH")).toBeUndefined();
    expect(resolveIn(text, "${TAG:-x}")).toBeUndefined();
    expect(resolveIn("FROM scratch\nRUN true\n", "${NOTHING:-x}")).toBe("x");
    expect(resolveIn("FROM alpine\nRUN true\n", "$TARGETARCH")).toBeUndefined();
    expect(resolveIn(text, "$TAG", { buildArgs: { TAG: "22" } })).toBe("22");
  });

  it("reads variables in a scratch stage, which starts with none", () => {
    const model = parseDockerfile("FROM scratch\nARG X=$Y\nENV B=$A C=${B:-c}\nUSER $U\nWORKDIR /app/$W\nFROM scratch\nENV D=${X:-d}\nRUN true\n");
    expect(model.stages[0]!.end.user?.value).toBeUndefined();
    expect(model.stages[0]!.end.user?.instruction?.keyword).toBe("USER");
    expect(model.stages[0]!.end.workdir.value).toBeUndefined();
    expect(resolveIn("FROM scratch\nENV B=$A C=${B:-c}\nRUN true\n", "$C")).toBe("c");
    expect(resolveIn("FROM scratch\nENV B=$A\nENV C=${B:-c}\nRUN true\n", "$C")).toBeUndefined();
    expect(resolveIn("FROM scratch\nENV B=b\nENV C=${B:-c}\nRUN true\n", "$C")).toBe("b");
  });
});

describe("RUN commands", () => {
  it("finds commands across &&, ;, |, subshells, $(…), if and for, with their context", () => {
    const model = parseDockerfile("FROM alpine\nRUN set -e; (cd /src && make) | tee log; if [ -f x ]; then rm -f x; fi; for f in a b; do echo $(basename $f); done\n");
    const commands = commandsOf(model, run(model));
    expect(commands.map((command) => [command.program, command.after, command.context.join(">")])).toEqual([
      ["set", undefined, ""],
      ["cd", ";", "subshell"],
      ["make", "&&", "subshell"],
      ["tee", "|", ""],
      ["[", ";", "if-condition"],
      ["rm", undefined, "if-body"],
      ["echo", ";", "loop"],
      ["basename", undefined, "loop>substitution"],
    ]);
  });

  it("sees through sudo, env and xargs, and into sh -c strings and bash -c in exec form", () => {
    const model = parseDockerfile([
      "FROM debian:12",
      "RUN sudo -u root env DEBIAN_FRONTEND=noninteractive apt-get install -y curl",
      "RUN find /tmp -name '*.log' | xargs -r rm -f",
      "RUN sh -c 'apt-get update && apt-get install -y \"git\"'",
      'RUN ["bash", "-c", "pip install flask"]',
    ].join("\n"));
    const [install] = commandsOf(model, run(model, 0));
    expect([install!.program, install!.wrappers.map((word) => word.value), install!.operands.map((word) => word.value)]).toEqual([
      "apt-get", ["sudo", "env"], ["curl"],
    ]);
    const removal = commandsOf(model, run(model, 1))[1]!;
    expect([removal.program, removal.moreOperandsFromStdin]).toEqual(["rm", true]);
    expect(commandTexts(model, run(model, 2)).slice(1)).toEqual([
      { program: "apt-get", words: ["apt-get", "update"], origin: "sh-c" },
      { program: "apt-get", words: ["apt-get", "install", "-y", '"git"'], origin: "sh-c" },
    ]);
    expect(commandTexts(model, run(model, 3))[1]).toEqual({ program: "pip", words: ["pip", "install", "flask"], origin: "sh-c" });
  });

  it("parses heredoc scripts run by a shell, and not those for another interpreter", () => {
    const model = parseDockerfile("FROM python:3.12\nRUN <<EOF\napt-get update\nEOF\nRUN python3 <<EOF\nimport os\nEOF\nRUN bash -e <<-EOF\n\tpip install x\n\tEOF\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n");
    expect(commandTexts(model, run(model, 0))).toEqual([{ program: undefined, words: [], origin: "run" }, { program: "apt-get", words: ["apt-get", "update"], origin: "heredoc" }]);
    expect(commandTexts(model, run(model, 1)).map((command) => command.program)).toEqual(["python"]);
    expect(commandTexts(model, run(model, 2)).map((command) => [command.program, command.words])).toEqual([["bash", ["bash", "-e"]], ["pip", ["pip", "install", "x"]]]);
    expect(commandsOf(model, run(model, 2))[1]!.range.start).toEqual({ line: 9, column: 2 });
    expect(commandTexts(model, run(model, 3)).map((command) => command.program)).toEqual([undefined]);
  });

  it("takes the shell from hadolint's shell pragma, before the first FROM or within a stage", () => {
    const before = parseDockerfile("# hadolint shell=powershell\nFROM alpine\nRUN Get-ChildItem\n");
    expect(commandsOf(before, run(before))).toEqual([]);
    const within = parseDockerfile("FROM alpine\nRUN echo a\n# hadolint shell=pwsh\nRUN Get-ChildItem\n");
    expect([commandsOf(within, run(within, 0)).length, commandsOf(within, run(within, 1)).length]).toEqual([1, 0]);
  });

  it("skips shell analysis under a PowerShell SHELL and reads RUN flags", () => {
    const model = parseDockerfile('FROM alpine\nSHELL ["pwsh", "-Command"]\nRUN --network=none --mount=type=secret,id=npm,target=/root/.npmrc Get-ChildItem\n');
    const details = runDetails(model, run(model));
    expect([details.posix, details.commands, details.network]).toEqual([false, [], "none"]);
    expect(details.mounts.map((mount) => [mount.type, mount.target, mount.options.id])).toEqual([["secret", "/root/.npmrc", "npm"]]);
  });
});

describe("robustness", () => {
  it("does not take a quoted <<EOF for a heredoc", () => {
    const model = parseDockerfile("FROM alpine\nRUN echo \"<<EOF\"\nUSER 1000\n");
    expect(model.instructions.map((instruction) => instruction.keyword)).toEqual(["FROM", "RUN", "USER"]);
  });

  it("never throws, whatever the input", () => {
    const inputs = ["", "\\", "FROM", "RUN [", 'CMD ["a",', "RUN <<", "# escape=`\nRUN a `", "FROM a AS", "ARG", "ENV =", "\r\n\r\nFROM x\r\nRUN a \\\r\n b\r\n", "ONBUILD RUN x", "FROM ${", "RUN $(("];
    for (const input of inputs) {
      expect(() => {
        const model = parseDockerfile(input);
        for (const instruction of model.instructions) {
          void instruction.args;
          commandsOf(model, instruction);
        }
      }, JSON.stringify(input)).not.toThrow();
    }
  });
});

describe("parseInstructionAlone", () => {
  it("reads one instruction's text in a stage of its own, and nothing else", () => {
    const alone = parseInstructionAlone("RUN apt-get install -y \\\n    curl")!;
    expect(alone.instruction.keyword).toBe("RUN");
    expect(alone.instruction.stage).toBe(alone.model.stages[0]);
    expect(runDetails(alone.model, alone.instruction).commands[0]!.program).toBe("apt-get");
    expect(parseInstructionAlone("RUN a\nRUN b")).toBeUndefined();
    expect(parseInstructionAlone("")).toBeUndefined();
  });
});
