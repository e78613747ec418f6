import { useQuery } from "@tanstack/react-query";
import type { Leaderboard } from "../../../api/schemas/benchmarks";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/benchmarks/:id/leaderboard: the benchmark and its best absolute claim per subject, ranked. */
export function useLeaderboard(id: string) {
  return useQuery({
    queryKey: queryKeys.leaderboard(id),
    queryFn: ({ signal }): Promise<Leaderboard> =>
      unwrap(api.benchmarks[":id"].leaderboard.$get({ param: { id } }, { init: { signal } })),
  });
}
