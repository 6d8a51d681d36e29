import { keyValues, pairSpan } from "../../dockerfile/model";
import { notShippedNote } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";
import { tlsSwitchTool } from "./support/tls-switches";

interface Data {
  setting: string;
  tool: string;
  note: string;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-tls-disabled-env",
    aliases: ["CKV2_DOCKER_5", "CKV2_DOCKER_6", "CKV2_DOCKER_12", "CKV2_DOCKER_14", "CKV2_DOCKER_16"],
    category: "security",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "An environment variable turns off TLS certificate checks.",
      whatItDoes:
        "Flags `ENV`/`ARG` settings that disable certificate verification: `NODE_TLS_REJECT_UNAUTHORIZED=0`, " +
        "`PYTHONHTTPSVERIFY=0`, `GIT_SSL_NO_VERIFY`, `NPM_CONFIG_STRICT_SSL=false`, `YARN_STRICT_SSL=false`, " +
        "`PIP_TRUSTED_HOST` and `GOINSECURE`.",
      whyItMatters:
        "Without certificate checks anyone on the network path can serve forged packages or read traffic. As `ENV` " +
        "the setting also stays on in every container started from the image.",
      example: "FROM node:22-slim\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n",
      useInstead: "FROM node:22-slim\nCOPY corporate-ca.pem /usr/local/share/ca-certificates/corporate-ca.crt\nENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/corporate-ca.crt\n",
      fixSafety: "No fix is offered: the build may rely on it behind an intercepting proxy; trust that proxy's CA instead.",
      whenNotToUse: "Throwaway images in an isolated test network.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== "ENV" && instruction.keyword !== "ARG") continue;
      for (const pair of keyValues(instruction)) {
        const value = pair.value?.value;
        if (value === undefined || pair.value!.raw.includes("$")) continue;
        const tool = tlsSwitchTool(pair.name, value);
        if (!tool) continue;
        report({ range: pairSpan(pair).range, data: { setting: `${pair.name}=${value}`, tool, note: notShippedNote(instruction.stage) } });
      }
    }
  },
  message: ({ setting, tool, note }) =>
    `\`${setting}\` turns off ${tool}'s certificate checks, so forged servers are trusted${note}. Add your proxy's CA certificate to the image instead.`,
});
