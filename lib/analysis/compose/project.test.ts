import { describe, expect, it } from "vitest";
import { parseCompose } from "./model";
import { composeProjects, definesService, mergedEntry, serviceLayers } from "./project";
import { text } from "./nodes";

function projects(files: Record<string, string>) {
  const parsed = Object.entries(files).map(([path, content]) => parseCompose(path, content));
  const byFile = composeProjects(parsed);
  return (path: string) => byFile.get(parsed.find((file) => file.path === path)!)!;
}

describe("compose projects", () => {
  const of = projects({
    "app/compose.yaml": "include:\n  - ../shared/db.yaml\nservices:\n  web:\n    extends: base\n    image: web:1\n  base:\n    restart: always\n",
    "app/compose.override.yaml": "services:\n  web:\n    image: web:dev\n",
    "app/compose.prod.yaml": "services:\n  web:\n    image: web:2\n  worker:\n    extends:\n      file: ../shared/db.yaml\n      service: db\n",
    "shared/db.yaml": "services:\n  db:\n    image: postgres:17\n",
  });

  it("merges the base file with the default override, and a named file with the base only", () => {
    expect(of("app/compose.yaml").layers.map((file) => file.path)).toEqual(["shared/db.yaml", "app/compose.yaml", "app/compose.override.yaml"]);
    expect(of("app/compose.prod.yaml").layers.map((file) => file.path)).toEqual(["shared/db.yaml", "app/compose.yaml", "app/compose.prod.yaml"]);
    expect(of("app/compose.prod.yaml").production).toBe(true);
    expect(of("app/compose.override.yaml").production).toBe(false);
    const named = (path: string) => projects({ [path]: "services: {}\n" })(path).production;
    expect([named("compose.live.yaml"), named("docker-compose.deploy.yml"), named("compose.live-reload.yaml"), named("compose.non-prod.yaml")]).toEqual([true, true, false, false]);
  });

  it("lets the last layer win, with what a service extends underneath it", () => {
    const base = of("app/compose.yaml");
    expect(serviceLayers(base, "web").map((service) => `${service.file.path}#${service.name}`)).toEqual([
      "app/compose.yaml#base", "app/compose.yaml#web", "app/compose.override.yaml#web",
    ]);
    expect(text(mergedEntry(base, "web", "image")?.found.value)).toBe("web:dev");
    expect(text(mergedEntry(base, "web", "restart")?.found.value)).toBe("always");
    expect(text(mergedEntry(of("app/compose.prod.yaml"), "worker", "image")?.found.value)).toBe("postgres:17");
  });

  it("blames a missing setting on the file that defines the service first", () => {
    const override = of("app/compose.override.yaml");
    const web = override.file.services[0]!;
    expect(definesService(override, web)).toBe(false);
    const prod = of("app/compose.prod.yaml");
    expect(definesService(prod, prod.file.servicesByName.get("worker")!)).toBe(true);
  });
});
