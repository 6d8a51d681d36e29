import { isAlias, isMap, isScalar, isSeq, type Node } from "yaml";
import { appendToMapping, indentUnit } from "../../compose/edits";
import type { ComposeFile, ComposeService } from "../../compose/model";
import { entries, entry, rangeOf, text } from "../../compose/nodes";
import { hasHealthcheck, serviceEntry } from "../../compose/query";
import type { ComposeProject } from "../../compose/project";
import type { Fix, Range } from "../../types";
import { defineComposeRule } from "../types";

type Data =
  /** `depends_on: [db, cache]`: the whole list is rewritten into the long form. */
  | { form: "list"; service: string; healthy: string[]; list: Node; names: string[]; keyStart: Range["start"] }
  /** `depends_on: {db: {condition: service_started}}`: one entry gets the condition. */
  | { form: "mapping"; service: string; healthy: string[]; value: Node | undefined; condition: Node | undefined; keyEnd: Range["end"]; shared: boolean };

function listFix(file: ComposeFile, data: Extract<Data, { form: "list" }>): Fix | undefined {
  const { list, names, healthy } = data;
  // Compose fills in `${VAR}` in values, never in keys: as a key of the long form, the name would be taken literally.
  if (!isSeq(list) || list.flow || !list.range || list.items.some((item) => !isScalar(item)) || names.some((name) => name.includes("$"))) return undefined;
  const firstLine = file.lines.positionAt((list.items[0] as Node).range![0]).line;
  if (!/^\s*-\s/.test(file.lines.lineText(firstLine))) return undefined;
  // Rewriting the list would drop comments between its items (`- db  # the database`): left to you then.
  const lastLine = rangeOf(file.lines, list.items.at(-1) as Node).end.line;
  for (let line = firstLine; line <= lastLine; line++) if (file.lines.lineText(line).includes("#")) return undefined;
  // The entries go one level below `depends_on:`, wherever its list's dashes stood (YAML lets them sit at its column).
  const unit = indentUnit(file);
  const indent = " ".repeat(data.keyStart.column - 1) + unit;
  const eol = file.text.includes("\r\n") ? "\r\n" : "\n";
  const body = names
    .map((name) => `${indent}${name}:${eol}${indent}${unit}condition: ${healthy.includes(name) ? "service_healthy" : "service_started"}`)
    .join(eol);
  const last = rangeOf(file.lines, list.items.at(-1) as Node);
  return {
    title: "Wait for healthy dependencies (condition: service_healthy)",
    applicability: "safe",
    edits: [{ range: { start: { line: firstLine, column: 1 }, end: last.end }, text: body }],
  };
}

function mappingFix(file: ComposeFile, data: Extract<Data, { form: "mapping" }>): Fix | undefined {
  const title = "Wait until the dependency is healthy (condition: service_healthy)";
  // Written through an alias or a merge key, the text is shared: editing it would change other dependencies too.
  if (data.shared) return undefined;
  if (data.condition) return { title, applicability: "safe", edits: [{ range: rangeOf(file.lines, data.condition), text: "service_healthy" }] };
  if (data.value && isMap(data.value)) {
    const edit = appendToMapping(file, data.value, ["condition: service_healthy"]);
    return edit && { title, applicability: "safe", edits: [edit] };
  }
  // `db:` with nothing after it: the condition goes on a new line below the key.
  const keyLine = file.lines.lineText(data.keyEnd.line);
  const isBareKey = (!data.value || (isScalar(data.value) && data.value.value === null)) && keyLine.slice(data.keyEnd.column - 1).trim() === ":";
  if (!isBareKey) return undefined;
  const indent = /^\s*/.exec(keyLine)![0] + indentUnit(file);
  const lineEnd = { line: data.keyEnd.line, column: keyLine.length + 1 };
  const eol = file.text.includes("\r\n") ? "\r\n" : "\n";
  return { title, applicability: "safe", edits: [{ range: { start: lineEnd, end: lineEnd }, text: `${eol}${indent}condition: service_healthy` }] };
}

function* detections(service: ComposeService, project: ComposeProject): Generator<{ range: Range; data: Data }> {
  const file = service.file;
  const found = serviceEntry(service, "depends_on");
  if (!found?.value || !file.doc) return;
  if (isSeq(found.value)) {
    const names = found.value.items.map((item) => text(item)).filter((name): name is string => name !== undefined);
    const healthy = names.filter((name) => hasHealthcheck(project, name));
    const range = rangeOf(file.lines, found.key);
    if (healthy.length > 0) yield { range, data: { form: "list", service: service.name, healthy, list: found.value, names, keyStart: range.start } };
    return;
  }
  const ownPairs = isMap(found.value) && !isAlias(found.pair.value) ? found.value.items : [];
  for (const dependency of entries(file.doc, found.value)) {
    const name = String(dependency.key.value);
    const conditionEntry = entry(file.doc, dependency.value, "condition");
    const condition = conditionEntry?.value;
    // Text that other places reuse (an anchor on it, an alias or merge key bringing it) is left alone: rewriting it
    // would make another dependency wait for a healthcheck it may not have.
    const ownConditionPairs = isMap(dependency.value) && !isAlias(dependency.pair.value) ? dependency.value.items : [];
    const shared = !ownPairs.includes(dependency.pair) || isAlias(dependency.pair.value) || dependency.value?.anchor !== undefined ||
      (conditionEntry !== undefined && (isAlias(conditionEntry.pair.value) || !ownConditionPairs.includes(conditionEntry.pair) || conditionEntry.value?.anchor !== undefined));
    if (!hasHealthcheck(project, name) || (condition && text(condition) !== "service_started")) continue;
    yield {
      range: rangeOf(file.lines, dependency.key),
      data: { form: "mapping", service: service.name, healthy: [name], value: dependency.value, condition, keyEnd: rangeOf(file.lines, dependency.key).end, shared },
    };
  }
}

export default defineComposeRule<Data>({
  meta: {
    id: "use-healthy-dependency",
    aliases: ["compose-depends-on-healthy"],
    category: "reliability",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "A service starts before the dependency it waits for is healthy.",
      whatItDoes:
        "Flags `depends_on` entries on a service that has a healthcheck, when the entry does not ask for " +
        "`condition: service_healthy` (the short list form and `service_started` only wait for the container to start).",
      whyItMatters:
        "A database container is \"started\" seconds before it accepts connections. The dependant starts in that gap, " +
        "fails its first connection and crashes or, worse, caches the failure. The healthcheck is already there: waiting for it costs nothing.",
      example:
        "services:\n  app:\n    image: acme/app:1\n    depends_on:\n      - db\n  db:\n    image: postgres:17\n" +
        "    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready\"]\n",
      useInstead:
        "services:\n  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n" +
        "    image: postgres:17\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready\"]\n",
      fixSafety: "Safe: the service starts later, once its dependency passes its healthcheck, which is what it expects.",
      whenNotToUse: "Dependants that retry connections on their own and should start in parallel.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) for (const detection of detections(service, project)) report(detection);
  },
  message: (data) =>
    data.form === "list"
      ? `\`${data.service}\` only waits for ${data.healthy.map((name) => `\`${name}\``).join(", ")} to start, not to be ready, although ${data.healthy.length === 1 ? "it has" : "they have"} a healthcheck. Use the long form with \`condition: service_healthy\`.`
      : `\`${data.service}\` only waits for \`${data.healthy[0]}\` to start, not to be ready, although it has a healthcheck. Set \`condition: service_healthy\`.`,
  fix: (data, { file }) => (data.form === "list" ? listFix(file, data) : mappingFix(file, data)),
});
