import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { BenchmarkList } from "../../../contracts/benchmarks";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

export interface BenchmarksQuery {
  /** Part of the dataset or metric name. */
  q?: string;
  metric?: string;
  dataset?: string;
  limit?: number;
}

/** GET /api/benchmarks, page by page ("load more" follows nextCursor). */
export function useBenchmarks(query: BenchmarksQuery = {}) {
  const { q, metric, dataset, limit = 50 } = query;
  const params = { q: q?.trim() || undefined, metric, dataset, limit };
  return useInfiniteQuery({
    queryKey: queryKeys.benchmarks(params),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }): Promise<BenchmarkList> =>
      unwrap(
        api.benchmarks.$get(
          { query: { q: params.q, metric: params.metric, dataset: params.dataset, limit: String(limit), cursor: pageParam } },
          { init: { signal } },
        ),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
