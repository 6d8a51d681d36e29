import type { Node } from "yaml";
import { flatMapped } from "../../arrays";
import type { ComposeService } from "../../compose/model";
import { rangeOf, text } from "../../compose/nodes";
import { childEntries, declaredNames, mounts, resolvedText, serviceEntry, serviceItems } from "../../compose/query";
import { defineComposeRule } from "../types";

type Kind = "service" | "network" | "volume" | "config";

interface Data {
  service: string;
  /** What names it: `depends on`, `extends`, `joins`… */
  how: string;
  kind: Kind;
  name: string;
}

/** What Compose answers ("service "api" depends on undefined service "db": invalid compose project"). */
const REFUSAL: Record<Kind, string> = {
  service: "depends on undefined service",
  network: "refers to undefined network",
  volume: "refers to undefined volume",
  config: "refers to undefined config",
};

/** The names a service lists under `key`: list items (`- db`, `- db:alias` for links) or mapping keys. */
function listedNames(service: ComposeService, key: string): Node[] {
  const value = serviceEntry(service, key)?.value;
  const keys = childEntries(service.file, value).map((found) => found.key as Node);
  return keys.length > 0 ? keys : serviceItems(service, key).filter((item) => text(item) !== undefined);
}

export default defineComposeRule<Data>({
  meta: {
    id: "no-undefined-reference",
    aliases: ["compose-undefined-reference"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "A service names a service, network, volume or config that the project does not define.",
      whatItDoes:
        "Flags names in `depends_on`, `links`, `extends` (within the file), `networks`, named `volumes` and `configs` " +
        "that no service, or no top-level `networks:`, `volumes:` or `configs:`, of the project defines. Files merged with " +
        "this one (the base file, overrides, `include:`) count, when the review has them. Networks, volumes and configs are " +
        "checked when the project has that top-level section: a file without one is often a fragment another file merges.",
      whyItMatters:
        "Compose refuses the whole project before starting anything (\"depends on undefined service\", \"refers to " +
        "undefined network\"): usually a typo, or a service renamed in one place only.",
      example: "services:\n  api:\n    image: acme/api:1.8\n    depends_on: [databse]\n    networks: [backend]\n  database:\n    image: postgres:17\nnetworks:\n  frontend: {}\n",
      useInstead: "services:\n  api:\n    image: acme/api:1.8\n    depends_on: [database]\n    networks: [backend]\n  database:\n    image: postgres:17\n    networks: [backend]\nnetworks:\n  backend: {}\n",
      fixSafety: "No fix: whether the name or the definition is wrong is yours to say.",
      whenNotToUse: "Files always merged with another that defines the names; review them together and it is not reported.",
    },
  },
  check({ file, project }, report) {
    const services = new Set(flatMapped([project, ...project.mergedBy], (merged) => flatMapped(merged.layers, (layer) => layer.services.map((service) => service.name))));
    const networks = declaredNames(project, "networks");
    const volumes = declaredNames(project, "volumes");
    const configs = declaredNames(project, "configs");
    // A file without the top-level section is often a fragment another file includes or merges (laradock's per-service
    // files): only a project that declares some networks (volumes, configs) is held to them.
    const held = { networks: networks.size > 0, volumes: volumes.size > 0, configs: configs.size > 0 };
    networks.add("default");
    for (const service of file.services) {
      const check = (node: Node | undefined, name: string | undefined, known: Set<string>, kind: Kind, how: string) => {
        // A name from a variable is only known when the project runs.
        if (node && name && !name.includes("$") && !known.has(name)) report({ range: rangeOf(file.lines, node), data: { service: service.name, how, kind, name } });
      };
      for (const node of listedNames(service, "depends_on")) check(node, text(node), services, "service", "depends on");
      for (const node of listedNames(service, "links")) check(node, text(node)?.split(":")[0], services, "service", "links to");
      const extended = serviceEntry(service, "extends")?.value;
      const extendsFile = resolvedText(childEntries(file, extended).find((found) => found.key.value === "file")?.value);
      const extendsName = childEntries(file, extended).find((found) => found.key.value === "service")?.value ?? extended;
      if (!extendsFile) check(extendsName, text(extendsName), new Set(file.services.map((each) => each.name)), "service", "extends");
      // `network_mode` (host, service:x) replaces the networks.
      if (held.networks && !serviceEntry(service, "network_mode")) for (const node of listedNames(service, "networks")) check(node, text(node), networks, "network", "joins");
      if (held.volumes) for (const mount of mounts(service)) if (mount.type === "volume") check(mount.node, mount.source, volumes, "volume", "mounts");
      for (const node of held.configs ? serviceItems(service, "configs") : []) {
        const source = text(node) !== undefined ? node : childEntries(file, node).find((found) => found.key.value === "source")?.value;
        check(source, text(source), configs, "config", "uses");
      }
    }
  },
  message: ({ service, how, kind, name }) =>
    `\`${service}\` ${how} the ${kind} \`${name}\`, which the project does not define: Compose refuses to start anything ("${REFUSAL[kind]}"). ` +
    `Fix the name, or define the ${kind}${kind === "service" ? "" : ` under the top-level \`${kind}s:\``}.`,
});
