import { exposedPorts, portBounds } from "../../dockerfile/expose";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ text: string }>({
  meta: {
    id: "no-expose-ssh",
    aliases: ["DS-0004", "CKV_DOCKER_1", "Exposing Port 22 (SSH)"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "The image exposes the SSH port.",
      whatItDoes: "Flags `EXPOSE` of TCP port 22 (alone or inside a range) in the stage that ships.",
      whyItMatters:
        "An SSH server in a container is one more daemon to patch and one more way in, with credentials baked into " +
        "the image. `docker exec` (or `kubectl exec`) gives a shell without it.",
      example: "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y openssh-server\nEXPOSE 22\n",
      useInstead: "FROM ubuntu:24.04\nEXPOSE 8080\n",
      fixSafety: "No fix is offered: removing the port does not remove the SSH server.",
      whenNotToUse: "Images whose purpose is to be an SSH endpoint (a bastion or a git server).",
    },
  },
  check({ model }, report) {
    for (const expose of model.instructions) {
      if (expose.keyword !== "EXPOSE" || !expose.stage?.ships) continue;
      for (const port of exposedPorts(expose)) {
        const bounds = portBounds(port.port);
        const tcp = port.protocol === undefined || port.protocol.toLowerCase() === "tcp";
        if (bounds && tcp && bounds[0] <= 22 && 22 <= bounds[1]) report({ range: port.range, data: { text: port.text } });
      }
    }
  },
  message: ({ text }) =>
    `\`EXPOSE ${text}\` opens the SSH port, which means an SSH server in the container: another daemon to patch and a way in. Use \`docker exec\` for shell access instead.`,
});
