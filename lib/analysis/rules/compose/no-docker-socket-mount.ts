import { rangeOf } from "../../compose/nodes";
import { mounts } from "../../compose/query";
import { defineComposeRule } from "../types";

const SOCKETS = /^(\/var)?\/run\/docker\.sock$|^\/\/\.\/pipe\/docker_engine$|docker\.sock$/;

export default defineComposeRule<{ service: string; source: string }>({
  meta: {
    id: "no-docker-socket-mount",
    aliases: ["compose-no-docker-socket", "exposing-docker-socket-volume", "d6355c88"],
    category: "security",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "The Docker socket is mounted into a service.",
      whatItDoes: "Flags a bind mount of `/var/run/docker.sock` (or the Windows Docker pipe) into a service.",
      whyItMatters:
        "Whoever can talk to the Docker socket can start a privileged container that mounts the host's root: the " +
        "socket is root on the host, even when mounted read-only.",
      example: "services:\n  ui:\n    image: portainer/portainer-ce:2.21.4\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n",
      useInstead: "services:\n  ui:\n    image: portainer/portainer-ce:2.21.4\n    environment:\n      DOCKER_HOST: tcp://socket-proxy:2375\n",
      fixSafety: "No fix: the service needs another way to reach Docker (a socket proxy limited to the calls it needs).",
      whenNotToUse: "Tools whose job is to drive Docker (CI runners, reverse proxies reading labels), behind a socket proxy where possible.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      for (const mount of mounts(service)) {
        if (mount.type === "bind" && mount.source && SOCKETS.test(mount.source)) {
          report({ range: rangeOf(file.lines, mount.node), data: { service: service.name, source: mount.source } });
        }
      }
    }
  },
  message: ({ service, source }) =>
    `\`${service}\` mounts the Docker socket (\`${source}\`): control of the socket is root on the host, read-only or not. Put a socket proxy that allows only the needed API calls in between, or drop the mount.`,
});
