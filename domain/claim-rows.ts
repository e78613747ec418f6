import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "../db/client.js";
import type { claims } from "../db/schema/index.js";
import type { DbOrTx } from "./entities.js";

export type ClaimRow = typeof claims.$inferInsert & { fingerprint: string };

// Column, Postgres array type, and how to read it from a row. The order is the insert's column order.
const COLUMNS: [string, string, (r: ClaimRow) => unknown][] = [
  ["paper_id", "int4", (r) => r.paperId],
  ["subject_id", "int4", (r) => r.subjectId ?? null],
  ["dataset_id", "int4", (r) => r.datasetId ?? null],
  ["metric_id", "int4", (r) => r.metricId],
  ["benchmark_id", "text", (r) => r.benchmarkId ?? null],
  ["value", "float8", (r) => r.value],
  ["value_text", "text", (r) => r.valueText ?? null],
  ["unit", "text", (r) => r.unit ?? null],
  ["kind", "text", (r) => r.kind],
  ["qualifier", "text", (r) => r.qualifier],
  ["subject_text", "text", (r) => r.subjectText ?? null],
  ["dataset_text", "text", (r) => r.datasetText ?? null],
  ["baseline", "text", (r) => r.baseline ?? null],
  ["condition", "text", (r) => r.condition ?? null],
  ["evidence", "text", (r) => r.evidence],
  ["sentence", "text", (r) => r.sentence ?? ""],
  ["evidence_start", "int4", (r) => r.evidenceStart],
  ["evidence_end", "int4", (r) => r.evidenceEnd],
  ["confidence", "float4", (r) => r.confidence],
  ["source_kind", "text", (r) => r.sourceKind ?? "text"],
  ["source_ref", "text", (r) => r.sourceRef ?? null],
  ["extractor", "text", (r) => r.extractor],
  ["extractor_version", "text", (r) => r.extractorVersion],
  ["fingerprint", "text", (r) => r.fingerprint],
  ["original", "jsonb", (r) => JSON.stringify(r.original)],
];

export interface UpsertedClaim {
  inserted: boolean;
  benchmark_id: string | null;
  paper_id: number;
}

/**
 * Inserts claims, or updates them on (paper, fingerprint), with one array parameter per column
 * (`insert ... select from unnest(...)`): several times faster than a multi-row VALUES list for large
 * batches, and never near PostgreSQL's limit on parameters. `set` is the ON CONFLICT update; rows it
 * does not write (see `where`) are not returned.
 */
export async function upsertClaimRows(db: DbOrTx, rows: ClaimRow[], set: SQL, where?: SQL): Promise<UpsertedClaim[]> {
  if (rows.length === 0) return [];
  const names = sql.raw(COLUMNS.map(([c]) => c).join(", "));
  const arrays = sql.join(
    COLUMNS.map(([, type, get]) => sql`${sql.param(rows.map(get))}::${sql.raw(type === "jsonb" ? "text" : type)}[]`),
    sql`, `,
  );
  const selects = sql.raw(COLUMNS.map(([c, type]) => (type === "jsonb" ? `${c}::jsonb` : c)).join(", "));
  return rowsOf<UpsertedClaim>(
    await db.execute(sql`
      insert into claims (${names})
      select ${selects} from unnest(${arrays}) as t(${names})
      on conflict (paper_id, fingerprint) do update set ${set} ${where ? sql`where ${where}` : sql``}
      returning (xmax = 0) as inserted, benchmark_id, paper_id`),
  );
}
