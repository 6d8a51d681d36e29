import type { Finding } from "@/lib/analysis";
import { formatBytes } from "@/lib/analysis/size/bytes";

/** "saves ≈ 45 MB": what acting on a size finding would save of the download, when the estimate found a saving. */
export function SizeImpactBadge({ finding }: { finding: Finding }) {
  const impact = finding.sizeImpact;
  if (!impact || impact.bytes <= 0) return null;
  return (
    <span className="rounded bg-line/50 px-1 text-xs" title={`Estimated saving in the download size (${impact.basis})`} data-size-impact={impact.bytes}>
      saves ≈ {formatBytes(impact.bytes)}
    </span>
  );
}
