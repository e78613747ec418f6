import type { IngestSummary } from "../domain/ingest.js";

/** The ingest summary a person reads at the end of a run. */
export function formatSummary(s: IngestSummary): string {
  const lines = [
    `${s.dryRun ? "dry run (nothing stored)" : `ingest run ${s.runId}`}: ${s.files.length} file(s), extractor ${s.extractor}`,
    `papers: ${s.papersSeen} read, ${s.papersNew} new, ${s.papersUpdated} updated, ${s.papersUnchanged} unchanged`,
    `claims: ${s.claimsStored} extracted from new/updated papers, ${s.claimsInserted} new, ${s.claimsRemoved} removed`,
  ];
  if (s.problems.length) {
    const byReason = new Map<string, number>();
    for (const p of s.problems) byReason.set(p.reason, (byReason.get(p.reason) ?? 0) + 1);
    lines.push(`problems: ${s.problems.length}`);
    for (const [reason, n] of [...byReason].sort((a, b) => b[1] - a[1]).slice(0, 20)) lines.push(`  ${n} × ${reason}`);
  }
  return lines.join("\n");
}
