import { useQuery } from "@tanstack/react-query";
import type { Leaderboard, LeaderboardQuery } from "../../../contracts/benchmarks";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/benchmarks/:id/leaderboard: the benchmark and its best absolute claim per system, ranked (optionally one model or method). */
export function useLeaderboard(id: string, filter: LeaderboardQuery = {}) {
  return useQuery({
    queryKey: [
      ...queryKeys.leaderboard(id),
      filter.model ?? "",
      filter.method ?? "",
      filter.entries ?? "trusted",
      filter.asOf ?? "",
      filter.tier ?? "",
    ],
    queryFn: ({ signal }): Promise<Leaderboard> =>
      unwrap(api.benchmarks[":id"].leaderboard.$get({ param: { id }, query: filter }, { init: { signal } })),
  });
}
