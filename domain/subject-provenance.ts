import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { count, direction, queryRows } from "../db/query-rows.js";
import { subjects } from "../db/schema/index.js";
import { TIERS, TierSchema, type ProvenanceRow, type SubjectProvenance } from "../contracts/provenance.js";
import { notFound } from "./errors.js";
import { agreeAsWritten, asPercentOnBoard, baseValue, comparableUnits } from "./flags/compare.js";
import { DEFAULT_FLAG_OPTIONS, type FlagOptions } from "./flags/recompute.js";
import { tierOfClaim } from "./provenance.js";
import { rankScore, rankValue } from "./ranking/rank-value.js";
import { ReportedNumber } from "./ranking/ranked-entries.js";

const BestRow = ReportedNumber.extend({
  benchmark_id: z.string(),
  dataset: z.string(),
  metric: z.string(),
  direction,
  direction_known: z.boolean(),
  metric_unit: z.string().nullable(),
  setting: z.string(),
  model_id: z.number().nullable(),
  model: z.string().nullable(),
  tier: TierSchema,
  claim_id: z.number(),
  evidence: z.string(),
  n: count,
});
type BestRow = z.output<typeof BestRow>;

const ROW_LIMIT = 200;
// Numbers that are not one point (an "up to", a range end) are not compared with a point across tiers.
const POINT_QUALIFIERS = new Set(["exact", "approx", "average"]);

/**
 * A system's best live absolute number per provenance tier on each benchmark and base model it has numbers
 * for, chosen in the metric's direction as a leaderboard does (a fraction on a percentage board counts as
 * its percentage). Rows where a self-reported best and a third-party best disagree beyond the flag
 * tolerance (and the rounding of the coarser number) say which tiers disagree, and come first.
 */
export async function getSubjectProvenance(
  db: Database,
  subjectId: number,
  options: FlagOptions = DEFAULT_FLAG_OPTIONS,
): Promise<SubjectProvenance> {
  const [exists] = await db.select({ id: subjects.id }).from(subjects).where(eq(subjects.id, subjectId));
  if (!exists) throw notFound(`subject ${subjectId}`);
  const rows = await queryRows(
    db,
    sql`
      with live as (
        select c.*, ${tierOfClaim()} as tier,
               ${rankValue(sql`c`)} as rank_value
        from claims c
        where c.subject_id = ${subjectId} and c.kind = 'absolute' and c.benchmark_id is not null
          and c.review_status is distinct from 'rejected'
      ), ranked as (
        select l.*, m.direction, count(*) over (partition by l.benchmark_id, l.model_id, l.tier) as n
        from live l join benchmarks b on b.id = l.benchmark_id join metrics m on m.id = b.metric_id
      )
      select distinct on (r.benchmark_id, r.model_id, r.tier)
             r.benchmark_id, d.name as dataset, m.name as metric, m.direction, m.direction_known, m.unit as metric_unit, b.setting,
             r.model_id, ms.name as model, r.tier, r.id as claim_id, r.value, r.value_text, r.unit, r.qualifier, r.evidence, r.n,
             p.id as paper_id, p.title as paper_title, p.date::text as paper_date
      from ranked r
      join benchmarks b on b.id = r.benchmark_id join datasets d on d.id = b.dataset_id join metrics m on m.id = b.metric_id
      join papers p on p.id = r.paper_id left join subjects ms on ms.id = r.model_id
      order by r.benchmark_id, r.model_id, r.tier,
               ${rankScore(sql`r.rank_value`, sql`r.direction`)}, p.date asc nulls last, r.id asc`,
    BestRow,
  );
  const groups = new Map<string, BestRow[]>();
  for (const r of rows) {
    const key = `${r.benchmark_id}\u0000${r.model_id ?? ""}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const out: ProvenanceRow[] = [];
  let singleTier = 0;
  for (const g of groups.values()) {
    if (g.length < 2) {
      singleTier++;
      continue;
    }
    const first = g[0]!;
    const cells = [...g].sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier));
    const self = cells.find((c) => c.tier === "self");
    const tolerance = options.tolerances?.[first.metric] ?? options.defaultTolerance;
    const disagreements = self
      ? cells.filter((c) => c.tier !== "self" && disagree(self, c, tolerance)).map((c) => c.tier)
      : [];
    out.push({
      benchmark: {
        id: first.benchmark_id,
        dataset: first.dataset,
        metric: first.metric,
        direction: first.direction,
        directionKnown: first.direction_known,
        unit: first.metric_unit,
      },
      setting: first.setting,
      model: first.model,
      modelId: first.model_id,
      tiers: cells.map((c) => ({
        tier: c.tier,
        claimId: c.claim_id,
        value: c.value,
        valueText: c.value_text,
        unit: c.unit,
        qualifier: c.qualifier,
        evidence: c.evidence,
        paper: { id: c.paper_id, title: c.paper_title, date: c.paper_date },
        count: c.n,
      })),
      disagreements,
    });
  }
  out.sort(
    (a, b) =>
      Number(b.disagreements.length > 0) - Number(a.disagreements.length > 0) ||
      b.tiers.length - a.tiers.length ||
      a.benchmark.id.localeCompare(b.benchmark.id),
  );
  return { subjectId, rows: out.slice(0, ROW_LIMIT), singleTier, truncated: out.length > ROW_LIMIT };
}

/** Two bests that cannot both be right, as the CONFLICT rule judges two reports of one system. */
function disagree(a: BestRow, b: BestRow, tolerance: number): boolean {
  if (!POINT_QUALIFIERS.has(a.qualifier) || !POINT_QUALIFIERS.has(b.qualifier) || !comparableUnits(a.unit, b.unit))
    return false;
  const scaled = (r: BestRow) =>
    asPercentOnBoard(r.value, r.unit, a.unit === "%" || b.unit === "%") ?? baseValue(r.value, r.unit);
  const asWritten = (r: BestRow) => ({ value: r.value, valueText: r.value_text, unit: r.unit });
  return !agreeAsWritten(asWritten(a), asWritten(b), scaled(a), scaled(b), tolerance);
}
