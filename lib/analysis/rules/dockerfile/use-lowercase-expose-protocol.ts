import { exposedPorts } from "../../dockerfile/expose";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ protocol: string; range: Range }>({
  meta: {
    id: "use-lowercase-expose-protocol",
    aliases: ["ExposeProtoCasing"],
    category: "style",
    severity: "style",
    fileKind: "dockerfile",
    docs: {
      summary: "`EXPOSE` protocol is not lower-case.",
      whatItDoes: "Flags `EXPOSE 80/TCP` and other protocols written with capitals.",
      whyItMatters: "Docker lower-cases the protocol anyway; writing it in capitals is inconsistent with every other Dockerfile and with `docker inspect`.",
      example: "FROM nginx:1.27\nEXPOSE 80/TCP\n",
      useInstead: "FROM nginx:1.27\nEXPOSE 80/tcp\n",
      fixSafety: "Safe: protocols are case-insensitive.",
      whenNotToUse: "When you do not care about casing.",
    },
  },
  check({ model }, report) {
    for (const expose of model.instructions) {
      if (expose.keyword !== "EXPOSE") continue;
      for (const { protocol, protocolRange } of exposedPorts(expose)) {
        if (protocol && protocolRange && protocol !== protocol.toLowerCase()) report({ range: protocolRange, data: { protocol, range: protocolRange } });
      }
    }
  },
  message: ({ protocol }) => `Write the protocol \`${protocol}\` in lower case (\`${protocol.toLowerCase()}\`), as Docker reports it.`,
  fix: ({ protocol, range }) => ({ title: `Write ${protocol.toLowerCase()}`, applicability: "safe", edits: [{ range, text: protocol.toLowerCase() }] }),
});
