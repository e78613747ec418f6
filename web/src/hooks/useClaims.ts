import { useQuery } from "@tanstack/react-query";
import type { ClaimList, ClaimOut } from "../../../contracts/claims";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

export interface ClaimsQuery {
  metric?: string;
  dataset?: string;
  subject?: string;
  benchmark?: string;
  paper?: number;
  kind?: ClaimOut["kind"];
  limit?: number;
}

function fetchClaimsPage(query: ClaimsQuery, cursor: string | undefined, signal: AbortSignal): Promise<ClaimList> {
  const { paper, limit = 200, ...rest } = query;
  return unwrap(
    api.claims.$get(
      { query: { ...rest, paper: paper === undefined ? undefined : String(paper), limit: String(limit), cursor } },
      { init: { signal } },
    ),
  );
}

export interface AllClaims {
  claims: ClaimOut[];
  /** True when `cap` was reached and more claims exist on the server. */
  truncated: boolean;
}

/**
 * GET /api/claims following nextCursor until the end or `cap` claims, for views that need the
 * whole set at once (the benchmark chart). Pages are 200 claims, the API's maximum.
 */
export function useAllClaims(query: ClaimsQuery, cap = 2000, enabled = true) {
  return useQuery({
    queryKey: queryKeys.allClaims(query, cap),
    enabled,
    queryFn: async ({ signal }): Promise<AllClaims> => {
      const claims: ClaimOut[] = [];
      let cursor: string | undefined;
      do {
        const page = await fetchClaimsPage({ ...query, limit: Math.min(200, cap - claims.length) }, cursor, signal);
        claims.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && claims.length < cap);
      return { claims, truncated: cursor !== undefined };
    },
  });
}
