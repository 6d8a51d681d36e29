import { isWindowsImage } from "./image";
import type { Stage } from "./model";
import { inheritedInstructions, rootStage } from "./stages";

/**
 * What we know about well-known base images without pulling them. `undefined` means "unknown": rules must then
 * stay silent rather than guess.
 */
export interface ImageTraits {
  family: "scratch" | "distroless" | "alpine" | "busybox" | "debian" | "ubuntu" | "buildpack" | "unknown";
  shell: boolean | undefined;
  bash: boolean | undefined;
  curl: boolean | undefined;
  wget: boolean | undefined;
}

const UNKNOWN: ImageTraits = { family: "unknown", shell: undefined, bash: undefined, curl: undefined, wget: undefined };

/** Official language images whose variants follow the Docker library conventions. */
const LANGUAGE_IMAGES = new Set(["node", "python", "golang", "ruby", "openjdk", "eclipse-temurin", "rust", "perl"]);
/**
 * Official service images built on Debian's slim image, or Ubuntu's, unless their tag says Alpine: bash is there
 * (Essential in both), which tools they add is not known here.
 */
const DEBIAN_SERVICE_IMAGES = new Set(["php", "nginx", "httpd", "postgres", "redis", "wordpress", "drupal", "ghost", "haproxy", "memcached"]);
const UBUNTU_SERVICE_IMAGES = new Set(["mariadb", "mongo", "rabbitmq", "tomcat"]);

/** Rules ask about the same few base images, each several times per file: answers are kept. */
const splitReferences = new Map<string, { readonly path: string; readonly tag: string }>();
const MAX_SPLIT_REFERENCES = 10_000;

function splitReference(reference: string): { readonly path: string; readonly tag: string } {
  let split = splitReferences.get(reference);
  if (!split) {
    if (splitReferences.size >= MAX_SPLIT_REFERENCES) splitReferences.clear();
    split = readReference(reference);
    splitReferences.set(reference, split);
  }
  return split;
}

function readReference(reference: string): { path: string; tag: string } {
  const withoutDigest = reference.split("@")[0]!;
  const colon = withoutDigest.lastIndexOf(":");
  const slash = withoutDigest.lastIndexOf("/");
  const hasTag = colon > slash;
  const path = (hasTag ? withoutDigest.slice(0, colon) : withoutDigest).toLowerCase().replace(/^(docker\.io\/)?(library\/)?/, "");
  return { path, tag: hasTag ? withoutDigest.slice(colon + 1).toLowerCase() : "latest" };
}

/** Traits of an image reference (`alpine:3.20`, `node:22-slim`, `gcr.io/distroless/static`…). */
export function imageTraits(reference: string): ImageTraits {
  const { path, tag } = splitReference(reference);
  if (path === "scratch") return { family: "scratch", shell: false, bash: false, curl: false, wget: false };
  if (path.startsWith("gcr.io/distroless/")) {
    // The :debug variants add a busybox shell (with its wget).
    return tag.includes("debug")
      ? { family: "distroless", shell: true, bash: false, curl: false, wget: true }
      : { family: "distroless", shell: false, bash: false, curl: false, wget: false };
  }
  const alpine = { family: "alpine", shell: true, bash: false, curl: false, wget: true } as const;
  const slimDebian = { family: "debian", shell: true, bash: true, curl: false, wget: false } as const;
  if (path === "alpine") return alpine;
  // BusyBox's own image: its ash, adduser and wget, as on Alpine, without apk.
  if (path === "busybox") return { ...alpine, family: "busybox" };
  if (path === "debian") return slimDebian;
  if (path === "ubuntu") return { ...slimDebian, family: "ubuntu" };
  if (DEBIAN_SERVICE_IMAGES.has(path) || UBUNTU_SERVICE_IMAGES.has(path)) {
    // Some add curl to their Alpine variant (nginx does): only BusyBox's wget is sure.
    if (tag.includes("alpine")) return { ...alpine, curl: undefined };
    if (isWindowsImage(tag)) return UNKNOWN;
    return { family: DEBIAN_SERVICE_IMAGES.has(path) ? "debian" : "ubuntu", shell: true, bash: true, curl: undefined, wget: undefined };
  }
  if (LANGUAGE_IMAGES.has(path)) {
    if (tag.includes("alpine")) return alpine;
    if (tag.includes("slim")) return slimDebian;
    if (isWindowsImage(tag)) return UNKNOWN;
    // Full variants are built on buildpack-deps, which ships curl, wget and bash.
    return { family: "buildpack", shell: true, bash: true, curl: true, wget: true };
  }
  return UNKNOWN;
}

/**
 * Images published to run as an unprivileged user: their own Dockerfiles end with `USER` (Elastic's run as 1000,
 * Jenkins' as `jenkins`, Grafana's as 472, Prometheus' as `nobody`, Bitnami's as 1001).
 */
const UNPRIVILEGED_IMAGES = new Set([
  "elasticsearch", "kibana", "logstash", "sonarqube", "curlimages/curl", "jenkins/jenkins", "jenkins/agent", "jenkins/inbound-agent",
  "grafana/grafana", "grafana/grafana-oss", "grafana/grafana-enterprise", "grafana/loki", "prom/prometheus", "prom/alertmanager",
  "prom/node-exporter", "prom/pushgateway", "nginxinc/nginx-unprivileged", "mailhog/mailhog", "quay.io/keycloak/keycloak",
]);
const UNPRIVILEGED_PREFIXES = ["docker.elastic.co/", "bitnami/"];
/** Tags of images published to run unprivileged (distroless `:nonroot`, `*-rootless`). */
const UNPRIVILEGED_TAG = /nonroot|rootless/;

/** Whether an image is published to run as an unprivileged user (so a stage built on it need not set `USER`). */
export function runsUnprivileged(reference: string): boolean {
  const { path, tag } = splitReference(reference);
  return UNPRIVILEGED_TAG.test(tag) || UNPRIVILEGED_IMAGES.has(path) || UNPRIVILEGED_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * The IDs (`uid:gid`) of an unprivileged account whose numbers an image fixes: the official Node.js images' `node`
 * (1000) and nginx images' `nginx` (101), distroless's `nonroot` (65532), Debian's and Ubuntu's `www-data` (33, from
 * base-passwd) and `nobody` (65534 in Debian, Ubuntu, Alpine and BusyBox alike, and in images built on them).
 */
export function accountIds(reference: string, name: string): string | undefined {
  const { path } = splitReference(reference);
  const official = !path.includes("/");
  const distroless = path.startsWith("gcr.io/distroless/");
  if (name === "node" && official && path === "node") return "1000:1000";
  if (name === "nginx" && official && path === "nginx") return "101:101";
  if (name === "nonroot" && distroless) return "65532:65532";
  if (name === "www-data" && ["debian", "ubuntu", "buildpack"].includes(imageTraits(reference).family)) return "33:33";
  // Red Hat's family (CentOS 7, Amazon Linux 2, Oracle Linux 7) numbers nobody 99.
  if (name === "nobody" && (distroless || (official && ["debian", "ubuntu", "buildpack", "alpine", "busybox"].includes(imageTraits(reference).family)))) return "65534:65534";
  return undefined;
}

/** The unprivileged account an image brings for its programs to run as (`node`, distroless's `nonroot`), if any. */
export function ownAccount(reference: string): string | undefined {
  return ["node", "nonroot"].find((name) => accountIds(reference, name) !== undefined);
}

/** Whether an image is one of Docker Hub's official images (`node`, `library/python`), whose default user is root. */
export function isOfficialImage(reference: string): boolean {
  return !splitReference(reference).path.includes("/");
}

/**
 * Images whose CMD runs as written: their Dockerfiles set no ENTRYPOINT (the OS images, python, golang, rust), or
 * one that runs a command it is given unchanged (node's `docker-entrypoint.sh` runs any program named first).
 */
const CMD_AS_GIVEN = new Set(["scratch", "alpine", "busybox", "debian", "ubuntu", "fedora", "python", "golang", "rust", "node"]);

/**
 * Whether a stage's CMD surely runs as written: no ENTRYPOINT in the file, and a base image known to have none
 * that would take the CMD as its arguments (postgres' entrypoint initialises the database only for `postgres …`).
 */
export function cmdRunsAsGiven(stage: Stage): boolean {
  if (inheritedInstructions(stage).some((instruction) => instruction.keyword === "ENTRYPOINT")) return false;
  const base = rootStage(stage).base;
  return base.kind === "scratch" || (base.kind === "image" && base.value !== undefined && CMD_AS_GIVEN.has(splitReference(base.value).path));
}

/** The traits of the image a stage starts from, following `FROM <stage>` to the first external image. */
export function stageBaseTraits(stage: Stage): ImageTraits {
  const base = rootStage(stage).base;
  return base.kind === "scratch" ? imageTraits("scratch") : base.kind === "image" && base.value ? imageTraits(base.value) : UNKNOWN;
}
