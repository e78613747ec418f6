/**
 * What changed on a board since a moment, newest first: claims stored on it, reviews of its claims,
 * merges, splits and undos that moved claims onto, off or within it, flag resolutions, and imports that
 * saw a reviewed claim's source change. Claims come from their created_at, the rest from the audit log.
 */
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { count, queryRows, timestamp } from "../db/query-rows.js";
import type { BoardChange, BoardChanges, BoardChangesQuery } from "../contracts/history.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { getBenchmark } from "./benchmarks.js";

const Side = z.record(z.string(), z.unknown()).nullable();

const ChangeRow = z.object({
  src: z.number(),
  ref: z.number(),
  at: timestamp,
  at_us: count,
  action: z.string(),
  claim_id: z.number().nullable(),
  audit_id: z.number().nullable(),
  actor: z.string().nullable(),
  note: z.string().nullable(),
  before: Side,
  after: Side,
  subject: z.string().nullable(),
  value: z.number().nullable(),
  value_text: z.string().nullable(),
  unit: z.string().nullable(),
  paper_id: z.number().nullable(),
  paper_title: z.string().nullable(),
  paper_date: z.string().nullable(),
});
type ChangeRow = z.output<typeof ChangeRow>;

/** Condition on an audit row alias: the row is about this board. */
function aboutBoard(a: SQL, id: string): SQL {
  const asArray = (key: string) => sql`jsonb_build_array(jsonb_build_object(${key}::text, ${id}::text))`;
  return sql`(
    (${a}.target_type = 'claim' and (${a}.action like 'claim.%' or ${a}.action like 'import.%') and (
      exists (select 1 from claims x where x.id = ${a}.target_id and x.benchmark_id = ${id})
      or ${a}.before->>'benchmarkId' = ${id} or ${a}.after->>'benchmarkId' = ${id}))
    or (${a}.target_type = 'flag' and exists (select 1 from flags f where f.id = ${a}.target_id and f.benchmark_id = ${id}))
    or (${a}.action ~ '^(subject|dataset|metric)\\.(merge|split)$' and (
      ${a}.after->'claims' @> ${asArray("benchmarkId")} or ${a}.before->'claims' @> ${asArray("benchmarkId")}
      or ${a}.after->'benchmarks' @> ${asArray("id")} or ${a}.before->'removedBenchmarks' @> ${asArray("id")}
      or coalesce(${a}.after->'createdBenchmarks', '[]'::jsonb) ? ${id}
      or exists (
        select 1 from jsonb_array_elements(coalesce(${a}.after->'claims', '[]'::jsonb)) e
        join claims x on x.id = (e->>'id')::int where x.benchmark_id = ${id})))
  )`;
}

function sinceInstant(since: string): string {
  return (/^\d{4}-\d{2}-\d{2}$/.test(since) ? new Date(`${since}T00:00:00Z`) : new Date(since)).toISOString();
}

export async function boardChanges(db: Database, id: string, q: BoardChangesQuery): Promise<BoardChanges> {
  await getBenchmark(db, id);
  const since = sinceInstant(q.since);
  const after = decodeCursor(q.cursor, z.tuple([z.number().int(), z.number().int(), z.number().int()]));
  const page = after
    ? sql`where (ev.at_us, ev.src, ev.ref) < (${after[0]}::bigint, ${after[1]}::int, ${after[2]}::int)`
    : sql``;
  const rows = await queryRows(
    db,
    sql`
      with ev as (
        select 1 as src, c.id as ref, c.created_at as at, 'claim.added' as action, c.id as claim_id, null::int as audit_id
        from claims c
        where c.benchmark_id = ${id} and c.kind = 'absolute' and c.created_at >= ${since}::timestamptz
        union all
        select 0, a.id, a.created_at, a.action,
               case when a.target_type = 'claim' and (a.action like 'claim.%' or a.action like 'import.%') then a.target_id end, a.id
        from audit_log a
        left join audit_log u on a.action like '%.undo' and u.id = (a.after->>'undoes')::int
        where a.created_at >= ${since}::timestamptz and (${aboutBoard(sql`a`, id)} or (u.id is not null and ${aboutBoard(sql`u`, id)}))
      ), evk as (
        select ev.*, (extract(epoch from ev.at) * 1000000)::bigint as at_us from ev
      )
      select ev.src, ev.ref, ev.at, ev.at_us, ev.action, ev.claim_id, ev.audit_id, a.actor, a.note, a.before, a.after,
             s.name as subject, c.value, c.value_text, c.unit, p.id as paper_id, p.title as paper_title, p.date::text as paper_date
      from evk ev
      left join audit_log a on a.id = ev.audit_id
      left join claims c on c.id = ev.claim_id
      left join subjects s on s.id = c.subject_id
      left join papers p on p.id = c.paper_id
      ${page}
      order by ev.at_us desc, ev.src desc, ev.ref desc
      limit ${q.limit + 1}`,
    ChangeRow,
  );
  const items = rows.slice(0, q.limit).map(toChange);
  const last = rows.length > q.limit ? rows[q.limit - 1] : undefined;
  return {
    benchmarkId: id,
    since,
    items,
    nextCursor: last ? encodeCursor([last.at_us, last.src, last.ref]) : null,
  };
}

function kindOf(action: string): BoardChange["kind"] {
  if (action === "claim.added") return "entry_added";
  if (action.startsWith("claim.")) return "review";
  if (action.startsWith("flag.")) return "flag";
  if (action.startsWith("import.")) return "source";
  return "identity";
}

function state(side: Record<string, unknown> | null): BoardChange["before"] {
  if (!side || !("value" in side || "reviewStatus" in side)) return null;
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    value: typeof side.value === "number" ? side.value : null,
    unit: str(side.unit),
    reviewStatus: str(side.reviewStatus),
    benchmarkId: str(side.benchmarkId),
  };
}

const shown = (value: number | null, unit: string | null) =>
  value === null ? "?" : `${value}${unit === "%" ? "%" : unit ? ` ${unit}` : ""}`;

function summaryOf(
  r: ChangeRow,
  kind: BoardChange["kind"],
  before: BoardChange["before"],
  afterState: BoardChange["after"],
): string {
  const who = r.subject ?? "an unnamed system";
  const number = r.value_text
    ? `${r.value_text}${r.unit === "%" ? "%" : r.unit ? ` ${r.unit}` : ""}`
    : shown(r.value, r.unit);
  switch (kind) {
    case "entry_added":
      return `new claim: ${who} ${number}${r.paper_title ? ` in "${r.paper_title}"` : ""}`;
    case "review": {
      const verb = r.action === "claim.accept" ? "accepted" : r.action === "claim.reject" ? "rejected" : "corrected";
      if (r.action !== "claim.correct" || !before || !afterState) return `${verb}: ${who} ${number}`;
      const moved =
        before.benchmarkId !== afterState.benchmarkId
          ? ` (board ${before.benchmarkId ?? "none"} → ${afterState.benchmarkId ?? "none"})`
          : "";
      const [was, is] = [r.before?.subject, r.after?.subject];
      const renamed = typeof was === "string" && typeof is === "string" && was !== is ? `${was} → ${is}, ` : `${who} `;
      const value =
        before.value === afterState.value && before.unit === afterState.unit
          ? shown(afterState.value, afterState.unit)
          : `${shown(before.value, before.unit)} → ${shown(afterState.value, afterState.unit)}`;
      return `corrected: ${renamed}${value}${moved}`;
    }
    case "flag":
      return `flag ${r.action.slice("flag.".length)}${r.after && typeof r.after.status === "string" ? ` (now ${r.after.status})` : ""}`;
    case "source":
      return r.action === "import.source_changed"
        ? `the source changed under the reviewed claim ${who} ${number}`
        : `the evidence of ${who} ${number} is gone from its source`;
    case "identity":
      return typeof r.after?.summary === "string" ? r.after.summary : r.action;
  }
}

function toChange(r: ChangeRow): BoardChange {
  const kind = kindOf(r.action);
  const reviewLike = kind === "review";
  const before = reviewLike ? state(r.before) : null;
  const afterState = reviewLike ? state(r.after) : null;
  return {
    kind,
    action: r.action,
    at: new Date(r.at).toISOString(),
    summary: summaryOf(r, kind, before, afterState),
    claimId: r.claim_id,
    auditId: r.audit_id,
    actor: r.actor,
    note: r.note,
    subject: r.claim_id !== null ? r.subject : null,
    value: r.claim_id !== null ? r.value : null,
    valueText: r.claim_id !== null ? r.value_text : null,
    unit: r.claim_id !== null ? r.unit : null,
    paper:
      r.paper_id !== null && r.paper_title !== null
        ? { id: r.paper_id, title: r.paper_title, date: r.paper_date }
        : null,
    before,
    after: afterState,
  };
}
