import { useInfiniteQuery } from "@tanstack/react-query";
import type { BoardChanges } from "../../../contracts/history";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/benchmarks/:id/changes?since=: what changed on the board since a day, newest first, page by page. */
export function useBoardChanges(id: string, since: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.boardChanges(id, since),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }): Promise<BoardChanges> =>
      unwrap(
        api.benchmarks[":id"].changes.$get(
          { param: { id }, query: { since, limit: "50", cursor: pageParam } },
          { init: { signal } },
        ),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
