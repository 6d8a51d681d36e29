/**
 * The wall-clock sections of `npm run bench`: the review of hostile and large inputs (long Dockerfiles, compose
 * files) and of the corpus's compose and .dockerignore files. Each hostile input must be answered well within a
 * second (the unit tests check the answers, not the time), so these are wall-clock times: what a user waits.
 */
import { readFileSync } from "node:fs";
import { analyze } from "../lib/analysis";

function time(label: string, files: Array<{ path: string; content: string }>, runs = 5): void {
  analyze(files); // warm-up: module initialisation and JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const report = analyze(files);
    samples.push(performance.now() - started);
    if (i === 0) {
      const findings = report.files.reduce((sum, file) => sum + file.findings.length, 0);
      process.stdout.write(`  ${label.padEnd(54)} ${String(findings).padStart(5)} findings  `);
    }
  }
  samples.sort((a, b) => a - b);
  console.log(`median ${samples[Math.floor(runs / 2)]!.toFixed(1)} ms  max ${samples.at(-1)!.toFixed(1)} ms`);
}

/**
 * Long Dockerfiles of the kind generators write: every RUN draws size findings, so the size report's per-finding
 * re-estimates are what could grow faster than the file (they are budgeted: see size/index.ts).
 */
export function benchLongDockerfiles(): void {
  for (const runs of [1_000, 5_000]) {
    const content = `FROM debian:bookworm-slim\n${Array.from({ length: runs }, (_, i) => `RUN apt-get update && apt-get install -y curl${i % 3 ? "" : " git"}`).join("\n")}\n`;
    time(`${runs.toLocaleString("en-US")} apt RUNs (${Math.round(content.length / 1024)} KB), size report on`, [{ path: "Dockerfile", content }], 3);
  }
  // Stages each built on the one before, up to the 1 MiB request limit: per-stage work that read the whole lineage was quadratic.
  const chained = (count: number, stage: (i: number) => string) => `FROM alpine:3.20 AS s0\n${Array.from({ length: count }, (_, i) => `FROM s${i} AS s${i + 1}\n${stage(i)}`).join("")}`;
  const bare = chained(50_000, () => "");
  time(`50 000 chained stages (${Math.round(bare.length / 1024)} KB)`, [{ path: "Dockerfile", content: bare }], 3);
  const withEnv = chained(22_000, (i) => `ENV V${i}=$V${Math.max(0, i - 1)}\nARG A${i}\n`);
  time(`22 000 chained stages with ENV and ARG (${Math.round(withEnv.length / 1024)} KB)`, [{ path: "Dockerfile", content: withEnv }], 3);
  // Rules that looked, for every install or copy, at everything before or after it.
  const repeated = (head: string, count: number, line: (i: number) => string) => `${head}\n${Array.from({ length: count }, (_, i) => line(i)).join("\n")}\n`;
  const cases = {
    "5 000 COPY + npm install pairs": repeated("FROM node:22\nWORKDIR /app", 5_000, (i) => `COPY f${i} /app/\nRUN npm install`),
    "8 000 archives copied, each extracted later": `${repeated("FROM alpine:3.20", 8_000, (i) => `COPY a${i}.tar.gz /tmp/`)}${repeated("", 8_000, (i) => `RUN tar -xzf /tmp/a${i}.tar.gz -C /opt`)}`,
    "one RUN heredoc of 20 000 apk adds": repeated("FROM alpine:3.20\nRUN <<EOF", 20_000, (i) => `apk add p${i} && rm -rf /var/cache/apk/* /tmp/x${i}`) + "EOF\n",
    "20 000 ENVs extending $PATH": repeated("FROM alpine:3.20", 20_000, (i) => `ENV P${i}=/opt/p${i}/bin:$PATH\nRUN echo $P${i}`),
  };
  for (const [label, content] of Object.entries(cases)) time(`${label} (${Math.round(content.length / 1024)} KB)`, [{ path: "Dockerfile", content }], 3);
}

export function benchCompose(): void {
  const aliasBomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i < 9; i++) aliasBomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
  const service = (i: number) => `  svc${i}:\n    image: nginx:1.27\n    ports: ["${8000 + (i % 1000)}:80"]\n    environment:\n      MODE: production\n`;
  const nearLimit = `services:\n${Array.from({ length: 1_300 }, (_, i) => service(i)).join("")}`;

  time("alias bomb (9^9 expansions)", [{ path: "compose.yaml", content: `${aliasBomb.join("\n")}\n` }]);
  time("10 MB document", [{ path: "compose.yaml", content: `services:\n${"  # padding padding padding padding padding padding\n".repeat(200_000)}` }]);
  time("flow nesting, 50 000 levels", [{ path: "compose.yaml", content: `a: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n` }]);
  time("one mapping with 10 000 keys (120 KB)", [{ path: "compose.yaml", content: `x-many:\n${Array.from({ length: 10_000 }, (_, i) => `  k${i}: 1`).join("\n")}\n` }]);
  // A file pasted at the wrong indentation: every key is unknown where it stands, and each gets a "did you mean".
  time("5 000 unknown keys in one service (120 KB)", [{ path: "compose.yaml", content: `services:\n  web:\n    image: nginx:1.27\n${Array.from({ length: 5_000 }, (_, i) => `    restart${i}x: always`).join("\n")}\n` }]);
  const ignore = (lines: string[]) => [{ path: "Dockerfile", content: "FROM alpine:3.20\nCOPY . /app\n" }, { path: ".dockerignore", content: `${lines.join("\n")}\n` }];
  time(".dockerignore: 10 000 dirs + exceptions", ignore(Array.from({ length: 10_000 }, (_, i) => `dir${i}/**/*.tmp\n!dir${i}/keep`)));
  time(".dockerignore: 5 000 ** then 5 000 !lines", ignore([...Array.from({ length: 5_000 }, (_, i) => `**/cache${i}`), ...Array.from({ length: 5_000 }, (_, i) => `!src/keep${i}`)]));
  time("4 000 COPY sources x 8 000 ignore lines", [
    { path: "Dockerfile", content: `FROM alpine:3.20\n${Array.from({ length: 4_000 }, (_, i) => `COPY src/f${i}.txt /app/f${i}.txt`).join("\n")}\nUSER 1000\n` },
    { path: ".dockerignore", content: `${Array.from({ length: 4_000 }, (_, i) => `src/g${i}\n**/h${i}`).join("\n")}\n` },
  ]);
  time("block nesting, 5 000 levels", [{ path: "compose.yaml", content: Array.from({ length: 5_000 }, (_, depth) => `${" ".repeat(depth)}k${depth}:`).join("\n") }]);
  time(`valid file just under the limit (${(nearLimit.length / 1e6).toFixed(2)} MB)`, [{ path: "compose.yaml", content: nearLimit }], 3);

  const root = new URL("../tests/fixtures/corpus/", import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL("manifest.json", root), "utf8")) as Array<{ file: string; kind: string; path: string; repo: string }>;
  const corpus = manifest.filter((entry) => entry.kind === "compose" || entry.kind === "dockerignore");
  time(`corpus: ${corpus.length} compose/.dockerignore files`, corpus.map((entry) => ({ path: `${entry.repo}/${entry.path}`, content: readFileSync(new URL(entry.file, root), "utf8") })));
}
