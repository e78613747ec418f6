import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { BenchmarkList } from "../../../contracts/benchmarks";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

export interface BenchmarksQuery {
  /** Part of the dataset or metric name. */
  q?: string;
  metric?: string;
  dataset?: string;
  /** Every variant of a dataset family. */
  family?: string;
  /** One evaluation setting; "as reported" for numbers stated without one. */
  setting?: string;
  /** Boards with at least this many subjects. */
  minEntries?: number;
  /** The boards of the same dataset variant and metric as this board id (its setting tabs). */
  settingsOf?: string;
  limit?: number;
}

/** GET /api/benchmarks, page by page ("load more" follows nextCursor). */
export function useBenchmarks(query: BenchmarksQuery = {}) {
  const { q, metric, dataset, family, setting, minEntries, settingsOf, limit = 50 } = query;
  const params = { q: q?.trim() || undefined, metric, dataset, family, setting, minEntries, settingsOf, limit };
  return useInfiniteQuery({
    queryKey: queryKeys.benchmarks(params),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }): Promise<BenchmarkList> =>
      unwrap(
        api.benchmarks.$get(
          {
            query: {
              q: params.q,
              metric: params.metric,
              dataset: params.dataset,
              family: params.family,
              setting: params.setting,
              settingsOf: params.settingsOf,
              minEntries: minEntries === undefined ? undefined : String(minEntries),
              limit: String(limit),
              cursor: pageParam,
            },
          },
          { init: { signal } },
        ),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
