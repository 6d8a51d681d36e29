import { rangeOf } from "../../compose/nodes";
import { mounts } from "../../compose/query";
import { defineComposeRule } from "../types";

/** A relative bind of a directory (no file extension): source code or a working tree, not a config file. */
function isSourceDirectory(source: string): boolean {
  if (!/^\.{1,2}(\/|$)/.test(source)) return false;
  const last = source.replace(/\/+$/, "").split("/").pop() ?? "";
  return last === "." || last === ".." || !/\.[A-Za-z0-9]+$/.test(last);
}

export default defineComposeRule<{ service: string; source: string; target: string }>({
  meta: {
    id: "no-source-bind-mount-in-production",
    aliases: ["compose-prod-source-mount"],
    category: "reliability",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "A production compose file bind-mounts a source directory.",
      whatItDoes:
        "In files named for production (`*prod*`, `*production*`, `*deploy*`, `*release*`, `*live*`), flags writable " +
        "bind mounts of relative directories such as `.:/app` or `./src:/app/src`.",
      whyItMatters:
        "Production should run the image that was built and tested. A source mount replaces its code with whatever " +
        "happens to be checked out on the server, and lets the container write into that checkout.",
      example: "==> docker-compose.prod.yml <==\nservices:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - .:/app\n",
      useInstead: "==> docker-compose.prod.yml <==\nservices:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - ./config/app.yaml:/app/config.yaml:ro\n",
      fixSafety: "No fix: copy the code into the image instead (COPY in the Dockerfile).",
      whenNotToUse: "Static content deliberately served from the host, mounted read-only.",
    },
  },
  *check({ file, project }) {
    if (!project.production) return;
    for (const service of file.services) {
      for (const mount of mounts(service)) {
        if (mount.type === "bind" && mount.source && mount.target && !mount.readOnly && isSourceDirectory(mount.source)) {
          yield { range: rangeOf(file.lines, mount.node), data: { service: service.name, source: mount.source, target: mount.target } };
        }
      }
    }
  },
  message: ({ service, source, target }) =>
    `This production file mounts \`${source}\` over \`${target}\` in \`${service}\`, so the container runs the server's checkout instead of the built image, and can write into it. Build the code into the image.`,
});
