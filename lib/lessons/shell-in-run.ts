import type { Lesson } from "./types";

export const lesson: Lesson = {
  id: "shell-in-run",
  title: "RUN is a shell script: make it fail loudly",
  summary: "A pipeline that hides a failed download, a prompt that waits forever, a script run unseen: write RUN as carefully as any script.",
  explanation: [
    "A shell-form `RUN` is run by `/bin/sh -c`, and the build fails only if the whole command fails. In `curl … | tar -x` that means the last command of the pipe: a failed download that writes nothing lets `tar` succeed on empty input, and the build carries on without the tool. `set -o pipefail` (with a shell that has it, set by `SHELL`) makes any failing command of the pipe fail the build.",
    "Package managers ask before installing; with no one to answer, `apt-get install` without `-y` stops the build. And piping a downloaded script straight into `sh` runs whatever the server sent that day: download it, check its checksum, then run it.",
  ],
  rules: ["use-pipefail", "require-assume-yes", "no-curl-pipe-shell"],
  before: {
    note: "The pipe hides a failed download, the install waits for an answer, and an installer script runs unchecked.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM debian:bookworm-slim
RUN apt-get update && apt-get install --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://github.com/example/tool/releases/download/v1.4.2/tool-linux-amd64.tar.gz | tar -xz -C /usr/local/bin
RUN curl -fsSL https://example.com/install.sh | sh
USER 65534:65534
ENTRYPOINT ["/usr/local/bin/tool"]
`,
      },
    ],
  },
  after: {
    note: "Pipes fail on any failure, the install answers its own prompt, and the downloads are checked against pinned checksums before use.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN apt-get update \\
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 ca-certificates=20230311 \\
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/tool.tar.gz https://github.com/example/tool/releases/download/v1.4.2/tool-linux-amd64.tar.gz \\
 && echo "0f3a1c9e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f  /tmp/tool.tar.gz" | sha256sum -c - \\
 && tar -xzf /tmp/tool.tar.gz -C /usr/local/bin \\
 && rm /tmp/tool.tar.gz
USER 65534:65534
ENTRYPOINT ["/usr/local/bin/tool"]
`,
      },
    ],
  },
  takeaways: [
    "Set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before RUNs that pipe.",
    "Always answer prompts up front (`apt-get install -y`).",
    "Download, verify the checksum, then run or unpack.",
  ],
  discussion: [
    "Which of your builds would still pass if a download silently failed?",
    "Where do the checksums you verify against come from, and who updates them?",
  ],
};
