import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { PaperList } from "../../../api/schemas/papers";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

export interface PapersQuery {
  /** Words that must all appear in the title. */
  q?: string;
  limit?: number;
}

/** GET /api/papers, page by page ("load more" follows nextCursor). */
export function usePapers(query: PapersQuery = {}) {
  const { q, limit = 25 } = query;
  const params = { q: q?.trim() || undefined, limit };
  return useInfiniteQuery({
    queryKey: queryKeys.papers(params),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }): Promise<PaperList> =>
      unwrap(api.papers.$get({ query: { q: params.q, limit: String(limit), cursor: pageParam } }, { init: { signal } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
