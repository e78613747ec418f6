import { useQuery } from "@tanstack/react-query";
import type { Series, SeriesQuery } from "../../../contracts/benchmarks";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/benchmarks/:id/series: the benchmark's absolute claims (trusted ones, or all) with their paper dates, for the chart. */
export function useSeries(id: string, query: SeriesQuery = {}) {
  return useQuery({
    queryKey: [...queryKeys.series(id), query.entries ?? "trusted", query.asOf ?? ""],
    queryFn: ({ signal }): Promise<Series> =>
      unwrap(api.benchmarks[":id"].series.$get({ param: { id }, query }, { init: { signal } })),
  });
}
