import { keepPreviousData, useInfiniteQuery, useQueries, useQuery } from "@tanstack/react-query";
import type { FlagCounts, FlagList, FlagQuery, FlagRef } from "../../../contracts/flags";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

export type FlagsQuery = Partial<Pick<FlagQuery, "status" | "code" | "severity" | "benchmark" | "paper" | "claim">> & {
  limit?: number;
};

/** GET /api/flags: the review queue, newest first, page by page. */
export function useFlags(query: FlagsQuery, enabled = true) {
  const { limit = 50, paper, claim, ...rest } = query;
  return useInfiniteQuery({
    queryKey: queryKeys.flags({ ...query, limit }),
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }): Promise<FlagList> =>
      unwrap(
        api.flags.$get(
          {
            query: {
              ...rest,
              paper: paper === undefined ? undefined : String(paper),
              claim: claim === undefined ? undefined : String(claim),
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

/** GET /api/flags/counts: open flags in all and per code. */
export function useFlagCounts() {
  return useQuery({
    queryKey: queryKeys.flagCounts,
    queryFn: ({ signal }): Promise<FlagCounts> => unwrap(api.flags.counts.$get(undefined, { init: { signal } })),
  });
}

/**
 * Open flags on a paper's claims, claim id → flags: the paper's own flags plus those of the benchmarks
 * its claims sit on (a CONFLICT belongs to a benchmark, not to one paper), kept when they involve one of the claims.
 */
export function useOpenFlagsOfClaims(paperId: number, benchmarkIds: readonly string[], claimIds: readonly number[]) {
  const scopes: FlagsQuery[] = [{ paper: paperId }, ...[...new Set(benchmarkIds)].map((benchmark) => ({ benchmark }))];
  const results = useQueries({
    queries: scopes.map((scope) => ({
      queryKey: queryKeys.flags({ ...scope, status: "open", limit: 200, first: true }),
      queryFn: ({ signal }: { signal: AbortSignal }): Promise<FlagList> =>
        unwrap(
          api.flags.$get(
            {
              query: {
                status: "open",
                benchmark: scope.benchmark,
                paper: scope.paper === undefined ? undefined : String(scope.paper),
                limit: "200",
              },
            },
            { init: { signal } },
          ),
        ),
      enabled: Number.isInteger(paperId) && paperId > 0,
    })),
  });
  const wanted = new Set(claimIds);
  const byClaim = new Map<number, FlagRef[]>();
  const seen = new Set<string>();
  for (const r of results) {
    for (const f of r.data?.items ?? []) {
      for (const c of f.claims) {
        if (!wanted.has(c.id) || seen.has(`${f.id}|${c.id}`)) continue;
        seen.add(`${f.id}|${c.id}`);
        byClaim.set(c.id, [
          ...(byClaim.get(c.id) ?? []),
          { id: f.id, code: f.code, severity: f.severity, status: f.status },
        ]);
      }
    }
  }
  return byClaim;
}
