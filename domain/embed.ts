import { eq } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { benchmarks, datasets, metrics } from "../db/schema/index.js";

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
  const [row] = await db
    .select({ id: benchmarks.id, dataset: datasets.name, metric: metrics.name, updatedAt: benchmarks.updatedAt })
    .from(benchmarks)
    .innerJoin(datasets, eq(datasets.id, benchmarks.datasetId))
    .innerJoin(metrics, eq(metrics.id, benchmarks.metricId))
    .where(eq(benchmarks.id, id));
  return row ?? null;
}
