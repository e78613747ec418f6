import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { PaperList } from "../../../contracts/papers";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

export interface PapersQuery {
  /** Words that must all appear in the title. */
  q?: string;
  /** Ingest order (default) or newest paper date first. */
  sort?: "ingested" | "date";
  limit?: number;
}

/** GET /api/papers, page by page ("load more" follows nextCursor). */
export function usePapers(query: PapersQuery = {}) {
  const { q, sort, limit = 25 } = query;
  const params = { q: q?.trim() || undefined, sort, limit };
  return useInfiniteQuery({
    queryKey: queryKeys.papers(params),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }): Promise<PaperList> =>
      unwrap(
        api.papers.$get(
          { query: { q: params.q, sort, limit: String(limit), cursor: pageParam } },
          { init: { signal } },
        ),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
