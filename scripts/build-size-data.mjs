#!/usr/bin/env node
// Regenerates the size estimator's data (lib/analysis/size/data/) and the calibration cases (bench/data/) from the
// shared research data and the project's own (scripts/data/): `node scripts/build-size-data.mjs /work/shared/data`.
// Run by hand when the source data changes; nothing reads either directory at run or test time.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

const source = process.argv[2];
if (!source) {
  console.error("usage: node scripts/build-size-data.mjs <shared data directory>");
  process.exit(2);
}
const root = new URL("..", import.meta.url).pathname;
const out = join(root, "lib/analysis/size/data");
const readJson = (path) => JSON.parse(readFileSync(join(source, path), "utf8"));
const write = (path, value) => {
  const text = JSON.stringify(value);
  writeFileSync(path, `${text}\n`);
  console.log(`${path}: ${text.length} bytes`);
};

// Debian packages, per release: names in one sorted, space-separated string; dependencies as hexadecimal indexes into
// it (virtual packages by name, resolved through `provides`). About 40 % of the source size. Bookworm's table comes
// from the shared data; trixie's from scripts/debian-packages-json.mjs over trixie's Packages indexes (the project's
// own data). What packages add to a layer, measured by scripts/measure-debian-gzip.sh on each release (the project's
// own data): by index, the gzipped bytes of their files, the same as slim images install them, and the bytes slim
// images leave out.
function debianTable(debian, release) {
  const names = Object.keys(debian.packages).sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const referenced = new Set(Object.values(debian.packages).flatMap((p) => [...p.d, ...(p.r ?? [])]));
  const provides = {};
  for (const [virtual, providers] of Object.entries(debian.provides)) {
    const real = providers.filter((name) => index.has(name));
    // Only virtual names some package depends on, or a user could plausibly install, are kept.
    if (!index.has(virtual) && real.length > 0 && referenced.has(virtual)) provides[virtual] = real.join(" ");
  }
  const encode = (list) => list.filter((name) => index.has(name) || name in provides)
    .map((name) => (index.has(name) ? index.get(name).toString(16) : name)).join(" ");
  const recommends = {};
  names.forEach((name, i) => {
    const r = debian.packages[name].r;
    if (r?.length) recommends[i.toString(16)] = encode(r);
  });
  const measured = JSON.parse(readFileSync(join(root, `scripts/data/debian-${release}-gzip-bytes.json`), "utf8"));
  const layerBytes = {};
  for (const [name, [, , gzip, slimGzip, leftOut]] of Object.entries(measured)) {
    if (index.has(name)) layerBytes[index.get(name).toString(16)] = [gzip, slimGzip, leftOut];
  }
  write(join(out, `debian-${release}-packages.json`), {
    source: debian.source,
    layerBytesSource: `scripts/measure-debian-gzip.sh over scripts/data/debian-${release}-gzip-packages.txt (see data/SOURCE.md)`,
    names: names.join(" "),
    installedKiB: names.map((name) => debian.packages[name].i),
    debBytes: names.map((name) => debian.packages[name].s),
    depends: names.map((name) => encode(debian.packages[name].d)),
    recommends,
    essential: names.filter((name) => debian.packages[name].e),
    provides,
    layerBytes,
  });
}
debianTable(readJson("debian-bookworm-amd64-packages.json"), "bookworm");
debianTable(JSON.parse(gunzipSync(readFileSync(join(root, "scripts/data/debian-trixie-amd64-packages.json.gz"))).toString("utf8")), "trixie");

// Packages already installed in base images: names only. The project's own additions (scripts/data/, gathered the
// same way) come after the shared data's lists.
const basePackages = {};
const ownData = join(root, "scripts/data");
const packageLists = [
  ...readdirSync(join(source, "base-image-packages")).sort().map((file) => join(source, "base-image-packages", file)),
  ...readdirSync(join(ownData, "base-image-packages")).sort().map((file) => join(ownData, "base-image-packages", file)),
];
for (const path of packageLists) {
  const data = JSON.parse(readFileSync(path, "utf8"));
  basePackages[data.image] = {
    source: `${data.source.repo}@${data.source.commit}:${data.source.path}`,
    uncompressedBytes: data.uncompressedBytes,
    packages: data.packages.map((p) => p.name).sort(),
  };
}
write(join(out, "base-image-packages.json"), basePackages);

// Base images: sizes, family, release, runtime versions, distroless composition, source.
const bases = readJson("base-images.json");
write(join(out, "base-images.json"), bases.images.map((image) => ({
  image: image.image,
  tag: image.tag,
  osFamily: image.osFamily,
  osRelease: image.osRelease,
  compressedBytes: image.compressedBytes,
  uncompressedBytes: image.uncompressedBytes,
  ...(image.approxSize ? { approxBytes: image.approxSize.bytesApprox } : {}),
  layers: (image.layers ?? []).map((layer) => ({ bytes: layer.bytes, role: layer.role })),
  versions: Object.fromEntries(Object.entries(image.versions ?? {}).filter(([key]) => key.endsWith("_VERSION"))),
  ...(image.composition ? { composition: image.composition } : {}),
  dataDate: image.dataDate,
  source: image.source.repo ? `${image.source.repo}@${image.source.commit}:${image.source.path}` : image.source.note,
})));

// npm packages measured by scripts/measure-npm-packages.mjs (the project's own data): installed alone, and those
// large on their own by version, as [bytes, gzipped bytes].
const npm = JSON.parse(readFileSync(join(root, "scripts/data/npm-packages.json"), "utf8"));
const sizesOf = (table) => Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)).map(([name, [bytes, gzipBytes]]) => [name, [bytes, gzipBytes]]));
write(join(out, "npm-packages.json"), {
  installedAlone: sizesOf(npm.installedAlone),
  large: Object.fromEntries(Object.entries(npm.large).sort(([a], [b]) => a.localeCompare(b)).map(([name, versions]) => [name, sizesOf(versions)])),
});
// The other packages' mean and gzip ratio are heuristics.ts's NODE.perLockedPackage.
console.log(`npm packages under 2 MB: ${npm.small.count}, mean ${Math.round(npm.small.bytes / npm.small.count)} bytes, gzipped to ${(npm.small.gzipBytes / npm.small.bytes).toFixed(3)}`);

// Calibration cases for bench/size-calibration.ts, verbatim.
writeFileSync(join(root, "bench/data/size-calibration.json"), readFileSync(join(source, "size-calibration.json")));
