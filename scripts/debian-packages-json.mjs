#!/usr/bin/env node
// Turns Debian Packages indexes into the package table build-size-data.mjs reads, in the shared data's format
// (`debian-bookworm-amd64-packages.json`): per package `v` version, `i` Installed-Size (KiB), `s` .deb bytes, `d`
// Pre-Depends + Depends and `r` Recommends (first alternative of each, versions and architecture qualifiers
// dropped), `e` Essential, `p` priority when required or important; `provides` maps virtual names to real packages.
// Indexes are read in the order given, a later one (the suite's -updates and -security) replacing the entries of
// an earlier one. Run by hand, e.g. for trixie (see lib/analysis/size/data/SOURCE.md):
//   node scripts/debian-packages-json.mjs "Debian trixie amd64 main (+ trixie-updates, trixie-security) Packages indexes" \
//     trixie_Packages trixie-updates_Packages trixie-security_Packages | gzip -9 > scripts/data/debian-trixie-amd64-packages.json.gz
import { readFileSync } from "node:fs";

const [source, ...indexes] = process.argv.slice(2);
if (!source || indexes.length === 0) {
  console.error("usage: node scripts/debian-packages-json.mjs <source description> <Packages file>...");
  process.exit(2);
}

/** `libc6 (>= 2.34), perl:any | perl-base` → `["libc6", "perl"]`. */
const relations = (field) => field
  ? [...new Set(field.split(",").map((clause) => clause.split("|")[0].trim().replace(/\s*\(.*\)$/, "").replace(/:\w+$/, "")).filter(Boolean))]
  : [];

const packages = {};
const provides = {};
for (const path of indexes) {
  for (const stanza of readFileSync(path, "utf8").split(/\n\n+/)) {
    const fields = {};
    let last;
    for (const line of stanza.split("\n")) {
      if (/^\s/.test(line) && last) fields[last] += `\n${line}`;
      else {
        const colon = line.indexOf(":");
        if (colon < 0) continue;
        last = line.slice(0, colon);
        fields[last] = line.slice(colon + 1).trim();
      }
    }
    const name = fields.Package;
    if (!name) continue;
    const entry = { v: fields.Version, i: Number(fields["Installed-Size"] ?? 0), s: Number(fields.Size ?? 0), d: relations([fields["Pre-Depends"], fields.Depends].filter(Boolean).join(", ")) };
    const recommends = relations(fields.Recommends);
    if (recommends.length > 0) entry.r = recommends;
    if (fields.Essential === "yes") entry.e = 1;
    if (fields.Priority === "required" || fields.Priority === "important") entry.p = fields.Priority[0];
    packages[name] = entry;
    for (const virtual of relations(fields.Provides)) {
      const providers = (provides[virtual] ??= []);
      if (!providers.includes(name)) providers.push(name);
    }
  }
}
process.stdout.write(`${JSON.stringify({ source, fields: 7, packages, provides })}\n`);
