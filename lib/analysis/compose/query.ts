import { isMap, isScalar, isSeq, type Node, type Scalar } from "yaml";
import { flatMapped } from "../arrays";
import type { Range } from "../types";
import { withDefaults } from "./interpolation";
import type { ComposeFile, ComposeService } from "./model";
import { entries, entry, items, rangeOf, text, type Entry } from "./nodes";
import { isReset, mergedEntry, serviceLayers, type ComposeProject } from "./project";

/** Readers of compose service settings in their short and long syntaxes, keeping each value's node. */

export function serviceEntry(service: ComposeService, key: string): Entry | undefined {
  return service.file.doc ? entry(service.file.doc, service.node, key) : undefined;
}

/** A service that runs a container: not one a `provider` (a model runner, a cloud resource) stands in for. */
export function runsContainer(project: ComposeProject, service: ComposeService): boolean {
  return !serviceLayers(project, service.name).some((layer) => serviceEntry(layer, "provider"));
}

/** The service's `profiles`: empty when it has none, and then it runs with every profile. */
export function serviceProfiles(service: ComposeService): string[] {
  const found = serviceEntry(service, "profiles");
  return isSeq(found?.value) ? found.value.items.map((item) => text(item as Node)).filter((name): name is string => name !== undefined) : [];
}

/** Whether two services can run at once: unless both have profiles and share none. */
export function mayRunTogether(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((profile) => b.includes(profile));
}

/** The entry at a path of keys below the service (`deploy`, `resources`, `limits`…). */
export function serviceEntryAt(service: ComposeService, ...keys: string[]): Entry | undefined {
  let node: Node | undefined = service.node;
  let found: Entry | undefined;
  for (const key of keys) {
    found = service.file.doc ? entry(service.file.doc, node, key) : undefined;
    if (!found) return undefined;
    node = found.value;
  }
  return found;
}

export function serviceItems(service: ComposeService, key: string): Node[] {
  return service.file.doc ? items(service.file.doc, serviceEntry(service, key)?.value) : [];
}

/**
 * The nodes naming the secrets a service uses, in its `secrets:` and its `build.secrets:` (both draw on the top-level
 * declarations): the item itself (`- name`) or its `source:` (long syntax).
 */
export function serviceSecretNames(service: ComposeService): Node[] {
  const { file } = service;
  const buildSecrets = childEntries(file, serviceEntry(service, "build")?.value).find((found) => found.key.value === "secrets")?.value;
  const listed = [...serviceItems(service, "secrets"), ...(file.doc ? items(file.doc, buildSecrets) : [])];
  return flatMapped(listed, (item) => {
    const source = text(item) !== undefined ? item : childEntries(file, item).find((found) => found.key.value === "source")?.value;
    return source ? [source] : [];
  });
}

export function topLevelEntry(file: ComposeFile, key: string): Entry | undefined {
  return file.doc && file.root ? entry(file.doc, file.root, key) : undefined;
}

export function childEntries(file: ComposeFile, node: Node | undefined): Entry[] {
  return file.doc ? entries(file.doc, node) : [];
}

/**
 * The names declared under a top-level key (`secrets`, `networks`…) by the project's files and by the files that merge
 * this one (an includer, an overlay), which may declare what it uses.
 */
export function declaredNames(project: ComposeProject, key: string): Set<string> {
  return new Set(flatMapped([project, ...project.mergedBy], (merged) =>
    flatMapped(merged.layers, (layer) => childEntries(layer, topLevelEntry(layer, key)?.value).map((found) => String(found.key.value)))));
}

/** The scalar text of a value, with interpolation defaults applied; undefined when a variable decides it. */
export function resolvedText(node: Node | undefined): string | undefined {
  const raw = text(node);
  return raw === undefined ? undefined : withDefaults(raw);
}

export function isTrue(node: Node | undefined): boolean {
  const value = resolvedText(node)?.toLowerCase();
  return value === "true" || value === "yes" || value === "on";
}

/** True when some definition of the service in the project (its files, what it extends) sets one of the keys. */
export function projectSets(project: ComposeProject, service: ComposeService, ...paths: string[][]): boolean {
  return serviceLayers(project, service.name).some((layer) => paths.some((path) => serviceEntryAt(layer, ...path) !== undefined));
}

export function keyRange(service: ComposeService): Range {
  return rangeOf(service.file.lines, service.key);
}

export interface PortMapping {
  node: Node;
  hostIp: string | undefined;
  /** The host port or range, undefined when the port is only exposed on a random host port. */
  published: string | undefined;
  target: string | undefined;
  protocol: string;
}

/** Reads `ports:` in short (`"127.0.0.1:8080:80/tcp"`) and long (`{target, published, host_ip}`) syntax. */
export function ports(service: ComposeService): PortMapping[] {
  return flatMapped(serviceItems(service, "ports"), (node): PortMapping[] => {
    if (isMap(node)) {
      const field = (key: string) => resolvedText(serviceFieldNode(service, node, key));
      return [{ node, hostIp: field("host_ip"), published: field("published"), target: field("target"), protocol: field("protocol") ?? "tcp" }];
    }
    const value = resolvedText(node);
    if (value === undefined) return [];
    const [address, protocol = "tcp"] = value.split("/");
    // An IPv6 host address is bracketed: "[::1]:8080:80".
    const match = /^(?:(\[[^\]]*\]|[^:]*):)?(?:([^:]*):)?([^:]+)$/.exec(address!);
    if (!match) return [];
    const [, first, second, target] = match;
    const hostIp = second !== undefined ? first : undefined;
    const published = second !== undefined ? second : first;
    return [{ node, hostIp: hostIp || undefined, published: published || undefined, target, protocol }];
  });
}

function serviceFieldNode(service: ComposeService, node: Node, key: string): Node | undefined {
  return service.file.doc ? entry(service.file.doc, node, key)?.value : undefined;
}

export interface Mount {
  node: Node;
  type: "bind" | "volume" | "tmpfs" | "other";
  source: string | undefined;
  target: string | undefined;
  readOnly: boolean;
  /** The `propagation` of a bind mount (long syntax or short-syntax options). */
  propagation: string | undefined;
}

const PROPAGATIONS = ["shared", "rshared", "slave", "rslave", "private", "rprivate"];

/** Reads `volumes:` in short (`./src:/app:ro`) and long (`{type, source, target}`) syntax. */
export function mounts(service: ComposeService): Mount[] {
  return flatMapped(serviceItems(service, "volumes"), (node): Mount[] => {
    if (isMap(node)) {
      const field = (key: string) => resolvedText(serviceFieldNode(service, node, key));
      const bind = serviceFieldNode(service, node, "bind");
      const type = field("type");
      return [{
        node,
        type: type === "bind" || type === "volume" || type === "tmpfs" ? type : "other",
        source: field("source"),
        target: field("target"),
        readOnly: isTrue(serviceFieldNode(service, node, "read_only")),
        propagation: bind ? resolvedText(serviceFieldNode(service, bind, "propagation")) : undefined,
      }];
    }
    const value = text(node);
    if (value === undefined) return [];
    const parts = value.split(":");
    // Windows drive letters ("C:\data:/data") split into an extra part.
    if (parts.length > 2 && /^[A-Za-z]$/.test(parts[0]!) && /^[\\/]/.test(parts[1]!)) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
    if (parts.length === 1) return [{ node, type: "volume", source: undefined, target: parts[0], readOnly: false, propagation: undefined }];
    const [source, target, options = ""] = parts;
    const flags = options.split(",");
    const isPath = /^([./~\\]|\$|[A-Za-z]:)/.test(source!);
    return [{
      node,
      type: isPath ? "bind" : "volume",
      source: withDefaults(source!) ?? source,
      target,
      readOnly: flags.includes("ro"),
      propagation: flags.find((flag) => PROPAGATIONS.includes(flag)),
    }];
  });
}

export interface EnvironmentVariable {
  name: string;
  /** The literal value as written, undefined for `- NAME` (taken from the shell) or an empty value. */
  value: string | undefined;
  /** The node holding the value (mapping form) or the whole `NAME=value` item (list form). */
  node: Node;
  /** Where the name is written. */
  nameRange: Range;
  /** Where the value is written, undefined when there is none. */
  valueRange: Range | undefined;
  /** The list item or mapping key the variable is declared by. */
  declaration: Scalar;
}

export function environment(service: ComposeService): EnvironmentVariable[] {
  const found = serviceEntry(service, "environment");
  if (!found || !service.file.doc) return [];
  const { lines } = service.file;
  if (isSeq(found.value)) {
    return flatMapped(items(service.file.doc, found.value), (node): EnvironmentVariable[] => {
      if (!isScalar(node) || !node.range) return [];
      const raw = String(node.value);
      const equals = raw.indexOf("=");
      const name = equals === -1 ? raw : raw.slice(0, equals);
      const value = equals === -1 ? undefined : raw.slice(equals + 1);
      // Quotes around the whole item shift the text by one; block scalars are not used for env items.
      const start = node.range[0] + (node.type === "PLAIN" ? 0 : 1);
      return [{
        name,
        value: value === "" ? undefined : value,
        node,
        nameRange: lines.rangeOf(start, start + name.length),
        valueRange: value ? lines.rangeOf(start + equals + 1, start + raw.length) : undefined,
        declaration: node,
      }];
    });
  }
  return entries(service.file.doc, found.value).map((variable) => {
    const value = text(variable.value);
    return {
      name: String(variable.key.value),
      value: value === "" ? undefined : value,
      node: variable.value ?? variable.key,
      nameRange: rangeOf(lines, variable.key),
      valueRange: variable.value && value ? rangeOf(lines, variable.value) : undefined,
      declaration: variable.key,
    };
  });
}

export interface ImageReference {
  /** Repository without registry host (`library/postgres` → `postgres`), lower-cased. */
  name: string;
  tag: string | undefined;
  digest: string | undefined;
}

export function parseImage(reference: string): ImageReference {
  const [withoutDigest, digest] = reference.split("@");
  const slash = withoutDigest!.lastIndexOf("/");
  const colon = withoutDigest!.lastIndexOf(":");
  const hasTag = colon > slash;
  const path = hasTag ? withoutDigest!.slice(0, colon) : withoutDigest!;
  const segments = path.toLowerCase().split("/");
  if (segments.length > 1 && /[.:]|^localhost$/.test(segments[0]!)) segments.shift();
  if (segments[0] === "library") segments.shift();
  return { name: segments.join("/"), tag: hasTag ? withoutDigest!.slice(colon + 1) : undefined, digest };
}

/** Images of databases, caches and queues: services that other services talk to, never browsers. */
const DATA_STORES = /^(bitnami\/(postgresql|postgresql-repmgr|mongodb|kafka|clickhouse|opensearch|valkey|redis-cluster)|(bitnami\/)?(postgres|postgis\/postgis|timescale\/timescaledb|mysql|mariadb|mongo|mongodb\/mongodb-community-server|redis|valkey\/valkey|redis\/redis-stack-server|memcached|elasticsearch|elastic\/elasticsearch|opensearchproject\/opensearch|cassandra|couchdb|neo4j|influxdb|rabbitmq|clickhouse\/clickhouse-server|mssql\/server|azure-sql-edge|zookeeper|bitnami\/kafka|confluentinc\/cp-kafka|apache\/kafka|nats|etcd))$/;

export function imageOf(service: ComposeService, project: ComposeProject): ImageReference | undefined {
  const image = mergedEntry(project, service.name, "image");
  const value = image && resolvedText(image.found.value);
  return value ? parseImage(value) : undefined;
}

export function isDataStore(image: ImageReference | undefined): boolean {
  return image !== undefined && DATA_STORES.test(image.name);
}

/** How many containers of the service run: the last `deploy.replicas` or `scale` the project's files set, else 1. */
export function replicaCount(project: ComposeProject, name: string): number {
  const counts = flatMapped(serviceLayers(project, name), (layer) => [serviceEntryAt(layer, "deploy", "replicas"), serviceEntry(layer, "scale")])
    .map((found) => Number(resolvedText(found?.value)))
    .filter((count) => Number.isFinite(count));
  return counts.at(-1) ?? 1;
}

/**
 * The definitions of a service that set its `ports`, in merge order: Compose appends each file's and each extended
 * service's list, from the last `!reset` or `!override` on.
 */
export function portLayers(project: ComposeProject, name: string): ComposeService[] {
  const layers = serviceLayers(project, name);
  const restart = layers.findLastIndex((layer) => {
    const tag = serviceEntry(layer, "ports")?.value?.tag;
    return tag === "!reset" || tag === "!override";
  });
  return layers.slice(Math.max(restart, 0)).filter((layer) => !isReset(serviceEntry(layer, "ports")?.value));
}

/** True when some file of the project gives the service a healthcheck, or switches it off on purpose. */
export function hasHealthcheckDecision(project: ComposeProject, name: string): boolean {
  return serviceLayers(project, name).some((layer) => serviceEntry(layer, "healthcheck") !== undefined);
}

/**
 * What the project's files say of a service's healthcheck: a test of their own, switched off (`disable: true`, `test:
 * ["NONE"]`), or nothing, so that the image's HEALTHCHECK (if any) applies. A later file's `healthcheck: !reset {}`
 * removes what the files before it set.
 */
export function composeHealthcheck(project: ComposeProject, name: string): "test" | "disabled" | "image" {
  const all = serviceLayers(project, name);
  const layers = all.slice(all.findLastIndex((layer) => isReset(serviceEntry(layer, "healthcheck")?.value)) + 1);
  if (layers.some((layer) => isTrue(serviceEntryAt(layer, "healthcheck", "disable")?.value))) return "disabled";
  // The last layer that sets the test decides it.
  const test = layers.map((layer) => serviceEntryAt(layer, "healthcheck", "test")?.value).filter((node) => node !== undefined).at(-1);
  if (!test) return "image";
  return text(isSeq(test) ? (test.items[0] as Node) : test) === "NONE" ? "disabled" : "test";
}

/** True when the service has a healthcheck of its own in compose that is not switched off. */
export function hasHealthcheck(project: ComposeProject, name: string): boolean {
  return composeHealthcheck(project, name) === "test";
}

/** `deploy` keys only Docker Swarm (`docker stack deploy`) acts on, and why; `docker compose up` ignores them. */
export const SWARM_ONLY_DEPLOY_KEYS: Readonly<Record<string, string>> = {
  placement: "placement constraints and preferences choose a Swarm node",
  update_config: "rolling update settings apply to Swarm services",
  rollback_config: "rollback settings apply to Swarm services",
  endpoint_mode: "the endpoint mode (vip/dnsrr) is a Swarm routing setting",
  labels: "these labels go on the Swarm service, not on the containers (use the service's own `labels`)",
};

/** Whether the file looks deployed with `docker stack deploy`: named as a stack, or using Swarm-only `deploy` keys. */
export function isSwarmStack(file: ComposeFile): boolean {
  return /(^|[/._-])stack([._-]|$)/i.test(file.path) ||
    file.services.some((service) => childEntries(file, serviceEntry(service, "deploy")?.value).some((setting) => Object.hasOwn(SWARM_ONLY_DEPLOY_KEYS, String(setting.key.value))));
}
