const MB = 1_000_000;

/** Bytes as a person reads them: "840 KB", "3.2 MB", "412 MB", "1.2 GB" (decimal units, as registries show). */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs < MB) return `${Math.round(bytes / 1000)} KB`;
  if (abs < 10 * MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (abs < 1000 * MB) return `${Math.round(bytes / MB)} MB`;
  return `${(bytes / 1000 / MB).toFixed(1)} GB`;
}

/** "−120 MB (−29 %)" for a saving against `of`; "+8 MB (+2 %)" when it grows. */
export function formatSaving(savingBytes: number, of: number): string {
  const percent = of > 0 ? Math.round((savingBytes / of) * 100) : 0;
  const sign = savingBytes > 0 ? "−" : savingBytes < 0 ? "+" : "±";
  return `${sign}${formatBytes(Math.abs(savingBytes))} (${sign}${Math.abs(percent)} %)`;
}
