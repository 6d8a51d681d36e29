import { isScalar, visit } from "yaml";
import { scanInterpolation } from "../../compose/interpolation";
import { rangeOf, valuePartRange } from "../../compose/nodes";
import type { Range } from "../../types";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ reason: string }>({
  meta: {
    id: "no-invalid-interpolation",
    aliases: ["compose-invalid-interpolation"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "A `${…}` variable reference is malformed.",
      whatItDoes: "Flags `${` without a closing `}` and references whose name or operator Compose does not accept (`${1}`, `${A B}`, `${VAR:=x}`).",
      whyItMatters:
        "Compose stops with \"invalid interpolation format\" and names only the key. A literal dollar sign must be " +
        "written `$$`.",
      example: "services:\n  web:\n    image: nginx:${TAG\n",
      useInstead: "services:\n  web:\n    image: nginx:${TAG:-1.27}\n",
      fixSafety: "No fix: the intended variable or a missing `$$` cannot be guessed.",
      whenNotToUse: "Always keep it on: Compose itself fails on this.",
    },
  },
  check({ file }, report) {
    if (!file.doc || !file.root) return;
    const found: Array<{ range: Range; data: { reason: string } }> = [];
    visit(file.doc, {
      Scalar(_key, node) {
        if (!isScalar(node) || typeof node.value !== "string" || !node.value.includes("$")) return;
        for (const error of scanInterpolation(node.value).errors) found.push({ range: valuePartRange(file.lines, node, error.start, error.end) ?? rangeOf(file.lines, node), data: { reason: error.reason } });
      },
    });
    for (const detection of found) report(detection);
  },
  message: ({ reason }) => `${reason[0]!.toUpperCase()}${reason.slice(1)}; Compose refuses the file ("invalid interpolation format"). Write \`\${NAME}\`, \`\${NAME:-default}\` or \`\${NAME:?message}\`, and \`$$\` for a literal dollar.`,
});
