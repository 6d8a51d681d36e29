import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../lib/analysis";
import { applyEdits } from "../../lib/analysis/text";

/**
 * The guide's compose pair, reviewed as `docker compose -f docker-compose.yml -f docker-compose.prod.yml` would
 * merge them, with the guide's .dockerignore and Dockerfile next to them. Each line is what a careful reviewer
 * would say about the guide's example; the list is exhaustive for the rules on by default.
 */
const dir = new URL("../fixtures/guide/compose/", import.meta.url);
const names = ["docker-compose.yml", "docker-compose.prod.yml", ".dockerignore", "Dockerfile"];
const files = names.map((path) => ({ path, content: readFileSync(new URL(path, dir), "utf8") }));
const report = analyze(files);

function findings(path: string): string[] {
  return report.files.find((file) => file.path === path)!.findings.map((finding) => `${finding.rule} ${finding.range.start.line}:${finding.range.start.column}`);
}

describe("the guide's compose examples", () => {
  it("development file: obsolete version, a hard-coded password, published database ports, no healthchecks", () => {
    expect(findings("docker-compose.yml")).toEqual([
      "no-obsolete-version 1:1",
      // app: none of the operational settings
      "require-no-new-privileges 3:3",
      "require-log-rotation 3:3",
      "require-resource-limits 3:3",
      "require-restart-policy 3:3",
      // db
      "require-no-new-privileges 18:3",
      "require-service-healthcheck 18:3",
      "require-log-rotation 18:3",
      "require-resource-limits 18:3",
      "require-restart-policy 18:3",
      "no-hardcoded-secrets 23:26", // POSTGRES_PASSWORD: password
      "no-published-database-port 27:9", // "5432:5432"
      // redis
      "require-no-new-privileges 29:3",
      "require-service-healthcheck 29:3",
      "require-log-rotation 29:3",
      "require-resource-limits 29:3",
      "require-restart-policy 29:3",
      "no-published-database-port 32:9", // "6379:6379"
    ]);
  });

  it("production file: what merging it onto the development file really runs", () => {
    expect(findings("docker-compose.prod.yml")).toEqual([
      "no-obsolete-version 1:1",
      "no-source-bind-mount-in-production 3:3", // `.:/app` comes along from docker-compose.yml
      "pin-service-image 4:12", // myapp:latest
      "no-host-port-with-replicas 6:9", // "80:3000" with replicas: 3
      "no-swarm-only-deploy-keys 26:7", // placement constraints do nothing without Swarm
    ]);
  });

  it(".dockerignore: environment files beyond .env and private keys get into the context", () => {
    expect(findings(".dockerignore")).toEqual(["require-dockerignore-entries 1:1"]);
  });

  it("offers the mechanical fixes a reviewer would apply by hand", () => {
    const dev = report.files[0]!;
    const version = dev.findings.find((finding) => finding.rule === "no-obsolete-version")!;
    const secret = dev.findings.find((finding) => finding.rule === "no-hardcoded-secrets")!;
    expect(applyEdits(files[0]!.content, version.fixes[0]!.edits).text.startsWith("services:\n  app:\n")).toBe(true);
    const moved = applyEdits(files[0]!.content, secret.fixes[0]!.edits).text;
    expect(moved).toContain("      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password\n");
    expect(moved).toContain("      - \"5432:5432\"\n    secrets:\n      - postgres_password\n\n  redis:");
    expect(moved.endsWith("volumes:\n  postgres_data:\nsecrets:\n  postgres_password:\n    file: ./secrets/postgres_password.txt\n")).toBe(true);
  });
});
