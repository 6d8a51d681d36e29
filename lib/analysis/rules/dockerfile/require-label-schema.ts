import { matchesLabelType, stageLabels, type LabelType } from "../../dockerfile/labels";
import { pairSpan } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

type Data =
  | { kind: "missing"; labels: string[] }
  | { kind: "empty"; label: string }
  | { kind: "wrong-type"; label: string; type: string; value: string }
  | { kind: "not-in-schema"; label: string };

const TYPE_NAMES: Record<LabelType, string> = {
  text: "text",
  url: "an absolute URL",
  semver: "a semantic version (e.g. 1.4.2)",
  hash: "a git commit hash (7 or 40 lower-case hex digits)",
  rfc3339: "an RFC 3339 timestamp (e.g. 2025-01-31T12:00:00Z)",
  spdx: "an SPDX license expression (e.g. Apache-2.0)",
  email: "an e-mail address",
};

export default defineDockerfileRule<Data>({
  meta: {
    id: "require-label-schema",
    aliases: ["DL3049", "DL3050", "DL3051", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058"],
    category: "maintainability",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { recommended: "off", hadolint: "info" },
    exampleSettings: { labelSchema: { "org.opencontainers.image.source": "url", "org.opencontainers.image.version": "semver" } },
    docs: {
      summary: "The shipped image's labels do not match the configured label schema.",
      whatItDoes:
        "With `labelSchema` (a top-level key of `.shipshape.yaml`) (label → `text`, `url`, `semver`, `hash`, `rfc3339`, `spdx` or `email`), checks " +
        "the labels of the shipped image (its stage and the stages it builds on): required labels are present, not " +
        "empty and of the declared type. With `strictLabels: true`, labels outside the schema are reported too. " +
        "Values built from variables are not type-checked. Off by default; does nothing without a schema.",
      whyItMatters:
        "Registries, scanners and deployment tooling read labels such as `org.opencontainers.image.source` and " +
        "`…revision` to link an image to its code; a missing or malformed value breaks that link silently.",
      example: "FROM alpine:3.20\nLABEL org.opencontainers.image.version=v1\n",
      useInstead:
        "FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/acme/api \\\n      org.opencontainers.image.version=1.0.0\n",
      fixSafety: "No fix is offered: label values are facts about your project.",
      whenNotToUse: "Off by default: projects without a labelling policy need no label schema; turn it on with `labelSchema` in the config.",
    },
  },
  check({ model, settings }, report) {
    const schema = settings.labelSchema;
    const stage = model.finalStage;
    if (Object.keys(schema).length === 0 || !stage) return;
    const labels = stageLabels(stage);
    const present = new Set(labels.map((label) => label.name));
    const missing = Object.keys(schema).filter((name) => !present.has(name));
    if (missing.length > 0) report({ range: (stage.base.word ?? stage.from).range, data: { kind: "missing", labels: missing } });
    for (const label of labels) {
      const { name } = label;
      const type = schema[name];
      const value = label.value?.value ?? "";
      if (!type) {
        if (settings.strictLabels) report({ range: label.nameWord.range, data: { kind: "not-in-schema", label: name } });
      } else if (value.trim() === "") {
        report({ range: pairSpan(label).range, data: { kind: "empty", label: name } });
      } else if (!label.value!.raw.includes("$") && !matchesLabelType(value, type)) {
        report({ range: label.value!.range, data: { kind: "wrong-type", label: name, type, value } });
      }
    }
  },
  message: (data) => {
    switch (data.kind) {
      case "missing":
        return `The shipped image lacks the label${data.labels.length > 1 ? "s" : ""} ${data.labels.map((label) => `\`${label}\``).join(", ")} that the label schema requires. Add ${data.labels.length > 1 ? "them" : "it"} with \`LABEL\`.`;
      case "empty":
        return `The label \`${data.label}\` is empty, so tools that read it get nothing. Give it a value or remove it.`;
      case "wrong-type":
        return `\`${data.value}\` is not ${TYPE_NAMES[data.type as LabelType] ?? data.type}, as the schema requires for \`${data.label}\`. Correct the value.`;
      case "not-in-schema":
        return `The label \`${data.label}\` is not in the label schema, and strict labels are on. Add it to the schema or remove it.`;
    }
  },
});
