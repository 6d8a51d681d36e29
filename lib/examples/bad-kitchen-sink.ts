import type { Example } from "./types";

/** Everything at once (bad). */
export const example: Example = {
  id: "bad-kitchen-sink",
  title: "Everything at once (bad)",
  description:
    "A Dockerfile as it is often first written: moving tags, root, leftover package caches, ADD for local files, shell-form CMD.",
  files: [
    {
      path: "Dockerfile",
      content: `FROM ubuntu:latest
MAINTAINER ops@example.com
RUN apt-get update
RUN apt-get install -y python3 python3-pip curl git vim
ADD . /opt/app
WORKDIR /opt/app
RUN pip3 install -r requirements.txt
EXPOSE 22 8000
CMD python3 app.py
`,
    },
  ],
};
