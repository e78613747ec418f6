import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { count, direction, queryRows } from "../db/query-rows.js";
import { datasets } from "../db/schema/index.js";
import type { DatasetFamily, DatasetVariant, FamilyBoard } from "../contracts/datasets.js";
import { notFound } from "./errors.js";
import { rankScore, rankValue, reportsPercent } from "./ranking/rank-value.js";
import { trustedClaim } from "./trusted-entries.js";

/** ImageNet has hundreds of boards across its resolutions, metrics and settings; a page lists the largest. */
const BOARD_LIMIT = 400;

const VariantRow = z.object({
  id: z.number(),
  name: z.string(),
  family: z.string().nullable(),
  variant: z.string().nullable(),
  relation: z.enum(datasets.relation.enumValues).nullable(),
  test_size: z.number().nullable(),
  claim_count: count,
});

const BoardRow = z.object({
  id: z.string(),
  dataset_id: z.number(),
  metric: z.string(),
  metric_display: z.string().nullable(),
  setting: z.string(),
  direction,
  unit: z.string().nullable(),
  claim_count: count,
  subject_count: count,
  paper_count: count,
  leader_claim_id: z.number().nullable(),
  leader_subject: z.string().nullable(),
  leader_subject_id: z.number().nullable(),
  leader_value: z.number().nullable(),
  leader_value_text: z.string().nullable(),
  leader_unit: z.string().nullable(),
});

/**
 * The family of a dataset ("MATH" for MATH-500) with every variant that has claims (MATH, MATH-500,
 * MATH Level 5…) and their boards, each with its trusted leader: where to go when a board is one of many.
 */
export async function getDatasetFamily(db: Database, datasetId: number): Promise<DatasetFamily> {
  const [asked] = await db
    .select({
      familyKey: sql<string>`coalesce(${datasets.familyKey}, ${datasets.key})`,
      family: datasets.family,
      name: datasets.name,
    })
    .from(datasets)
    .where(eq(datasets.id, datasetId));
  if (!asked) throw notFound(`dataset ${datasetId}`);
  const familyKey = asked.familyKey;

  const variants = (
    await queryRows(
      db,
      sql`
      with members as (select id from datasets where family_key = ${familyKey} or key = ${familyKey} or id = ${datasetId})
      select d.id, d.name, d.family, d.variant, d.relation, d.test_size,
             (select count(*) from claims c where c.dataset_id = d.id)::int as claim_count
      from datasets d join members on members.id = d.id`,
      VariantRow,
    )
  ).filter((v) => v.claim_count > 0 || v.id === datasetId);
  const ids = variants.map((v) => v.id);

  // The leader is the first row of the board's default (trusted) leaderboard: the best value in the
  // metric's direction, a fraction counted as a percentage on a board that reports percentages
  // (as getLeaderboard ranks), ties to the subject's name.
  // Per board (lateral) so that each count and each leader is an index range of claims_benchmark_subject_value_idx;
  // joined as sets, the planner read all 60,540 claims of the 2025-26 corpus twice (1.2 s + 1.5 s in PGlite).
  const boards = await queryRows(
    db,
    sql`
      with boards as materialized (
        select b.id, b.dataset_id, m.name as metric, m.display as metric_display, b.setting, m.direction, m.unit, n.*
        from benchmarks b
        join metrics m on m.id = b.metric_id
        cross join lateral (
          select count(*)::int as claim_count,
                 count(distinct c.subject_id)::int as subject_count,
                 count(distinct c.paper_id)::int as paper_count,
                 coalesce(bool_or(${reportsPercent(sql`c`)}), false) as percent
          from claims c where c.benchmark_id = b.id) n
        where b.dataset_id = any(${sql.param(ids)}::int[]) and n.claim_count > 0
        order by n.claim_count desc, b.id
        limit ${BOARD_LIMIT + 1}
      )
      select bo.*, l.claim_id as leader_claim_id, l.subject as leader_subject, l.subject_id as leader_subject_id,
             l.value as leader_value, l.value_text as leader_value_text, l.unit as leader_unit
      from boards bo
      left join lateral (
        select c.id as claim_id, c.subject_id, s.name as subject, c.value, c.value_text, c.unit
        from claims c
        join subjects s on s.id = c.subject_id
        join papers p on p.id = c.paper_id
        where c.benchmark_id = bo.id and c.kind = 'absolute' and c.review_status is distinct from 'rejected' and ${trustedClaim()}
        order by ${rankScore(rankValue(sql`c`, sql`bo.percent`), sql`bo.direction`)}, s.name, p.date asc nulls last, c.id
        limit 1
      ) l on true
      order by bo.claim_count desc, bo.id`,
    BoardRow,
  );
  const truncated = boards.length > BOARD_LIMIT;
  const byDataset = new Map<number, FamilyBoard[]>();
  for (const r of boards.slice(0, BOARD_LIMIT)) {
    const list = byDataset.get(r.dataset_id) ?? [];
    list.push(toBoard(r));
    byDataset.set(r.dataset_id, list);
  }

  const isFamily = (v: z.output<typeof VariantRow>) => v.relation === null;
  const out: DatasetVariant[] = variants
    .map((v) => ({
      id: v.id,
      name: v.name,
      variant: v.variant,
      relation: v.relation,
      testSize: v.test_size,
      claimCount: v.claim_count,
      boards: byDataset.get(v.id) ?? [],
      root: isFamily(v),
    }))
    .sort((a, b) => Number(b.root) - Number(a.root) || b.claimCount - a.claimCount || a.name.localeCompare(b.name))
    .map(({ root: _root, ...v }) => v);
  return { family: asked.family ?? asked.name, requestedId: datasetId, variants: out, truncated };
}

function toBoard(r: z.output<typeof BoardRow>): FamilyBoard {
  return {
    id: r.id,
    metric: r.metric,
    metricDisplay: r.metric_display,
    setting: r.setting,
    direction: r.direction,
    unit: r.unit,
    claimCount: r.claim_count,
    subjectCount: r.subject_count,
    paperCount: r.paper_count,
    leader:
      r.leader_claim_id !== null && r.leader_subject !== null && r.leader_subject_id !== null && r.leader_value !== null
        ? {
            claimId: r.leader_claim_id,
            subject: r.leader_subject,
            subjectId: r.leader_subject_id,
            value: r.leader_value,
            valueText: r.leader_value_text,
            unit: r.leader_unit,
          }
        : null,
  };
}
