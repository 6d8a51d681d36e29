import { DockerfileParser, type Dockerfile, type From, type Instruction } from "dockerfile-ast";
import { LineIndex } from "../text";
import type { Range } from "../types";

/** A build stage: a FROM and the instructions up to the next FROM. */
export interface Stage {
  index: number;
  /** The `AS name` of the stage, lower-cased as BuildKit matches it. */
  name: string | undefined;
  from: From;
  instructions: Instruction[];
  /** True when the stage is the one the build produces (the last stage). */
  isFinal: boolean;
}

export interface DockerfileModel {
  text: string;
  lines: LineIndex;
  ast: Dockerfile;
  /** Every instruction of the file, in order, including those before the first FROM. */
  instructions: Instruction[];
  stages: Stage[];
  finalStage: Stage | undefined;
}

/** Parses a Dockerfile into the model every Dockerfile rule reads. Never throws. */
export function parseDockerfile(text: string): DockerfileModel {
  const ast = DockerfileParser.parse(text);
  const instructions = ast.getInstructions();
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.getKeyword() === "FROM") {
      const from = instruction as From;
      stages.push({
        index: stages.length,
        name: from.getBuildStage()?.toLowerCase() ?? undefined,
        from,
        instructions: [],
        isFinal: false,
      });
    }
    stages[stages.length - 1]?.instructions.push(instruction);
  }
  const finalStage = stages[stages.length - 1];
  if (finalStage) finalStage.isFinal = true;
  return { text, lines: new LineIndex(text), ast, instructions, stages, finalStage };
}

/** dockerfile-ast speaks LSP (0-based lines and characters); findings are 1-based. */
export function toRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): Range {
  return {
    start: { line: range.start.line + 1, column: range.start.character + 1 },
    end: { line: range.end.line + 1, column: range.end.character + 1 },
  };
}
