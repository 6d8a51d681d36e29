import { rangeOf } from "../../compose/nodes";
import { resolvedText, serviceEntry } from "../../compose/query";
import { defineComposeRule } from "../types";

/** What the Docker daemon accepts as a container name. */
const VALID_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export default defineComposeRule<{ name: string }>({
  meta: {
    id: "no-invalid-container-name",
    aliases: ["compose-container-name-valid", "service-container-name-regex"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "A `container_name` is not a valid Docker container name.",
      whatItDoes: "Flags `container_name` values that do not match `[a-zA-Z0-9][a-zA-Z0-9_.-]+`.",
      whyItMatters: "Docker refuses to create the container, and the error appears only when the stack starts.",
      example: "services:\n  app:\n    image: x:1\n    container_name: my app\n",
      useInstead: "services:\n  app:\n    image: x:1\n    container_name: my-app\n",
      fixSafety: "No fix: scripts may refer to the name.",
      whenNotToUse: "Always keep it on: Compose itself fails on this.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      const found = serviceEntry(service, "container_name");
      const name = found?.value && resolvedText(found.value);
      if (name !== undefined && !VALID_NAME.test(name)) report({ range: rangeOf(file.lines, found!.value), data: { name } });
    }
  },
  message: ({ name }) => `\`${name}\` is not a valid container name: Docker only accepts letters, digits, \`_\`, \`.\` and \`-\`, starting with a letter or digit, at least two characters.`,
});
