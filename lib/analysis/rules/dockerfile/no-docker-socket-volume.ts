import { defineDockerfileRule } from "../types";

const DOCKER_SOCKETS = new Set(["/var/run/docker.sock", "/run/docker.sock"]);

export default defineDockerfileRule<{ path: string }>({
  meta: {
    id: "no-docker-socket-volume",
    aliases: ["dockerfile-dockerd-socket-mount"],
    category: "security",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "The image declares the Docker socket as a volume.",
      whatItDoes: "Flags `VOLUME /var/run/docker.sock` (or `/run/docker.sock`).",
      whyItMatters:
        "The image invites being run with the host's Docker socket mounted, and whoever controls that socket controls " +
        "the host: any process in the container can start privileged containers.",
      example: "FROM docker:27-cli\nVOLUME /var/run/docker.sock\n",
      useInstead: "FROM docker:27-cli\nENV DOCKER_HOST=tcp://docker-proxy:2375\n",
      fixSafety: "No fix is offered: the image's design has to change.",
      whenNotToUse: "Tools that must manage the host's Docker and are run only by administrators.",
    },
  },
  check({ model }, report) {
    for (const volume of model.instructions) {
      if (volume.keyword !== "VOLUME") continue;
      for (const { value, range } of volume.args) {
        if (DOCKER_SOCKETS.has(value)) report({ range, data: { path: value } });
      }
    }
  },
  message: ({ path }) =>
    `\`VOLUME ${path}\` asks for the host's Docker socket, which gives the container control of the host. Talk to Docker through a restricted proxy, or do not ship this volume.`,
});
