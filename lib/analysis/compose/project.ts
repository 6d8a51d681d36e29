import type { Node } from "yaml";
import { flatMapped } from "../arrays";
import { basename, dirname, joinPath, normalizePath } from "../paths";
import type { ComposeFile, ComposeService } from "./model";
import { entry, items, text, type Entry } from "./nodes";

/**
 * The files Compose merges into one application, in merge order (`docker compose -f a -f b`): the base file
 * (`compose.yaml`, `docker-compose.yml`…) and the file under review on top of it. For the base file itself
 * that is `compose.override.yaml`, which `docker compose` applies by default. Files named in `include:` come
 * first.
 */
export interface ComposeProject {
  file: ComposeFile;
  layers: ComposeFile[];
  /** The file's name says it describes production (`docker-compose.prod.yml`, `compose.deploy.yaml`…). */
  production: boolean;
  /** Every compose file of the review by normalised path, for `extends: {file: …}`. */
  allFiles: ReadonlyMap<string, ComposeFile>;
  /**
   * The projects of the review's other files that merge this one (its overlays, the files that `include:` it): what
   * this file declares may be there for them.
   */
  mergedBy: ComposeProject[];
  /** The files the project's files name in `include:`. */
  included: ComposeFile[];
}

const BASE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
const OVERRIDE_NAMES = BASE_NAMES.map((name) => name.replace(/\.ya?ml$/, (ext) => `.override${ext}`));

/** `compose.override.yaml` and its kin, which `docker compose` applies on top of the base file by default. */
export function isDefaultOverride(file: ComposeFile): boolean {
  return OVERRIDE_NAMES.includes(basename(file.path));
}

function isProductionFile(path: string): boolean {
  // `docker-compose.non-prod.yml`, `compose.not-production.yaml` say the opposite.
  // `compose.live-reload.yaml` is a development file.
  return /(^|[._-])(prod|production|deploy|release|live)([._-]|$)/i.test(basename(path)) && !/(^|[._-])(non|not|pre)-(prod|production|release|live)/i.test(basename(path)) &&
    !/(^|[._-])live[._-]?reload/i.test(basename(path));
}

function includedPaths(file: ComposeFile): string[] {
  if (!file.doc || !file.root) return [];
  const found = entry(file.doc, file.root, "include");
  return flatMapped(items(file.doc, found?.value), (item) => {
    const path = text(item) ?? text(entry(file.doc!, item, "path")?.value);
    return path ? [joinPath(dirname(file.path), path)] : [];
  });
}

/** The project view of every compose file of a review. */
export function composeProjects(files: readonly ComposeFile[]): Map<ComposeFile, ComposeProject> {
  const allFiles = new Map(files.map((file) => [normalizePath(file.path), file]));
  const inDirectory = (file: ComposeFile, names: readonly string[]) =>
    names.map((name) => allFiles.get(joinPath(dirname(file.path), name))).find((found) => found !== undefined);
  const projects = new Map<ComposeFile, ComposeProject>();
  for (const file of files) {
    const base = inDirectory(file, BASE_NAMES);
    const stack = base === file || !base ? [file, ...(base ? [inDirectory(file, OVERRIDE_NAMES)] : [])] : [base, file];
    const layers = stack.filter((layer): layer is ComposeFile => layer !== undefined);
    const included = flatMapped(layers, includedPaths).map((path) => allFiles.get(path)).filter((found): found is ComposeFile => found !== undefined && !layers.includes(found));
    projects.set(file, { file, layers: [...new Set([...included, ...layers])], production: isProductionFile(file.path), allFiles, mergedBy: [], included });
  }
  for (const project of projects.values()) {
    for (const layer of project.layers) if (layer !== project.file) projects.get(layer)?.mergedBy.push(project);
  }
  return projects;
}

/**
 * Whether Compose certainly merges `other` with the project's file: it is the file itself, a file it includes, the
 * default override pair (`compose.yaml` + `compose.override.yaml`), or a file that defines a service of the other too
 * (an overlay). A file beside a base file that shares no service with it may as well be a separate example.
 */
export function certainlyMerged(project: ComposeProject, other: ComposeFile): boolean {
  const { file } = project;
  if (other === file || project.included.includes(other) || isDefaultOverride(file) || isDefaultOverride(other)) return true;
  return file.services.some((service) => other.servicesByName.has(service.name));
}

/** The service a service `extends`, looked up in the same file or in the file it names. */
function extendedService(project: ComposeProject, service: ComposeService): ComposeService | undefined {
  const doc = service.file.doc;
  if (!doc) return undefined;
  const extendsValue = entry(doc, service.node, "extends")?.value;
  const name = text(extendsValue) ?? text(entry(doc, extendsValue, "service")?.value);
  const filePath = text(entry(doc, extendsValue, "file")?.value);
  const file = filePath ? project.allFiles.get(joinPath(dirname(service.file.path), filePath)) : service.file;
  return name ? file?.servicesByName.get(name) : undefined;
}

/** Every definition of a service across the project, in merge order, with what each `extends` first. */
export function serviceLayers(project: ComposeProject, name: string): ComposeService[] {
  const layers: ComposeService[] = [];
  for (const file of project.layers) {
    const service = file.servicesByName.get(name);
    if (!service) continue;
    const parents: ComposeService[] = [];
    for (let parent = extendedService(project, service); parent && parents.length < 8 && !parents.includes(parent); parent = extendedService(project, parent)) {
      parents.unshift(parent);
    }
    layers.push(...parents, service);
  }
  return layers;
}

/**
 * True when this file is where the service is first defined in the project. Findings about something a
 * service lacks belong to that file; an override that only adds to the service is not to blame.
 */
export function definesService(project: ComposeProject, service: ComposeService): boolean {
  const owner = project.layers.find((file) => file.servicesByName.has(service.name));
  return owner === service.file;
}

/**
 * The winning value of a service key after merging (the last layer that sets it), with where it was set; undefined
 * when none sets it or the last one removes it with Compose's `!reset`.
 */
export function mergedEntry(project: ComposeProject, name: string, key: string): { service: ComposeService; found: Entry } | undefined {
  let result: { service: ComposeService; found: Entry } | undefined;
  for (const service of serviceLayers(project, name)) {
    const found = service.file.doc && entry(service.file.doc, service.node, key);
    if (found) result = { service, found };
  }
  return result && isReset(result.found.value) ? undefined : result;
}

/** Compose's `!reset` tag: the key is removed from what the earlier files set (`healthcheck: !reset {}`). */
export function isReset(node: Node | undefined): boolean {
  return node?.tag === "!reset";
}

/** Every service name of the project, in the order they first appear. */
export function serviceNames(project: ComposeProject): string[] {
  return [...new Set(flatMapped(project.layers, (file) => file.services.map((service) => service.name)))];
}
