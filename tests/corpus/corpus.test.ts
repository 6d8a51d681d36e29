import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFile } from "../../lib/analysis";
import type { Command } from "../../lib/analysis/dockerfile/commands";
import type { Finding, Position } from "../../lib/analysis/types";
import { parseDockerfile, type DockerfileModel } from "../../lib/analysis/dockerfile/model";
import { runDetails } from "../../lib/analysis/dockerfile/run";
import { applyEdits } from "../../lib/analysis/text";
import { estimateStages, laterDeletionsOf } from "../../lib/analysis/size/estimate";
import { FILES } from "../../lib/analysis/size/heuristics";
// The size estimate runs too (server entry points load its data): it must survive the same inputs.
import "../../lib/analysis/size/bundled-data";

const corpus = new URL("../fixtures/corpus/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", corpus), "utf8")) as { file: string; kind: string }[];
const read = (file: string) => readFileSync(new URL(file, corpus), "utf8");

function describeCommand(command: Command): string {
  const name = [command.wrappers.map((word) => word.value).join(" "), command.program ?? "(assignment)", command.subcommandName]
    .filter(Boolean).join(" ");
  return command.origin === "run" ? name : `${name} <${command.origin}>`;
}

/** A readable summary of what the model understood: stages, base images, and the commands of each RUN. */
function summary(model: DockerfileModel): string {
  const lines: string[] = [];
  for (const problem of model.problems) lines.push(`  problem ${problem.range.start.line}: ${problem.message}`);
  for (const stage of model.stages) {
    const flags = [stage.isFinal && "final", stage.ships && "ships", !stage.needed && "unused"].filter(Boolean).join(", ");
    const base = stage.base.kind === "image" ? `${stage.base.image!.registry ? `${stage.base.image!.registry}/` : ""}${stage.base.image!.repository}` +
      `${stage.base.image!.tag ? `:${stage.base.image!.tag}` : ""}${stage.base.image!.digest ? "@digest" : ""}` : `${stage.base.kind} ${stage.base.value ?? stage.base.word?.raw ?? ""}`;
    lines.push(`  stage ${stage.index}${stage.name ? ` ${stage.name}` : ""}: ${base}${flags ? ` (${flags})` : ""}`);
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== "RUN") continue;
      const details = runDetails(model, instruction);
      const errors = details.shellErrors.map((error) => ` !! ${error.message} at ${error.range.start.line}:${error.range.start.column}`).join("");
      lines.push(`    RUN ${instruction.range.start.line}: ${details.commands.map(describeCommand).join(" ; ")}${errors}`);
    }
  }
  return lines.join("\n");
}

describe("real-world corpus", () => {
  // Hundreds of files in one test (compose and .dockerignore files get their rules too): not a speed test.
  it("analyses every file without a crash or an internal error", { timeout: 60_000 }, () => {
    for (const entry of manifest) {
      const report = analyzeFile({ path: entry.file, content: read(entry.file) });
      expect(report.findings.filter((finding) => finding.rule === "internal-error"), entry.file).toEqual([]);
    }
  });

  // Over a thousand analyses: no time limit of its own (speed is measured by npm run bench).
  it("analyses files cut at arbitrary points (unclosed quotes, heredocs, continuations) without an internal error", { timeout: 120_000 }, () => {
    for (const entry of manifest.filter((candidate) => candidate.kind === "dockerfile")) {
      const content = read(entry.file);
      for (let part = 1; part < 6; part++) {
        const cut = content.slice(0, Math.floor((content.length * part) / 6));
        const report = analyzeFile({ path: "Dockerfile", content: cut });
        expect(report.findings.filter((finding) => finding.rule === "internal-error"), `${entry.file} cut at ${cut.length}`).toEqual([]);
      }
    }
  });

  it("keeps a snapshot of the Dockerfile model summary", async () => {
    const text = manifest.filter((entry) => entry.kind === "dockerfile")
      .map((entry) => `== ${entry.file}\n${summary(parseDockerfile(read(entry.file)))}`).join("\n");
    await expect(`${text}\n`).toMatchFileSnapshot("corpus-model.snap.txt");
  });
});

describe("later deletions estimated alone, on the corpus", () => {
  it("are those the whole estimate finds in the stages that ship", () => {
    let found = 0;
    for (const { file } of manifest.filter((entry) => entry.kind === "dockerfile")) {
      const model = parseDockerfile(read(file));
      const whole = estimateStages({ model }).laterDeletions.filter((deletion) => model.stages[deletion.stageIndex]?.ships);
      expect(laterDeletionsOf(parseDockerfile(read(file))), file).toEqual(whole);
      found += whole.length;
    }
    expect(found).toBeGreaterThan(5);
  });
});

/** The compressed bytes of a RUN that changes little (size/index.ts): savings up to it are not shown as impacts. */
const SMALL_LAYER_BYTES = FILES.smallRun.bytes * FILES.smallRun.ratio;

describe("size re-estimates after a fix, on the corpus", () => {
  // The report re-reads as little as it can after an edit (from a checkpoint, taking over later layers that read
  // nothing the edit changed): its figures must be those of estimating the edited file from scratch.
  // A finding about a command the build arguments skip has no impact, and its fix is left out of the comparisons.
  it("give each fix's impact and the after-fixes comparisons as a whole estimate of the edited file", { timeout: 60_000 }, () => {
    const shipped = (text: string) => estimateStages({ model: parseDockerfile(text) }).stages.find((stage) => stage.shipped)?.compressedBytes.estimate ?? 0;
    const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column <= b.column);
    let checked = 0;
    let skipped = 0;
    for (const { file } of manifest.filter((entry) => entry.kind === "dockerfile")) {
      const text = read(file);
      const report = analyzeFile({ path: "Dockerfile", content: text });
      const estimate = estimateStages({ model: parseDockerfile(text) });
      const written = estimate.stages.find((stage) => stage.shipped)?.compressedBytes.estimate ?? 0;
      const ruledOut = [...estimate.progress.ruledOutCommands];
      const aboutSkipped = (finding: Finding) => ruledOut.some((range) => before(range.start, finding.range.start) && before(finding.range.end, range.end));
      const sizeFindings: Finding[] = [];
      for (const finding of report.findings.filter((candidate) => candidate.category === "size")) {
        if (!aboutSkipped(finding)) {
          sizeFindings.push(finding);
          continue;
        }
        expect(finding.sizeImpact?.basis, `${file}:${finding.range.start.line} ${finding.rule}`).not.toBe("re-estimated with the fix applied");
        skipped++;
        checked++;
      }
      for (const finding of sizeFindings) {
        const edits = finding.fixes[0]?.edits ?? [];
        if (edits.length === 0) continue;
        // An impact is shown when the fix saves more than a small RUN's layer; when it saves no more (a fix that does
        // part of the work, a cleanup of nothing), the impact may be what the finding points at instead (a rewrite, a
        // later deletion), never the re-estimate.
        const saving = Math.max(0, written - shipped(applyEdits(text, edits).text));
        const impact = finding.sizeImpact;
        if (saving <= SMALL_LAYER_BYTES) {
          expect(impact?.basis, `${file}:${finding.range.start.line} ${finding.rule}`).not.toBe("re-estimated with the fix applied");
          checked++;
          continue;
        }
        expect(impact?.bytes ?? 0, `${file}:${finding.range.start.line} ${finding.rule}`).toBe(saving);
        checked++;
      }
      for (const comparison of report.size!.comparisons) {
        if (comparison.kind !== "safe-fixes" && comparison.kind !== "all-fixes") continue;
        const applicable = comparison.kind === "safe-fixes" ? ["safe"] : ["safe", "unsafe"];
        const edits = sizeFindings.flatMap((finding) => finding.fixes.find((fix) => applicable.includes(fix.applicability))?.edits ?? []);
        expect(comparison.compressedBytes.estimate, `${file} ${comparison.kind}`).toBe(shipped(applyEdits(text, edits).text));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(skipped).toBeGreaterThan(100);
  });
});
