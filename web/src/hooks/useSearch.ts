import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { SearchResult } from "../../../contracts/search";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/search: a few papers, subjects, datasets, metrics and benchmarks matching `q`. */
export function useSearch(q: string, limit = 5) {
  const text = q.trim();
  return useQuery({
    queryKey: [...queryKeys.search(text), limit],
    enabled: text.length > 0,
    queryFn: ({ signal }): Promise<SearchResult> =>
      unwrap(api.search.$get({ query: { q: text, limit: String(limit) } }, { init: { signal } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
