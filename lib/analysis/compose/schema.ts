import type { Node } from "yaml";
import type { Range } from "../types";
import type { ComposeFile } from "./model";
import { entry, items, rangeOf, resolve } from "./nodes";
import validate, { type SchemaError } from "./schema/validate.generated.js";

export interface SchemaViolation {
  range: Range;
  /** Where in the file, as a dotted path (`services.web.ports.0`). */
  path: string;
  message: string;
}

function pointerSegments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The node at a JSON pointer, and the key node when the last step was a mapping key. */
function locate(file: ComposeFile, segments: readonly string[]): { node: Node | undefined; key: Node | undefined } {
  const doc = file.doc!;
  let node: Node | undefined = resolve(doc, doc.contents);
  let key: Node | undefined;
  for (const segment of segments) {
    const found = entry(doc, node, segment);
    if (found) {
      key = found.key;
      node = found.value;
      continue;
    }
    const item = items(doc, node)[Number(segment)];
    if (!/^\d+$/.test(segment) || !item) break;
    key = undefined;
    node = item;
  }
  return { node, key };
}

const TYPE_NAMES: Record<string, string> = {
  string: "a string", number: "a number", integer: "a whole number", boolean: "true or false",
  array: "a list", object: "a mapping", null: "empty",
};

function describeTypes(types: readonly string[]): string {
  const names = [...new Set(types.map((type) => TYPE_NAMES[type] ?? type))];
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

function typesOf(error: SchemaError): string[] {
  const type = error.params.type;
  return Array.isArray(type) ? type.map(String) : [String(type)];
}

function isWithin(error: SchemaError, parent: SchemaError): boolean {
  return error.instancePath === parent.instancePath || error.instancePath.startsWith(`${parent.instancePath}/`);
}

/**
 * ajv reports every failed branch of `oneOf`/`anyOf`, which reads as noise ("must be string", "must be
 * object", "must match exactly one schema"). When one branch got further into the value than the others
 * (its errors lie deeper in the data), that branch is what the author meant: keep its errors. Otherwise the
 * value had the wrong shape for every branch: keep one error listing the shapes that would do.
 * ajv emits a composite's branch errors just before it; with `$ref`s their schema paths point elsewhere, so
 * they are recognised by order and by lying within the composite's value.
 */
function collapseAlternatives(errors: readonly SchemaError[]): SchemaError[] {
  let ordered = errors.map((error, order) => ({ error, order }));
  const composites = ordered
    .filter(({ error }) => error.keyword === "oneOf" || error.keyword === "anyOf")
    .sort((a, b) => b.error.instancePath.length - a.error.instancePath.length || a.order - b.order);
  for (const composite of composites) {
    if (!ordered.includes(composite)) continue;
    const branches = ordered.filter((item) => item.order < composite.order && isWithin(item.error, composite.error));
    const deeper = branches.filter(({ error }) => error.instancePath.length > composite.error.instancePath.length || error.keyword !== "type");
    const replacement = deeper.length > 0
      ? deeper
      : [{ order: composite.order, error: { ...composite.error, keyword: "type", params: { type: branches.flatMap(({ error }) => typesOf(error)) } } }];
    ordered = ordered.filter((item) => item !== composite && !branches.includes(item));
    ordered.push(...replacement);
  }
  return ordered.sort((a, b) => a.order - b.order).map(({ error }) => error);
}

function describe(error: SchemaError, where: string): string {
  const subject = where ? `\`${where}\`` : "The file";
  switch (error.keyword) {
    case "additionalProperties":
      return `\`${String(error.params.additionalProperty)}\` is not a Compose key${where ? ` under \`${where}\`` : " at the top level"}. Check the spelling and the indentation; Compose refuses the file.`;
    case "required":
      return `${subject} needs \`${String(error.params.missingProperty)}\`.`;
    case "type":
      return `${subject} must be ${describeTypes(typesOf(error))}.`;
    case "enum":
      return `${subject} must be one of ${(error.params.allowedValues as unknown[]).map((value) => `\`${String(value)}\``).join(", ")}.`;
    case "pattern":
      return `${subject} does not have the expected form (${String(error.params.pattern)}).`;
    case "uniqueItems":
      return `${subject} lists the same entry twice.`;
    case "minItems":
    case "minProperties":
      return `${subject} must not be empty.`;
    default:
      return `${subject} ${error.message ?? "is not valid"}.`;
  }
}

/** Validates a parsed compose file against the Compose Specification; one violation per offending node. */
export function validateCompose(file: ComposeFile): SchemaViolation[] {
  if (!file.doc || file.value === undefined || file.value === null) return [];
  if (validate(file.value)) return [];
  const violations: SchemaViolation[] = [];
  const seen = new Set<string>();
  for (const error of collapseAlternatives(validate.errors ?? [])) {
    const segments = pointerSegments(error.instancePath);
    const offending = error.keyword === "additionalProperties" ? [...segments, String(error.params.additionalProperty)] : segments;
    const { node, key } = locate(file, offending);
    // An unknown key is pointed at by its name; a wrong value by the value itself.
    const target = error.keyword === "additionalProperties" ? key : error.keyword === "required" ? (locate(file, segments).key ?? node) : node;
    const path = segments.join(".");
    const violation = { range: rangeOf(file.lines, target), path, message: describe(error, path) };
    const identity = `${violation.range.start.line}:${violation.range.start.column}:${violation.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    violations.push(violation);
  }
  return violations;
}
