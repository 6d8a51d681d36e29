import type { Lesson } from "./types";

export const lesson: Lesson = {
  id: "shell-in-run",
  title: "RUN is a shell script: make it fail loudly",
  summary: "A pipeline that hides a failed download, a prompt that stops the build, a script run unseen: write RUN as carefully as any script.",
  explanation: [
    "A shell-form `RUN` is run by `/bin/sh -c`, and the build fails only if the whole command fails. In `curl … | tar -x` that means the last command of the pipe. `tar` happens to fail on an empty stream, but `tee`, `sha256sum` or `wc -l` succeed on one: after a failed download the build carries on with an empty key or file, and fails much later, far from the cause. `set -o pipefail` (with a shell that has it, set by `SHELL`) makes any failing command of the pipe fail the build.",
    "Package managers ask before installing; with no one to answer, `apt-get install` without `-y` reads the end of its input as a no and aborts the build. And piping a downloaded script straight into `sh` runs whatever the server sent that day: download it, check its checksum, then run it.",
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
 && apt-get install -y --no-install-recommends curl ca-certificates \\
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/tool.tar.gz https://github.com/example/tool/releases/download/v1.4.2/tool-linux-amd64.tar.gz \\
 && echo "0f3a1c9e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f  /tmp/tool.tar.gz" | sha256sum -c - \\
 && tar -xzf /tmp/tool.tar.gz -C /usr/local/bin \\
 && rm /tmp/tool.tar.gz
RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\
 && echo "5e2b8c1d4a7f0e9b6c3d2a1f8e7b4c5d0a9f6e3b2c1d8a7f4e5b0c9d6a3f2e1b  /tmp/install.sh" | sha256sum -c - \\
 && sh /tmp/install.sh \\
 && rm /tmp/install.sh
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
    "Pin versions where they stay available (base images by digest, release downloads by checksum); Debian mirrors drop superseded package versions, so exact apt pins break builds.",
  ],
  discussion: [
    "Which of your builds would still pass if a download silently failed?",
    "Where do the checksums you verify against come from, and who updates them?",
  ],
};
