import { and, eq, isNotNull, sql } from "drizzle-orm";
import { claims, datasets, metrics, papers, subjects } from "../../db/schema/index.js";
import type { DbOrTx } from "../entities.js";
import type { ClaimFact } from "./types.js";

/** Claims of the given benchmarks and papers, with what the rules need to know about them. */
export async function loadClaimFacts(db: DbOrTx, benchmarkIds: string[], paperIds: number[]): Promise<ClaimFact[]> {
  if (benchmarkIds.length === 0 && paperIds.length === 0) return [];
  const rows = await db
    .select({
      id: claims.id,
      paperId: claims.paperId,
      paperTitle: papers.title,
      paperDate: papers.date,
      sourceKind: claims.sourceKind,
      sourceRef: claims.sourceRef,
      subjectId: claims.subjectId,
      subjectName: subjects.name,
      subjectGeneric: subjects.generic,
      modelId: claims.modelId,
      sourceId: claims.sourceId,
      testSize: datasets.testSize,
      setting: claims.setting,
      valueText: claims.valueText,
      datasetName: datasets.name,
      benchmarkId: claims.benchmarkId,
      metric: metrics.name,
      direction: metrics.direction,
      metricUnit: metrics.unit,
      min: metrics.min,
      max: metrics.max,
      value: claims.value,
      unit: claims.unit,
      kind: claims.kind,
      qualifier: claims.qualifier,
      condition: claims.condition,
      confidence: claims.confidence,
      reviewStatus: claims.reviewStatus,
      sentence: claims.sentence,
    })
    .from(claims)
    .innerJoin(papers, eq(papers.id, claims.paperId))
    .innerJoin(metrics, eq(metrics.id, claims.metricId))
    .leftJoin(subjects, eq(subjects.id, claims.subjectId))
    .leftJoin(datasets, eq(datasets.id, claims.datasetId))
    .where(
      // Arrays as one parameter each: an ingest's scope can outnumber the parameters a statement may have.
      sql`${claims.benchmarkId} = any(${sql.param(benchmarkIds)}::text[]) or ${claims.paperId} = any(${sql.param(paperIds)}::int[])`,
    );
  return rows.map((r) => ({ ...r, subjectGeneric: r.subjectGeneric === true }));
}

/** The benchmarks that the claims of these papers belong to: their comparisons must be redone too. */
export async function benchmarksOfPapers(db: DbOrTx, paperIds: number[]): Promise<string[]> {
  if (paperIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: claims.benchmarkId })
    .from(claims)
    .where(and(isNotNull(claims.benchmarkId), sql`${claims.paperId} = any(${sql.param(paperIds)}::int[])`));
  return rows.flatMap((r) => (r.id === null ? [] : [r.id]));
}
