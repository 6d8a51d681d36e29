import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const ownFiles = ["Dockerfile", ".dockerignore", "compose.yaml"].filter((name) => existsSync(join(root, name)));

// We preach these practices, so our own build files must pass our own review with no finding at all.
it("reviews the project's own Dockerfile and compose file with zero findings", { timeout: 20_000 }, () => {
  expect(ownFiles).toContain("Dockerfile");
  const result = spawnSync(process.execPath, [join(root, "bin/shipshape.js"), "--format", "json", ...ownFiles], { cwd: root, encoding: "utf8" });
  const report = JSON.parse(result.stdout) as { files: { path: string; findings: { rule: string; message: string }[] }[] };
  expect(report.files.flatMap((file) => file.findings.map((f) => `${file.path}: ${f.rule}: ${f.message}`))).toEqual([]);
  expect(result.status).toBe(0);
});
