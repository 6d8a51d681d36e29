import { rangeOf } from "../../compose/nodes";
import { serviceLayers } from "../../compose/project";
import { keyRange, mounts, type Mount } from "../../compose/query";
import { defineComposeRule } from "../types";

/** Directory names of what a service keeps or reads at run time rather than runs: data, logs, certificates, settings. */
const STATE_NAME = /^(data|db|database|storage|uploads?|media|volumes?|logs?|backups?|dumps?|certs?|certificates|ssl|tls|keys|secrets?|conf|configs?|configuration|settings|cache|tmp|state|persist(ent)?|pgdata|mysql|mariadb|postgres(ql)?|redis|mongo(db)?|elasticsearch|grafana|prometheus|letsencrypt|acme|initdb(\.d)?)$/i;
/** Where images keep data, logs and settings. */
const STATE_TARGET = /^\/(var\/(lib|log|cache|backups?)|data|etc|backups?|certs|docker-entrypoint-initdb\.d)(\/|$)/;

/**
 * A relative bind of a directory that holds code: the project (`.`, `..`) or a directory not named for data, logs or
 * settings, mounted somewhere an image does not keep those. Files (`./nginx.conf`) are configuration.
 */
function isSourceDirectory(source: string, target: string): boolean {
  if (!/^\.{1,2}(\/|$)/.test(source)) return false;
  const last = source.replace(/\/+$/, "").split("/").pop() ?? "";
  if (last === "." || last === "..") return true;
  return !/\.[A-Za-z0-9]+$/.test(last) && !STATE_NAME.test(last) && !STATE_TARGET.test(target);
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
        "from the base file it is merged with (`-f docker-compose.yml -f docker-compose.prod.yml`). Directories named " +
        "for data, logs, certificates or settings (`./data`, `./logs`, `./certs`, `./config`), and mounts where images " +
        "keep those (`/var/lib/…`, `/var/log/…`, `/etc/…`, `/data`), are state, not code: not flagged.",
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
    const isSourceMount = (mount: Mount) => mount.type === "bind" && mount.source !== undefined && mount.target !== undefined && !mount.readOnly && isSourceDirectory(mount.source, mount.target);
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
