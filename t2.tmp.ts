import { readFileSync } from "node:fs";
import { analyzeFile } from "./lib/analysis/engine";
import { formatBytes } from "./lib/analysis/size/bytes";
for (const p of process.argv.slice(2)) {
  const r = analyzeFile({ path: p, content: readFileSync(p, "utf8") });
  const s = r.size!;
  console.log("==", p, formatBytes(s.compressedBytes.estimate));
  for (const st of s.stages) {
    console.log(` stage ${st.index} ${st.name ?? ""} base ${st.base.reference} ${formatBytes(st.base.compressedBytes.estimate)} total ${formatBytes(st.compressedBytes.estimate)}`);
    for (const l of st.layers) console.log(`   L${l.range.start.line} ${l.instruction} ${formatBytes(l.compressedBytes.estimate)}  ${l.reason.slice(0, 160)}`);
  }
  for (const c of s.comparisons) console.log("  cmp", c.kind, c.label, formatBytes(c.compressedBytes.estimate), formatBytes(c.savingBytes));
  for (const f of r.findings) if (f.sizeImpact) console.log("  impact", f.rule, f.range.start.line, formatBytes(f.sizeImpact.bytes));
}
