import type { IngestSummary } from "../domain/ingest.js";

/** The ingest summary a person reads at the end of a run. */
export function formatSummary(s: IngestSummary): string {
  const lines = [
    `${s.dryRun ? "dry run (nothing stored)" : `ingest run ${s.runId}`}: ${s.files.length} file(s), extractor ${s.extractor}`,
    `papers: ${s.papersSeen} read, ${s.papersNew} new, ${s.papersUpdated} updated, ${s.papersUnchanged} unchanged`,
    `claims: ${s.claimsStored} extracted or imported, ${s.claimsInserted} new, ${s.claimsUpdated} updated, ${s.claimsRemoved} removed`,
  ];
  const reasons = Object.entries(s.problemCounts).sort((a, b) => b[1] - a[1]);
  if (reasons.length) {
    lines.push(`problems: ${reasons.reduce((n, [, k]) => n + k, 0)} (rows or claims skipped, with reasons)`);
    for (const [reason, n] of reasons.slice(0, 20)) lines.push(`  ${n} × ${reason}`);
    if (reasons.length > 20) lines.push(`  … and ${reasons.length - 20} more reasons`);
  }
  return lines.join("\n");
}
