import { copyOperands } from "../../dockerfile/model";
import { notShippedNote } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

interface Data {
  url: string;
  note: string;
}

const HTTP_URL = /^https?:\/\//i;
/** Git sources are pinned by their ref, not by a checksum. */
const GIT_SOURCE = /\.git(#|$)/i;

export default defineDockerfileRule<Data>({
  meta: {
    id: "pin-remote-add",
    aliases: ["Curl or Wget Instead of Add"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "`ADD <url>` downloads without a checksum.",
      whatItDoes: "Flags `ADD https://…` (not git sources) without `--checksum=sha256:…`.",
      whyItMatters:
        "Whatever the server returns goes into the image: a compromised or changed download is built in silently, " +
        "and two builds of the same commit can differ. `--checksum` makes the build fail when the bytes change.",
      example: "FROM alpine:3.20\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\n",
      useInstead:
        "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\n",
      fixSafety: "No fix is offered: the checksum must come from a download you trust.",
      whenNotToUse: "URLs that intentionally change (a nightly build), where reproducibility is not the goal.",
    },
  },
  check({ model }, report) {
    for (const add of model.instructions) {
      if (add.keyword !== "ADD" || add.flags.some((flag) => flag.name === "checksum")) continue;
      const note = notShippedNote(add.stage);
      for (const source of copyOperands(add)?.sources ?? []) {
        if (HTTP_URL.test(source.value) && !GIT_SOURCE.test(source.value)) report({ range: source.range, data: { url: source.value, note } });
      }
    }
  },
  message: ({ url, note }) =>
    `\`${url}\` is downloaded without verification, so whatever the server returns is built in${note}. Add \`--checksum=sha256:<digest>\` (Dockerfile syntax 1.6+).`,
});
