import { useQuery } from "@tanstack/react-query";
import type { Series } from "../../../contracts/benchmarks";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/benchmarks/:id/series: every live absolute claim of the benchmark with its paper date, for the chart. */
export function useSeries(id: string) {
  return useQuery({
    queryKey: queryKeys.series(id),
    queryFn: ({ signal }): Promise<Series> => unwrap(api.benchmarks[":id"].series.$get({ param: { id } }, { init: { signal } })),
  });
}
