#!/usr/bin/env node
// Measures what npm packages add to a layer: each package of the list is installed alone from the npm registry into
// an empty project (`npm install <name> --ignore-scripts`, so install scripts' downloads are not counted), and its
// node_modules is measured: bytes of its files, and bytes tarred and gzipped at level 6 as a layer blob is. Every
// package met in those installs is measured on its own too (its files, not its nested node_modules): those of 2 MB or
// more are listed by name and version, the others summed. Prints one JSON object:
//   { installedAlone: { name: [bytes, gzipBytes, version] }, large: { name: { version: [bytes, gzipBytes] } },
//     small: { count, bytes, gzipBytes } }
// Run by hand with network access to the registry; build-size-data.mjs reads the result
// (scripts/data/npm-packages.json). Installs are kept in <work dir>, and one already complete is not redone:
//   node scripts/measure-npm-packages.mjs scripts/data/npm-packages.txt /tmp/npm-measure > scripts/data/npm-packages.json
import { execFileSync, execSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const [listFile, work] = process.argv.slice(2);
if (!listFile || !work) {
  console.error("usage: node scripts/measure-npm-packages.mjs <list of package names> <work directory>");
  process.exit(2);
}
const LARGE = 2e6;

/** The files of a package directory, without its nested node_modules (when `nested` is false). */
function filesUnder(directory, nested) {
  const files = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (nested || entry.name !== "node_modules") files.push(...filesUnder(path, nested));
    } else if (entry.isFile()) files.push(path);
  }
  return files;
}

const bytesOf = (files) => files.reduce((sum, file) => sum + lstatSync(file).size, 0);
const gzipBytesOf = (files, root) =>
  Number(execSync("tar -C \"$ROOT\" -cf - -T - | gzip -6 | wc -c", { input: files.map((file) => relative(root, file)).join("\n"), env: { ...process.env, ROOT: root } }).toString());

const installedAlone = {};
const large = {};
const small = { count: 0, bytes: 0, gzipBytes: 0 };
const seen = new Set();
for (const name of readFileSync(listFile, "utf8").split("\n").map((line) => line.trim()).filter(Boolean)) {
  const directory = join(work, name.replace(/[@/]/g, "_"));
  if (!existsSync(join(directory, "ok"))) {
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, "package.json"), JSON.stringify({ name: "measure", version: "1.0.0", private: true }));
    execFileSync("npm", ["install", name, "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: directory, stdio: "ignore" });
    writeFileSync(join(directory, "ok"), "");
  }
  const all = filesUnder(join(directory, "node_modules"), true);
  const lock = JSON.parse(readFileSync(join(directory, "package-lock.json"), "utf8"));
  installedAlone[name] = [bytesOf(all), gzipBytesOf(all, directory), lock.packages[`node_modules/${name}`]?.version];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const packageName = path.slice(path.lastIndexOf("node_modules/") + 13);
    const key = `${packageName}@${entry.version}`;
    if (!path || seen.has(key) || !existsSync(join(directory, path))) continue;
    seen.add(key);
    const files = filesUnder(join(directory, path), false);
    const bytes = bytesOf(files);
    const gzipBytes = gzipBytesOf(files, directory);
    if (bytes >= LARGE) {
      (large[packageName] ??= {})[entry.version] = [bytes, gzipBytes];
    } else {
      small.count++;
      small.bytes += bytes;
      small.gzipBytes += gzipBytes;
    }
  }
}
console.log(JSON.stringify({ installedAlone, large, small }));
