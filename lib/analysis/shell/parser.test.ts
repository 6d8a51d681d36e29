import { describe, expect, it } from "vitest";
import { parseShell } from "./parser";

const programs = (script: string) => parseShell(script).commands.map((command) => command.words.map((word) => word.value).join(" "));

describe("shell parser", () => {
  it("splits lists, pipelines and compound commands into simple commands", () => {
    expect(programs("a && b || c; d | e & f\ng")).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect(programs("while read l; do echo \"$l\"; done < f")).toEqual(["read l", "echo $l"]);
    expect(programs("case $x in a|b) one;; *) two;; esac")).toEqual(["one", "two"]);
    expect(programs("f() { inner; }; f")).toEqual(["inner", "f"]);
    expect(programs("[[ -f a && $b < c ]] && ok")).toEqual(["[[ -f a && $b < c ]]", "ok"]);
    expect(programs("(( i++ )); for (( i=0; i<3; i++ )); do x; done")).toEqual(["x"]);
    expect(programs("arr=(a b) declare -A m=([k]=v); local x=(1)")).toEqual(["declare -A m=([k]=v)", "local x=(1)"]);
  });

  it("gives each command of an if body the conditions it runs under, outer ones first", () => {
    const guards = (script: string) => parseShell(script).commands.map((command) => [
      command.words.map((word) => word.value).join(" "),
      (command.guards ?? []).map((guard) => `${guard.holds ? "" : "!"}${guard.test?.words.map((word) => word.value).join(" ") ?? "?"}`),
    ]);
    expect(guards('if [ "$A" = 1 ]; then a; elif x && y; then b; else if test -n "$C"; then c; fi; fi')).toEqual([
      ["[ $A = 1 ]", []],
      ["a", ["[ $A = 1 ]"]],
      ["x", []],
      ["y", []],
      ["b", ["![ $A = 1 ]", "?"]],
      ["test -n $C", ["![ $A = 1 ]", "!?"]],
      ["c", ["![ $A = 1 ]", "!?", "test -n $C"]],
    ]);
  });

  it("removes quotes and keeps expansions as written, marking words that are not literal", () => {
    const [command] = parseShell(`echo 'a b' "c $D" e\\ f \${G:-h} *.txt $'\\n'`).commands;
    expect(command!.words.map((word) => [word.value, word.literal])).toEqual([
      ["echo", true], ["a b", true], ["c $D", false], ["e f", true], ["${G:-h}", false], ["*.txt", false], ["\\n", true],
    ]);
  });

  it("finds commands inside $(…), backticks and process substitution", () => {
    expect(programs("x=$(cat f | wc -l) y=`date`; diff <(sort a) b")).toEqual(["", "cat f", "wc -l", "date", "diff <(sort a) b", "sort a"]);
  });

  it("reads heredocs in a script and keeps assignments and redirects apart", () => {
    const { commands } = parseShell("A=1 cat <<'EOF' > out 2>&1\n$not expanded\nEOF\nnext");
    expect(commands.map((command) => command.words.map((word) => word.value))).toEqual([["cat"], ["next"]]);
    expect(commands[0]!.assignments.map((word) => word.value)).toEqual(["A=1"]);
    expect(commands[0]!.redirects.map((redirect) => [redirect.operator, redirect.target?.value, redirect.heredoc?.body])).toEqual([
      ["<<", "EOF", "$not expanded\n"], [">", "out", undefined], [">&", "1", undefined],
    ]);
  });

  it("reports one syntax error with its place and keeps the commands completed before it", () => {
    for (const [script, message, start] of [
      ["a; if b; then c", "expected `fi` to close this `if`", 3],
      ["a && (b", "expected `)` to close the subshell", 5],
      ["echo \"unterminated", "unterminated double quote", 5],
      ["a |", "`|` is not followed by a command", 2],
      ["a; fi", "unexpected `fi`", 3],
      ["echo $(b", "unterminated command substitution, expected `)`", 6],
    ] as const) {
      const result = parseShell(script);
      expect([result.error?.message, result.error?.start], script).toEqual([message, start]);
      // A command cut by the error is not reported; those before it are.
      expect(result.commands[0]?.words[0]?.value, script).toBe(script.startsWith("echo") ? undefined : "a");
    }
  });

  it("reports nesting past 100 levels as an error instead of recursing into it", () => {
    const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}echo deep${close.repeat(depth)}`;
    expect(parseShell(nested(100, "$(", ")")).error).toBeUndefined();
    expect(parseShell(nested(100, "$(", ")")).commands.at(-1)?.context).toHaveLength(100);
    for (const [open, close] of [["$(", ")"], ["( ", " )"], ["{ ", "; }"], ["if true; then ", "; fi"]]) {
      expect(parseShell(nested(101, open!, close!)).error?.message, open).toBe("nested more than 100 levels deep");
      expect(parseShell(nested(20_000, open!, close!)).error?.message, open).toBe("nested more than 100 levels deep");
    }
  });

  it("never throws on arbitrary input", () => {
    for (const script of ["", ")", "((", "$(", "${", "`", "<<", "'", "\\", "a <<EOF", "case", "for", "{", "!"]) {
      expect(() => parseShell(script)).not.toThrow();
    }
  });
});
