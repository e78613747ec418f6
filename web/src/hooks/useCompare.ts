import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Compare } from "../../../contracts/subjects";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/compare?subjects=…: 2–5 subjects on the benchmarks they share (disabled with fewer than 2). */
export function useCompare(ids: readonly number[]) {
  return useQuery({
    queryKey: queryKeys.compare(ids),
    enabled: ids.length >= 2 && ids.length <= 5,
    queryFn: ({ signal }): Promise<Compare> =>
      unwrap(api.compare.$get({ query: { subjects: ids.join(",") } }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });
}
