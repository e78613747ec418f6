import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { count, queryRows } from "../db/query-rows.js";
import { getLeaderboard } from "./benchmarks.js";
import type { EntryScope } from "./trusted-entries.js";

export interface AuditedBoard {
  id: string;
  dataset: string;
  metric: string;
  setting: string;
  direction: "higher" | "lower";
  systems: number;
  /** Systems the default (trusted) board hides; 0 when every entry was asked for. */
  hidden: number;
  entries: {
    rank: number;
    subject: string;
    model: string | null;
    value: string;
    condition: string | null;
    sentence: string;
    paper: string;
  }[];
}

/**
 * The M leaderboards that rank the most systems (counting every live claim), each with its top N entries as
 * the dashboard ranks them: its default trusted entries, or all of them.
 */
export async function largestLeaderboards(
  db: Database,
  opts: { boards: number; top: number; minSystems: number; entries?: EntryScope },
): Promise<AuditedBoard[]> {
  const largest = await queryRows(
    db,
    sql`
      select benchmark_id as id, count(distinct (subject_id, coalesce(model_id, 0)))::int as systems from claims
      where benchmark_id is not null and kind = 'absolute' and subject_id is not null
      group by benchmark_id having count(distinct (subject_id, coalesce(model_id, 0))) >= ${opts.minSystems}
      order by systems desc, id limit ${opts.boards}`,
    z.object({ id: z.string(), systems: count }),
  );
  const out: AuditedBoard[] = [];
  for (const { id, systems } of largest) {
    const lb = await getLeaderboard(db, id, { entries: opts.entries ?? "trusted" });
    out.push({
      id,
      dataset: lb.benchmark.dataset,
      metric: lb.benchmark.metricDisplay ?? lb.benchmark.metric,
      setting: lb.benchmark.setting,
      direction: lb.benchmark.direction,
      systems,
      hidden: lb.hidden,
      entries: lb.entries.slice(0, opts.top).map((e) => ({
        rank: e.rank,
        subject: e.subject,
        model: e.model,
        value: `${e.valueText ?? e.value}${e.unit ?? ""}`,
        condition: e.condition,
        sentence: e.sentence,
        paper: e.paper.title,
      })),
    });
  }
  return out;
}
