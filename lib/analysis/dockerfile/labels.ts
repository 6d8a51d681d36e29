import type { Property } from "dockerfile-ast";
import type { LabelType } from "../config";
import { propertiesOf } from "./instructions";
import type { DockerfileModel, Stage } from "./model";
import { inheritedInstructions } from "./stages";

/** The LABEL pairs a stage ends up with: its own and those of the stages it builds on, oldest first. */
export function stageLabels(model: DockerfileModel, stage: Stage): Property[] {
  return inheritedInstructions(model, stage)
    .filter((instruction) => instruction.getKeyword() === "LABEL")
    .flatMap((label) => propertiesOf(label));
}

const VALUE_SHAPES: Record<Exclude<LabelType, "text">, RegExp> = {
  url: /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+[^\s]*$/i,
  rfc3339: /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/,
  // Syntax of an SPDX license expression: ids joined by AND/OR/WITH, optional parentheses and `+`.
  spdx: /^\(?[A-Za-z0-9.-]+\+?\)?(\s+(AND|OR|WITH)\s+\(?[A-Za-z0-9.-]+\+?\)?)*$/,
  hash: /^([0-9a-f]{7}|[0-9a-f]{40})$/,
  semver:
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
  email: /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/,
};

/** True when a label value has the shape its schema type demands. */
export function matchesLabelType(value: string, type: LabelType): boolean {
  return type === "text" || VALUE_SHAPES[type].test(value);
}
