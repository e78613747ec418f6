import type { Leaderboard, Series } from "../contracts/benchmarks.js";
import type { ClaimOut } from "../contracts/claims.js";
import { csvHeader, csvRow, type CsvCell } from "../extractors/export/csv.js";
import type { ClaimLine } from "../extractors/sources/claims-jsonl.js";
import type { TableRecord } from "../extractors/tables/types.js";
import { UnitSchema } from "../extractors/types.js";
import { latexToText } from "../extractors/latex-text.js";

/** Pure row builders of the exports: no database here, so each shape is testable on its own. */

export const CLAIM_CSV_COLUMNS = [
  "id",
  "paper_title",
  "paper_date",
  "subject",
  "dataset",
  "metric",
  "value",
  "value_text",
  "unit",
  "kind",
  "qualifier",
  "baseline",
  "condition",
  "evidence",
  "source_kind",
  "source_ref",
  "review_status",
  "original_value",
] as const;

export const claimCsvHeader = () => csvHeader(CLAIM_CSV_COLUMNS);

// CSV is for reading and analysis: titles, names and evidence as text (LaTeX as Unicode), as the pages show
// them. JSON Lines stay as stored, since they import back and a paper is keyed by its title as written.
const text = (s: string | null) => (s === null ? null : latexToText(s));

export function claimCsvRow(c: ClaimOut): string {
  const cells: CsvCell[] = [
    c.id,
    text(c.paper.title),
    c.paper.date,
    text(c.subject?.name ?? null),
    text(c.dataset?.name ?? null),
    c.metric,
    c.value,
    c.valueText,
    c.unit,
    c.kind,
    c.qualifier,
    text(c.baseline),
    c.condition,
    text(c.evidence),
    c.sourceKind,
    c.sourceRef,
    c.reviewStatus,
    // Only a correction makes the first-extracted value differ; otherwise the column stays empty.
    c.original.value !== c.value ? c.original.value : null,
  ];
  return csvRow(cells);
}

export interface PaperLinks {
  url: string | null;
  arxivId: string | null;
}

/** A claim as one importable JSON Lines record (see extractors/sources/claims-jsonl.ts). */
export function claimLine(c: ClaimOut, links: PaperLinks | undefined): ClaimLine {
  return {
    type: "claim",
    paper: { title: c.paper.title, date: c.paper.date, url: links?.url ?? null, arxivId: links?.arxivId ?? null },
    subject: c.subject?.name ?? null,
    dataset: c.dataset?.name ?? null,
    metric: c.metric,
    value: c.value,
    unit: c.unit,
    kind: c.kind,
    qualifier: c.qualifier,
    baseline: c.baseline,
    condition: c.condition,
    evidence: c.evidence,
    sentence: c.sentence,
    valueText: c.valueText,
    sourceKind: c.sourceKind,
    sourceRef: c.sourceRef,
  };
}

const BENCHMARK_CSV_COLUMNS = [
  "benchmark",
  "dataset",
  "metric",
  "direction",
  "claim_id",
  "paper_title",
  "paper_date",
  "subject",
  "value",
  "value_text",
  "unit",
  "qualifier",
  "evidence",
  "subject_rank",
  "subject_best_value",
  "is_subject_best",
] as const;

/**
 * Every absolute claim of the benchmark (the series), each with its subject's place on the leaderboard:
 * the rank and best value there, and whether this claim is the one the leaderboard shows.
 */
export function benchmarkCsv(series: Series, board: Leaderboard): string {
  const bySubject = new Map(board.entries.map((e) => [e.subjectId, e]));
  const b = series.benchmark;
  let out = csvHeader(BENCHMARK_CSV_COLUMNS);
  for (const p of series.points) {
    const entry = p.subjectId === null ? undefined : bySubject.get(p.subjectId);
    out += csvRow([
      b.id,
      text(b.dataset),
      b.metric,
      b.direction,
      p.claimId,
      text(p.paper.title),
      p.paper.date,
      text(p.subject),
      p.value,
      p.valueText,
      p.unit,
      p.qualifier,
      text(p.evidence),
      entry?.rank ?? null,
      entry?.value ?? null,
      entry ? (entry.claimId === p.claimId ? "yes" : "no") : null,
    ]);
  }
  return out;
}

/** A subject's absolute claim with a dataset as the table record toModelIndexYaml writes. */
export function claimAsTableRecord(c: ClaimOut): TableRecord | null {
  const unit = c.unit === null ? null : UnitSchema.safeParse(c.unit);
  // A unit outside the registry cannot be written so that the importer reads it back the same.
  if (c.kind !== "absolute" || !c.dataset || !c.subject || (unit && !unit.success)) return null;
  return {
    paper: { title: c.paper.title, url: null, date: c.paper.date, arxivId: null },
    subject: c.subject.name,
    dataset: c.dataset.name,
    task: null,
    metricName: c.metric,
    metric: c.metric,
    direction: c.direction,
    value: c.value,
    unit: unit ? unit.data : null,
    rawValue: c.valueText ?? String(c.value),
    qualifier: c.qualifier,
    condition: c.condition,
    note: null,
    source: { file: "claimboard", pointer: `/claims/${c.id}` },
  };
}
