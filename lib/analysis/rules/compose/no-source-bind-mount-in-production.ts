import { rangeOf } from "../../compose/nodes";
import { serviceLayers } from "../../compose/project";
import { keyRange, mounts, type Mount } from "../../compose/query";
import { defineComposeRule } from "../types";

/** A relative bind of a directory (no file extension): source code or a working tree, not a config file. */
function isSourceDirectory(source: string): boolean {
  if (!/^\.{1,2}(\/|$)/.test(source)) return false;
  const last = source.replace(/\/+$/, "").split("/").pop() ?? "";
  return last === "." || last === ".." || !/\.[A-Za-z0-9]+$/.test(last);
}

interface Data {
  service: string;
  source: string;
  target: string;
  /** The earlier file of the merge the mount comes from, when this file only inherits it. */
  inheritedFrom: string | undefined;
}

export default defineComposeRule<Data>({
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
        "bind mounts of relative directories such as `.:/app` or `./src:/app/src`, including those the file inherits " +
        "from the base file it is merged with (`-f docker-compose.yml -f docker-compose.prod.yml`).",
      whyItMatters:
        "Production should run the image that was built and tested. A source mount replaces its code with whatever " +
        "happens to be checked out on the server, and lets the container write into that checkout.",
      example: "==> docker-compose.prod.yml <==\nservices:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - .:/app\n",
      useInstead: "==> docker-compose.prod.yml <==\nservices:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - ./config/app.yaml:/app/config.yaml:ro\n",
      fixSafety: "No fix: copy the code into the image instead (COPY in the Dockerfile).",
      whenNotToUse: "Static content deliberately served from the host, mounted read-only.",
    },
  },
  check({ file, project }, report) {
    if (!project.production) return;
    const isSourceMount = (mount: Mount) => mount.type === "bind" && mount.source !== undefined && mount.target !== undefined && !mount.readOnly && isSourceDirectory(mount.source);
    for (const service of file.services) {
      for (const mount of mounts(service).filter(isSourceMount)) {
        report({ range: rangeOf(file.lines, mount.node), data: { service: service.name, source: mount.source!, target: mount.target!, inheritedFrom: undefined } });
      }
      // `-f base.yml -f prod.yml` merges volumes: the production stack keeps the base file's source mounts
      // unless this file replaces them at the same target.
      const ownTargets = new Set(mounts(service).map((mount) => mount.target));
      for (const layer of serviceLayers(project, service.name).filter((layer) => layer.file !== file)) {
        for (const mount of mounts(layer).filter((candidate) => isSourceMount(candidate) && !ownTargets.has(candidate.target))) {
          report({ range: keyRange(service), data: { service: service.name, source: mount.source!, target: mount.target!, inheritedFrom: layer.file.path } });
        }
      }
    }
  },
  message: ({ service, source, target, inheritedFrom }) =>
    inheritedFrom
      ? `Merged with ${inheritedFrom}, \`${service}\` still mounts \`${source}\` over \`${target}\` in production: Compose merges volumes, so the container runs the server's checkout instead of the built image. Move the mount to a development-only file, or override that target here.`
      : `This production file mounts \`${source}\` over \`${target}\` in \`${service}\`, so the container runs the server's checkout instead of the built image, and can write into it. Build the code into the image.`,
});
