import type { Node } from "yaml";
import { closestMatch } from "../similar";
import type { Range } from "../types";
import type { ComposeFile } from "./model";
import { entries, items, rangeOf, resolve, type Entry } from "./nodes";
import spec from "./schema/compose-spec.json";
import validate, { type SchemaError } from "./schema/validate.generated.js";

export interface SchemaViolation {
  range: Range;
  /** Where in the file, as a dotted path (`services.web.ports.0`). */
  path: string;
  message: string;
  /** For an unknown key, the key Compose knows at that place that it is most plausibly a typo of. */
  suggestion?: string;
}

/** The parts of the JSON Schema vocabulary the Compose Specification uses to describe mappings. */
interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

const SPEC = spec as SchemaNode;

/** A schema with its `$ref`s followed and its alternatives (`oneOf`, `anyOf`, `allOf`) spread out. */
function branches(schema: SchemaNode, into: SchemaNode[] = [], seen = new Set<SchemaNode>()): SchemaNode[] {
  if (seen.has(schema)) return into;
  seen.add(schema);
  if (schema.$ref) {
    const target = pointerSegments(schema.$ref.slice(1)).reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], SPEC);
    if (target) branches(target as SchemaNode, into, seen);
  }
  for (const alternative of [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])]) branches(alternative, into, seen);
  into.push(schema);
  return into;
}

/** The keys the specification defines for a mapping at `segments` of the file (`services`, `web` → a service's keys). */
function keysAt(segments: readonly string[]): string[] {
  let schemas = branches(SPEC);
  for (const segment of segments) {
    const next: SchemaNode[] = [];
    for (const schema of schemas) {
      const named = schema.properties?.[segment];
      const patterned = Object.entries(schema.patternProperties ?? {}).find(([pattern]) => new RegExp(pattern).test(segment))?.[1];
      const child = named ?? patterned ?? (typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined)
        ?? (/^\d+$/.test(segment) ? schema.items : undefined);
      if (child) branches(child, next);
    }
    schemas = next;
  }
  return [...new Set(schemas.flatMap((schema) => Object.keys(schema.properties ?? {})))];
}

function pointerSegments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}

type EntryLookup = (node: Node | undefined, key: string) => Entry | undefined;

/**
 * `entry` with each mapping's entries indexed once: a file's violations often lie in one mapping (thousands of
 * unknown keys pasted at the wrong indentation), and scanning it for each would take quadratic time.
 */
function indexedEntries(file: ComposeFile): EntryLookup {
  const doc = file.doc!;
  const indexes = new Map<Node | undefined, Map<string, Entry>>();
  return (node, key) => {
    let index = indexes.get(node);
    if (!index) {
      index = new Map();
      for (const found of entries(doc, node)) if (!index.has(String(found.key.value))) index.set(String(found.key.value), found);
      indexes.set(node, index);
    }
    return index.get(key);
  };
}

/** The node at a JSON pointer, and the key node when the last step was a mapping key. */
function locate(file: ComposeFile, segments: readonly string[], entry: EntryLookup): { node: Node | undefined; key: Node | undefined } {
  const doc = file.doc!;
  let node: Node | undefined = resolve(doc, doc.contents);
  let key: Node | undefined;
  for (const segment of segments) {
    const found = entry(node, segment);
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

function describe(error: SchemaError, where: string, suggestion: string | undefined): string {
  const subject = where ? `\`${where}\`` : "The file";
  switch (error.keyword) {
    case "additionalProperties": {
      const unknown = `\`${String(error.params.additionalProperty)}\` is not a Compose key${where ? ` under \`${where}\`` : " at the top level"}`;
      return suggestion
        ? `${unknown}, so Compose refuses the file. Did you mean \`${suggestion}\`?`
        : `${unknown}. Check the spelling and the indentation; Compose refuses the file.`;
    }
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
  const entry = indexedEntries(file);
  // Unknown keys often come many to one mapping (a file pasted at the wrong indentation): its keys are looked up once.
  const keysByPath = new Map<string, string[]>();
  const knownKeys = (segments: string[], path: string) => {
    let keys = keysByPath.get(path);
    if (!keys) {
      keys = keysAt(segments);
      keysByPath.set(path, keys);
    }
    return keys;
  };
  for (const error of collapseAlternatives(validate.errors ?? [])) {
    const segments = pointerSegments(error.instancePath);
    const offending = error.keyword === "additionalProperties" ? [...segments, String(error.params.additionalProperty)] : segments;
    const { node, key } = locate(file, offending, entry);
    // An unknown key is pointed at by its name; a wrong value by the value itself.
    const target = error.keyword === "additionalProperties" ? key : error.keyword === "required" ? (locate(file, segments, entry).key ?? node) : node;
    const path = segments.join(".");
    const suggestion = error.keyword === "additionalProperties" ? closestMatch(String(error.params.additionalProperty), knownKeys(segments, path)) : undefined;
    const violation = { range: rangeOf(file.lines, target), path, message: describe(error, path, suggestion), suggestion };
    const identity = `${violation.range.start.line}:${violation.range.start.column}:${violation.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    violations.push(violation);
  }
  return violations;
}
