import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { queryRows } from "../db/query-rows.js";
import { auditLog, claims } from "../db/schema/index.js";
import type { DbOrTx } from "./entities.js";

export type ClaimRow = typeof claims.$inferInsert & { fingerprint: string };

// Column, Postgres array type, and how to read it from a row. The order is the insert's column order.
const COLUMNS: [string, string, (r: ClaimRow) => unknown][] = [
  ["paper_id", "int4", (r) => r.paperId],
  ["subject_id", "int4", (r) => r.subjectId ?? null],
  ["model_id", "int4", (r) => r.modelId ?? null],
  ["dataset_id", "int4", (r) => r.datasetId ?? null],
  ["metric_id", "int4", (r) => r.metricId],
  ["benchmark_id", "text", (r) => r.benchmarkId ?? null],
  ["value", "float8", (r) => r.value],
  ["value_text", "text", (r) => r.valueText ?? null],
  ["unit", "text", (r) => r.unit ?? null],
  ["kind", "text", (r) => r.kind],
  ["qualifier", "text", (r) => r.qualifier],
  ["subject_text", "text", (r) => r.subjectText ?? null],
  ["model_text", "text", (r) => r.modelText ?? null],
  ["dataset_text", "text", (r) => r.datasetText ?? null],
  ["baseline", "text", (r) => r.baseline ?? null],
  ["condition", "text", (r) => r.condition ?? null],
  ["setting", "text", (r) => r.setting ?? ""],
  ["evidence", "text", (r) => r.evidence],
  ["sentence", "text", (r) => r.sentence ?? ""],
  ["evidence_start", "int4", (r) => r.evidenceStart],
  ["evidence_end", "int4", (r) => r.evidenceEnd],
  ["confidence", "float4", (r) => r.confidence],
  ["source_kind", "text", (r) => r.sourceKind ?? "text"],
  ["attribution", "text", (r) => r.attribution ?? null],
  ["source_ref", "text", (r) => r.sourceRef ?? null],
  ["source_id", "text", (r) => r.sourceId ?? null],
  ["extractor", "text", (r) => r.extractor],
  ["extractor_version", "text", (r) => r.extractorVersion],
  ["fingerprint", "text", (r) => r.fingerprint],
  ["original", "jsonb", (r) => JSON.stringify(r.original)],
];

const UpsertedClaim = z.object({
  id: z.number(),
  inserted: z.boolean(),
  benchmark_id: z.string().nullable(),
  paper_id: z.number(),
});

/**
 * Inserts claims, or updates them on (paper, fingerprint), with one array parameter per column
 * (`insert ... select from unnest(...)`): several times faster than a multi-row VALUES list for large
 * batches, and never near PostgreSQL's limit on parameters. `set` is the ON CONFLICT update; rows it
 * does not write (see `where`) are not returned.
 */
async function upsertClaimRows(
  db: DbOrTx,
  rows: ClaimRow[],
  set: SQL,
  where?: SQL,
): Promise<z.output<typeof UpsertedClaim>[]> {
  if (rows.length === 0) return [];
  const names = sql.raw(COLUMNS.map(([c]) => c).join(", "));
  const arrays = sql.join(
    COLUMNS.map(([, type, get]) => sql`${sql.param(rows.map(get))}::${sql.raw(type === "jsonb" ? "text" : type)}[]`),
    sql`, `,
  );
  const selects = sql.raw(COLUMNS.map(([c, type]) => (type === "jsonb" ? `${c}::jsonb` : c)).join(", "));
  return queryRows(
    db,
    sql`
      insert into claims (${names})
      select ${selects} from unnest(${arrays}) as t(${names})
      on conflict (paper_id, fingerprint) do update set ${set} ${where ? sql`where ${where}` : sql``}
      returning id, (xmax = 0) as inserted, benchmark_id, paper_id`,
    UpsertedClaim,
  );
}

// A reviewed claim (accepted, corrected or rejected) keeps what the reviewer saw and decided: an import
// updates only what the source now says (`original`, the wording and where it stands), never silently the
// value or the keys. What changed under a review is written to the audit log by storeClaimRows.
const KEEP_IF_REVIEWED = [
  "subject_id",
  "model_id",
  "dataset_id",
  "benchmark_id",
  "setting",
  "value",
  "value_text",
  "unit",
  "kind",
  "qualifier",
];
const FROM_SOURCE = [
  "subject_text",
  "model_text",
  "dataset_text",
  "baseline",
  "condition",
  "evidence",
  "sentence",
  "evidence_start",
  "evidence_end",
  "confidence",
  "source_ref",
  "source_id",
  "extractor_version",
  "original",
  "attribution",
];
const UPSERT_SET = sql.raw(
  [
    ...KEEP_IF_REVIEWED.map(
      (c) => `${c} = case when claims.review_status is null then excluded.${c} else claims.${c} end`,
    ),
    ...FROM_SOURCE.map((c) => `${c} = excluded.${c}`),
  ].join(",\n"),
);
// Rows whose stored state already matches the source are not written (an unchanged re-import writes nothing).
const CHANGED = sql.raw(
  [...KEEP_IF_REVIEWED, ...FROM_SOURCE].map((c) => `claims.${c} is distinct from excluded.${c}`).join(" or "),
);

export interface StoredClaims {
  inserted: number;
  updated: number;
  /** Benchmarks whose claims were written. */
  benchmarkIds: Set<string>;
  paperIds: Set<number>;
}

const ReviewedClaim = z.object({
  id: z.number(),
  paper_id: z.number(),
  fingerprint: z.string(),
  original: z.unknown(),
  review_status: z.enum(claims.reviewStatus.enumValues),
});

/**
 * Inserts or updates claims in batches, keeping review work: a reviewed claim keeps its value and keys,
 * and each one whose source changed under it gets an audit row ("import.source_changed") that says what
 * the source says now, so a reviewer can look again.
 */
export async function storeClaimRows(db: DbOrTx, rows: ClaimRow[], actor: string): Promise<StoredClaims> {
  const out: StoredClaims = { inserted: 0, updated: 0, benchmarkIds: new Set(), paperIds: new Set() };
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const reviewed = await queryRows(
      db,
      sql`
        select c.id, c.paper_id, c.fingerprint, c.original, c.review_status from claims c
        join unnest(${sql.param(chunk.map((r) => r.paperId))}::int[], ${sql.param(chunk.map((r) => r.fingerprint))}::text[]) as k(paper_id, fingerprint)
          on c.paper_id = k.paper_id and c.fingerprint = k.fingerprint
        where c.review_status is not null`,
      ReviewedClaim,
    );
    const result = await upsertClaimRows(db, chunk, UPSERT_SET, CHANGED);
    for (const r of result) {
      if (r.inserted) out.inserted++;
      else out.updated++;
      if (r.benchmark_id) out.benchmarkIds.add(r.benchmark_id);
      out.paperIds.add(r.paper_id);
    }
    if (reviewed.length === 0) continue;
    const byKey = new Map(chunk.map((r) => [`${r.paperId}|${r.fingerprint}`, r]));
    const changed = reviewed.flatMap((old) => {
      const now = byKey.get(`${old.paper_id}|${old.fingerprint}`);
      const before = typeof old.original === "string" ? JSON.parse(old.original) : old.original;
      return now && JSON.stringify(canonical(before)) !== JSON.stringify(canonical(now.original))
        ? [{ old, before, now }]
        : [];
    });
    if (changed.length) {
      await db.insert(auditLog).values(
        changed.map(({ old, before, now }) => ({
          actor,
          action: "import.source_changed",
          targetType: "claim" as const,
          targetId: old.id,
          before,
          after: now.original,
          note: `The source now says ${describeOriginal(now.original)}; the ${old.review_status} claim keeps its reviewed value until a reviewer looks again.`,
        })),
      );
    }
  }
  return out;
}

const canonical = (o: unknown): unknown =>
  o && typeof o === "object"
    ? Object.fromEntries(
        Object.entries(o as Record<string, unknown>)
          .filter(([, v]) => v !== undefined && v !== null)
          .sort(),
      )
    : o;

function describeOriginal(o: ClaimRow["original"]): string {
  return `${o.value}${o.unit ? ` ${o.unit}` : ""} ${o.metric}${o.subject ? ` for ${o.subject}` : ""}${o.dataset ? ` on ${o.dataset}` : ""}`;
}
