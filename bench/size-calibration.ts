/**
 * How close the static size estimate lands to real registry sizes: `npx tsx bench/size-calibration.ts`.
 *
 * 1. Bases: `FROM <image>` for every base in the data must reproduce its published compressed size, and
 *    images rebuilt from their public Dockerfiles on top of a known base (buildpack-deps) are compared too.
 * 2. Official images (bench/data/size-calibration.json): their public Dockerfile estimated, compared with
 *    the real compressed size. The runtime tarball sizes the estimator knows come from some of these same
 *    images, so each case is also estimated "leave-one-out": without the runtime entry of its own version.
 */
import { readFileSync } from "node:fs";
import { parseDockerfile } from "../lib/analysis/dockerfile/model";
import "../lib/analysis/size/bundled-data";
import { baseImages } from "../lib/analysis/size/data";
import { estimateStages } from "../lib/analysis/size/estimate";
import { formatBytes } from "../lib/analysis/size/bytes";
import { BUILDPACK_DEPS, RUNTIMES } from "../lib/analysis/size/heuristics";

interface Case {
  name: string;
  dockerfile: string;
  compressedBytes: number;
  versions?: Record<string, string>;
  note?: string;
}

function estimateCompressed(dockerfile: string) {
  const shipped = estimateStages({ model: parseDockerfile(dockerfile) }).stages.find((stage) => stage.shipped)!;
  return shipped.compressedBytes;
}

const percent = (value: number) => `${value >= 0 ? "+" : ""}${(value * 100).toFixed(1)} %`;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

/** Runs `body` with the runtime entries matching the case's own versions removed from the tables. */
function withoutOwnRuntimeVersions<T>(versions: Record<string, string> | undefined, body: () => T): { result: T; kept: string[] } {
  const saved = Object.fromEntries(Object.entries(RUNTIMES).map(([name, table]) => [name, table.versions]));
  const kept: string[] = [];
  const keys: Record<string, string> = { node: "NODE_VERSION", go: "GOLANG_VERSION", python: "PYTHON_VERSION", java: "JAVA_VERSION", yarn: "YARN_VERSION" };
  for (const [name, table] of Object.entries(RUNTIMES)) {
    const version = versions?.[keys[name]!];
    if (!version) continue;
    const numeric = /(\d+(?:\.\d+)?)/.exec(version.replace(/^jdk-/, ""))?.[1];
    const own = table.versions.filter((entry) => numeric !== undefined && (String(entry.version) === numeric || String(entry.version) === numeric.split(".")[0]));
    if (table.versions.length > own.length) table.versions = table.versions.filter((entry) => !own.includes(entry));
    else if (own.length > 0) kept.push(name);
  }
  try {
    return { result: body(), kept };
  } finally {
    for (const [name, table] of Object.entries(RUNTIMES)) table.versions = saved[name]!;
  }
}

function report(title: string, cases: Case[], leaveOneOut: boolean): void {
  console.log(`\n${title}`);
  console.log(`${"image".padEnd(34)} ${"real".padStart(8)} ${"estimate".padStart(8)} ${"range".padStart(19)} ${"error".padStart(9)}${leaveOneOut ? `  ${"leave-one-out".padStart(13)}` : ""}`);
  const errors: { name: string; error: number; looError: number }[] = [];
  for (const item of cases) {
    const estimate = estimateCompressed(item.dockerfile);
    const error = (estimate.estimate - item.compressedBytes) / item.compressedBytes;
    const { result: loo, kept } = leaveOneOut ? withoutOwnRuntimeVersions(item.versions, () => estimateCompressed(item.dockerfile)) : { result: estimate, kept: [] };
    const looError = (loo.estimate - item.compressedBytes) / item.compressedBytes;
    errors.push({ name: item.name, error, looError });
    const inRange = item.compressedBytes >= estimate.low && item.compressedBytes <= estimate.high ? " " : "!";
    console.log(
      `${item.name.padEnd(34)} ${formatBytes(item.compressedBytes).padStart(8)} ${formatBytes(estimate.estimate).padStart(8)} ${`${formatBytes(estimate.low)}–${formatBytes(estimate.high)}`.padStart(19)}${inRange}${percent(error).padStart(9)}` +
        (leaveOneOut ? `  ${percent(looError).padStart(13)}` : "") + (item.note ? `  ${item.note}` : "") +
        (kept.length ? `  (${kept.join(", ")} size from this very image: the only data point)` : ""),
    );
  }
  const absolute = errors.map((e) => Math.abs(e.error));
  const summary = (values: number[]) => `median ${(quantile(values, 0.5) * 100).toFixed(1)} %, p90 ${(quantile(values, 0.9) * 100).toFixed(1)} %, within ±15 %: ${values.filter((v) => v <= 0.15).length}/${values.length}`;
  console.log(`absolute error: ${summary(absolute)}`);
  if (leaveOneOut) console.log(`leave-one-out:  ${summary(errors.map((e) => Math.abs(e.looError)))}`);
  const worst = [...errors].sort((a, b) => Math.abs(b.looError) - Math.abs(a.looError)).slice(0, 3);
  console.log(`furthest off${leaveOneOut ? " (leave-one-out)" : ""}: ${worst.map((w) => `${w.name} ${percent(leaveOneOut ? w.looError : w.error)}`).join(", ")}`);
  console.log("(! = the real size is outside the stated range)");
}

// 1. Bases reproduce themselves.
const bases: Case[] = baseImages()
  .filter((record) => record.compressedBytes && record.osFamily !== "distroless")
  .map((record) => ({ name: record.tag ? `${record.image}:${record.tag}` : record.image, dockerfile: `FROM ${record.tag ? `${record.image}:${record.tag}` : record.image}\n`, compressedBytes: record.compressedBytes! }));
const distrolessStatic = baseImages().find((record) => record.image === "gcr.io/distroless/static-debian13");
if (distrolessStatic?.approxBytes) {
  bases.push({ name: "distroless/static-debian13", dockerfile: `FROM ${distrolessStatic.image}\n`, compressedBytes: distrolessStatic.approxBytes, note: "vs README's \"around 2 MiB\" (compressed or not unstated)" });
}

// buildpack-deps layers rebuilt from their Dockerfiles (docker-library/buildpack-deps; bookworm's and trixie's install
// the same packages) on the known parent. Only trixie's full image is listed: its curl and scm images are sized by
// the sums of its layers, and rebuilt on debian:trixie in one file.
const aptLayer = (packages: string) =>
  `RUN set -eux; apt-get update; apt-get install -y --no-install-recommends ${packages}; rm -rf /var/lib/apt/lists/*\n`;
const findRecord = (image: string, tag: string) => baseImages().find((r) => r.image === image && r.tag === tag)!;
const record = (image: string, tag: string) => findRecord(image, tag).compressedBytes!;
const [curl, scm, full] = [BUILDPACK_DEPS.curl, BUILDPACK_DEPS.scm, BUILDPACK_DEPS.full].map((packages) => aptLayer(packages.join(" ")));
const trixieLayers = findRecord("buildpack-deps", "trixie").layers.map((layer) => layer.bytes);
const trixieUpTo = (count: number) => trixieLayers.slice(0, count).reduce((sum, bytes) => sum + bytes, 0);
const rebuilt: Case[] = [
  { name: "buildpack-deps:bookworm-curl", dockerfile: `FROM debian:bookworm\n${curl}`, compressedBytes: record("buildpack-deps", "bookworm-curl") },
  { name: "buildpack-deps:bookworm-scm", dockerfile: `FROM buildpack-deps:bookworm-curl\n${scm}`, compressedBytes: record("buildpack-deps", "bookworm-scm") },
  { name: "buildpack-deps:bookworm", dockerfile: `FROM buildpack-deps:bookworm-scm\n${full}`, compressedBytes: record("buildpack-deps", "bookworm") },
  { name: "buildpack-deps:trixie-curl", dockerfile: `FROM debian:trixie\n${curl}`, compressedBytes: trixieUpTo(2) },
  { name: "buildpack-deps:trixie-scm", dockerfile: `FROM debian:trixie\n${curl}${scm}`, compressedBytes: trixieUpTo(3) },
  { name: "buildpack-deps:trixie", dockerfile: `FROM debian:trixie\n${curl}${scm}${full}`, compressedBytes: trixieUpTo(4) },
];

report("Bases: FROM <base> against its published compressed size", bases, false);
report("Bases rebuilt from their Dockerfiles on a known parent", rebuilt, false);

const calibration = JSON.parse(readFileSync(new URL("./data/size-calibration.json", import.meta.url), "utf8")) as {
  entries: { image: string; tag: string; dockerfile: string; compressedBytes: number; versions?: Record<string, string> }[];
};
report(
  "Official images from their public Dockerfiles (bench/data/size-calibration.json)",
  calibration.entries.map((entry) => ({ name: `${entry.image}:${entry.tag}`, dockerfile: entry.dockerfile, compressedBytes: entry.compressedBytes, versions: entry.versions })),
  true,
);
