import { flatMapped } from "../arrays";
import { keyValues, type KeyValue, type Stage } from "./model";
import { inheritedInstructions } from "./stages";

/** The value types a label schema can demand, as hadolint's `label-schema` names them. */
export const LABEL_TYPES = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"] as const;
export type LabelType = (typeof LABEL_TYPES)[number];

/** The LABEL pairs a stage ends up with: its own and those of the stages it builds on, oldest first. */
export function stageLabels(stage: Stage): KeyValue[] {
  return flatMapped(inheritedInstructions(stage).filter((instruction) => instruction.keyword === "LABEL"), (label) => keyValues(label));
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
export function matchesLabelType(value: string, type: string): boolean {
  const shape = VALUE_SHAPES[type as Exclude<LabelType, "text">] as RegExp | undefined;
  return shape === undefined || shape.test(value);
}
