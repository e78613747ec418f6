import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/client.js";
import type { DbOrTx } from "../entities.js";
import type { ClaimFact } from "./types.js";

interface FactRow {
  id: number;
  paper_id: number;
  paper_title: string;
  paper_date: string | null;
  source_kind: ClaimFact["sourceKind"];
  source_ref: string | null;
  subject_id: number | null;
  subject_name: string | null;
  subject_generic: boolean | null;
  model_id: number | null;
  source_id: string | null;
  test_size: number | null;
  setting: string;
  value_text: string | null;
  dataset_name: string | null;
  benchmark_id: string | null;
  metric: string;
  direction: ClaimFact["direction"];
  metric_unit: string | null;
  min: number | null;
  max: number | null;
  value: number;
  unit: string | null;
  kind: ClaimFact["kind"];
  qualifier: string;
  condition: string | null;
  confidence: number;
  review_status: ClaimFact["reviewStatus"];
  sentence: string;
}

/** Claims of the given benchmarks and papers, with what the rules need to know about them. */
export async function loadClaimFacts(db: DbOrTx, benchmarkIds: string[], paperIds: number[]): Promise<ClaimFact[]> {
  if (benchmarkIds.length === 0 && paperIds.length === 0) return [];
  const rows = rowsOf<FactRow>(
    await db.execute(sql`
      select c.id, c.paper_id, p.title as paper_title, p.date::text as paper_date, c.source_kind, c.source_ref,
             c.subject_id, s.name as subject_name, s.generic as subject_generic, c.model_id, c.source_id,
             d.name as dataset_name, d.test_size, c.benchmark_id, c.setting, c.value_text,
             m.name as metric, m.direction, m.unit as metric_unit, m.min, m.max,
             c.value, c.unit, c.kind, c.qualifier, c.condition, c.confidence, c.review_status, c.sentence
      from claims c
      join papers p on p.id = c.paper_id
      join metrics m on m.id = c.metric_id
      left join subjects s on s.id = c.subject_id
      left join datasets d on d.id = c.dataset_id
      where c.benchmark_id = any(${sql.param(benchmarkIds)}::text[]) or c.paper_id = any(${sql.param(paperIds)}::int[])`),
  );
  return rows.map((r) => ({
    id: r.id,
    paperId: r.paper_id,
    paperTitle: r.paper_title,
    paperDate: r.paper_date,
    sourceKind: r.source_kind,
    sourceRef: r.source_ref,
    subjectId: r.subject_id,
    subjectName: r.subject_name,
    subjectGeneric: r.subject_generic === true,
    modelId: r.model_id,
    sourceId: r.source_id,
    testSize: r.test_size,
    setting: r.setting,
    valueText: r.value_text,
    datasetName: r.dataset_name,
    benchmarkId: r.benchmark_id,
    metric: r.metric,
    direction: r.direction,
    metricUnit: r.metric_unit,
    min: r.min,
    max: r.max,
    value: r.value,
    unit: r.unit,
    kind: r.kind,
    qualifier: r.qualifier,
    condition: r.condition,
    confidence: r.confidence,
    reviewStatus: r.review_status,
    sentence: r.sentence,
  }));
}

/** The benchmarks that the claims of these papers belong to: their comparisons must be redone too. */
export async function benchmarksOfPapers(db: DbOrTx, paperIds: number[]): Promise<string[]> {
  if (paperIds.length === 0) return [];
  const rows = rowsOf<{ benchmark_id: string }>(
    await db.execute(
      sql`select distinct benchmark_id from claims where benchmark_id is not null and paper_id = any(${sql.param(paperIds)}::int[])`,
    ),
  );
  return rows.map((r) => r.benchmark_id);
}
