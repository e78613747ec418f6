import { sql } from "drizzle-orm";
import { rowsOf, type Database } from "../db/client.js";

export interface BenchmarkHead {
  id: string;
  dataset: string;
  metric: string;
  /** Bumped whenever a claim of the benchmark changes. */
  updatedAt: Date;
}

/**
 * A benchmark's names and when it last changed, or null when there is no such benchmark: one
 * primary-key read, so a cached embed revalidates (304) without loading its claims.
 */
export async function benchmarkHead(db: Database, id: string): Promise<BenchmarkHead | null> {
  const [row] = rowsOf<{ id: string; dataset: string; metric: string; updated_at: Date | string }>(
    await db.execute(sql`
      select b.id, d.name as dataset, m.name as metric, b.updated_at
      from benchmarks b join datasets d on d.id = b.dataset_id join metrics m on m.id = b.metric_id
      where b.id = ${id}`),
  );
  return row ? { id: row.id, dataset: row.dataset, metric: row.metric, updatedAt: new Date(row.updated_at) } : null;
}
