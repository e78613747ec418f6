import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "../db/client.js";
import type { DatasetFamily, DatasetVariant, FamilyBoard } from "../contracts/datasets.js";
import { notFound } from "./errors.js";
import { rankScore, rankValue, reportsPercent } from "./ranking/rank-value.js";
import { trustedClaim } from "./trusted-entries.js";

/** ImageNet has hundreds of boards across its resolutions, metrics and settings; a page lists the largest. */
const BOARD_LIMIT = 400;

interface VariantRow {
  id: number;
  name: string;
  family: string | null;
  variant: string | null;
  relation: DatasetVariant["relation"];
  test_size: number | null;
  claim_count: number | string;
}

interface BoardRow {
  id: string;
  dataset_id: number;
  metric: string;
  metric_display: string | null;
  setting: string;
  direction: "higher" | "lower";
  unit: string | null;
  claim_count: number | string;
  subject_count: number | string;
  paper_count: number | string;
  leader_claim_id: number | null;
  leader_subject: string | null;
  leader_subject_id: number | null;
  leader_value: number | null;
  leader_value_text: string | null;
  leader_unit: string | null;
}

/**
 * The family of a dataset ("MATH" for MATH-500) with every variant that has claims (MATH, MATH-500,
 * MATH Level 5…) and their boards, each with its trusted leader: where to go when a board is one of many.
 */
export async function getDatasetFamily(db: Database, datasetId: number): Promise<DatasetFamily> {
  const [asked] = rowsOf<{ family_key: string; family: string | null; name: string }>(
    await db.execute(
      sql`select coalesce(family_key, key) as family_key, family, name from datasets where id = ${datasetId}`,
    ),
  );
  if (!asked) throw notFound(`dataset ${datasetId}`);
  const familyKey = asked.family_key;

  const variants = rowsOf<VariantRow>(
    await db.execute(sql`
      with members as (select id from datasets where family_key = ${familyKey} or key = ${familyKey} or id = ${datasetId})
      select d.id, d.name, d.family, d.variant, d.relation, d.test_size,
             (select count(*) from claims c where c.dataset_id = d.id)::int as claim_count
      from datasets d join members on members.id = d.id`),
  ).filter((v) => Number(v.claim_count) > 0 || v.id === datasetId);
  const ids = variants.map((v) => v.id);

  // The leader is the first row of the board's default (trusted) leaderboard: the best value in the
  // metric's direction, a fraction counted as a percentage on a board that reports percentages
  // (as getLeaderboard ranks), ties to the subject's name.
  // Per board (lateral) so that each count and each leader is an index range of claims_benchmark_subject_value_idx;
  // joined as sets, the planner read all 60,540 claims of the 2025-26 corpus twice (1.2 s + 1.5 s in PGlite).
  const boards = rowsOf<BoardRow>(
    await db.execute(sql`
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
      order by bo.claim_count desc, bo.id`),
  );
  const truncated = boards.length > BOARD_LIMIT;
  const byDataset = new Map<number, FamilyBoard[]>();
  for (const r of boards.slice(0, BOARD_LIMIT)) {
    const list = byDataset.get(r.dataset_id) ?? [];
    list.push(toBoard(r));
    byDataset.set(r.dataset_id, list);
  }

  const isFamily = (v: VariantRow) => v.relation === null;
  const out: DatasetVariant[] = variants
    .map((v) => ({
      id: v.id,
      name: v.name,
      variant: v.variant,
      relation: v.relation,
      testSize: v.test_size,
      claimCount: Number(v.claim_count),
      boards: byDataset.get(v.id) ?? [],
      root: isFamily(v),
    }))
    .sort((a, b) => Number(b.root) - Number(a.root) || b.claimCount - a.claimCount || a.name.localeCompare(b.name))
    .map(({ root: _root, ...v }) => v);
  return { family: asked.family ?? asked.name, requestedId: datasetId, variants: out, truncated };
}

function toBoard(r: BoardRow): FamilyBoard {
  return {
    id: r.id,
    metric: r.metric,
    metricDisplay: r.metric_display,
    setting: r.setting,
    direction: r.direction,
    unit: r.unit,
    claimCount: Number(r.claim_count),
    subjectCount: Number(r.subject_count),
    paperCount: Number(r.paper_count),
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
