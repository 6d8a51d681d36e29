import { exposedPorts } from "../../dockerfile/expose";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  text: string;
  host: string;
  containerPort: string;
  range: Range;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-expose-host-mapping",
    aliases: ["ExposeInvalidFormat", "expose_host_port"],
    category: "correctness",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "`EXPOSE` contains a host address or port.",
      whatItDoes: "Flags `EXPOSE` words with an IP address or a `host:container` mapping.",
      whyItMatters:
        "An image cannot choose host ports: Docker ignores the host part (and will reject it), so the line promises a " +
        "mapping that never happens. Publishing is done with `docker run -p` or compose `ports:`.",
      example: "FROM nginx:1.27\nEXPOSE 8080:80\n",
      useInstead: "FROM nginx:1.27\nEXPOSE 80\n",
      fixSafety: "Safe: Docker already ignores the host part; the fix removes it.",
      whenNotToUse: "Never: the host part has no effect.",
    },
  },
  check({ model }, report) {
    for (const expose of model.instructions) {
      if (expose.keyword !== "EXPOSE") continue;
      for (const port of exposedPorts(expose)) {
        if (port.host === undefined || port.dynamic) continue;
        const containerPort = port.protocol === undefined ? port.port : `${port.port}/${port.protocol}`;
        report({ range: port.range, data: { text: port.text, host: port.host, containerPort, range: port.range } });
      }
    }
  },
  message: ({ text, host, containerPort }) =>
    `\`EXPOSE ${text}\` maps the host side \`${host}\`, which an image cannot do; Docker ignores it. Expose \`${containerPort}\` and publish the host port with \`docker run -p\` or compose \`ports:\`.`,
  fix: ({ containerPort, range }) => ({ title: `Expose ${containerPort} only`, applicability: "safe", edits: [{ range, text: containerPort }] }),
});
