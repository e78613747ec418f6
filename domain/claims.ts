import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { claims, datasets, metrics, papers, subjects } from "../db/schema/index.js";
import type { ClaimList, ClaimOut, ClaimQuery } from "../api/schemas/claims.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { datasetIdSql, metricIdSql, subjectIdSql } from "./lookup.js";

const claimColumns = {
  id: claims.id,
  paperId: papers.id,
  paperTitle: papers.title,
  paperDate: papers.date,
  subjectId: subjects.id,
  subjectName: subjects.name,
  datasetId: datasets.id,
  datasetName: datasets.name,
  metric: metrics.name,
  direction: metrics.direction,
  benchmarkId: claims.benchmarkId,
  value: claims.value,
  valueText: claims.valueText,
  unit: claims.unit,
  kind: claims.kind,
  qualifier: claims.qualifier,
  subjectText: claims.subjectText,
  datasetText: claims.datasetText,
  baseline: claims.baseline,
  condition: claims.condition,
  evidence: claims.evidence,
  sentence: claims.sentence,
  evidenceStart: claims.evidenceStart,
  evidenceEnd: claims.evidenceEnd,
  confidence: claims.confidence,
  sourceKind: claims.sourceKind,
  sourceRef: claims.sourceRef,
  extractor: claims.extractor,
  extractorVersion: claims.extractorVersion,
  reviewStatus: claims.reviewStatus,
  original: claims.original,
  createdAt: claims.createdAt,
};

type ClaimRow = Awaited<ReturnType<typeof selectClaims>>[number];

export function toClaimOut(r: ClaimRow): ClaimOut {
  return {
    id: r.id,
    paper: { id: r.paperId, title: r.paperTitle, date: r.paperDate },
    subject: r.subjectId !== null && r.subjectName !== null ? { id: r.subjectId, name: r.subjectName } : null,
    dataset: r.datasetId !== null && r.datasetName !== null ? { id: r.datasetId, name: r.datasetName } : null,
    metric: r.metric,
    direction: r.direction,
    benchmarkId: r.benchmarkId,
    value: r.value,
    valueText: r.valueText,
    unit: r.unit,
    kind: r.kind,
    qualifier: r.qualifier,
    subjectText: r.subjectText,
    datasetText: r.datasetText,
    baseline: r.baseline,
    condition: r.condition,
    evidence: r.evidence,
    sentence: r.sentence,
    evidenceStart: r.evidenceStart,
    evidenceEnd: r.evidenceEnd,
    confidence: r.confidence,
    sourceKind: r.sourceKind,
    sourceRef: r.sourceRef,
    extractor: r.extractor,
    extractorVersion: r.extractorVersion,
    reviewStatus: r.reviewStatus,
    original: r.original,
    createdAt: r.createdAt.toISOString(),
  };
}

export function selectClaims(db: Database) {
  return db
    .select(claimColumns)
    .from(claims)
    .innerJoin(papers, eq(papers.id, claims.paperId))
    .innerJoin(metrics, eq(metrics.id, claims.metricId))
    .leftJoin(subjects, eq(subjects.id, claims.subjectId))
    .leftJoin(datasets, eq(datasets.id, claims.datasetId));
}


export async function listClaims(db: Database, q: ClaimQuery): Promise<ClaimList> {
  const after = decodeCursor(q.cursor, z.tuple([z.number().int()]));
  const where: SQL[] = [];
  // Names resolve inside the one query; filtering on the claims' own id columns lets the
  // (dataset, metric, id) index serve the page.
  if (q.metric) where.push(sql`${claims.metricId} = ${metricIdSql(q.metric)}`);
  if (q.dataset) where.push(sql`${claims.datasetId} = ${datasetIdSql(q.dataset)}`);
  if (q.subject) where.push(sql`${claims.subjectId} = ${subjectIdSql(q.subject)}`);
  if (q.benchmark) where.push(eq(claims.benchmarkId, q.benchmark));
  if (q.paper) where.push(eq(claims.paperId, q.paper));
  if (q.kind) where.push(eq(claims.kind, q.kind));
  if (after) where.push(gt(claims.id, after[0]));
  const rows = await selectClaims(db)
    .where(and(...where))
    .orderBy(asc(claims.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(toClaimOut),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.id]) : null,
  };
}

export async function claimsOfPaper(db: Database, paperId: number): Promise<ClaimOut[]> {
  const rows = await selectClaims(db).where(eq(claims.paperId, paperId)).orderBy(asc(claims.evidenceStart), asc(claims.id));
  return rows.map(toClaimOut);
}
