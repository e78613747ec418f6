import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ClaimDetail, CorrectClaim, Flag, ResolveFlag, ReviewClaim } from "../../../contracts/flags";
import { api, unwrap } from "../api/client";

/**
 * The reviewer's writes. Each one can change leaderboards, series, subjects and flags, so on success
 * every cached query is invalidated: whatever page is open refetches what it shows.
 */
export function useReviewActions() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries();
  const review = useMutation({
    mutationFn: ({ id, body }: { id: number; body: ReviewClaim }): Promise<ClaimDetail> =>
      unwrap(api.claims[":id"].review.$post({ param: { id: String(id) }, json: body })),
    onSuccess,
  });
  const correct = useMutation({
    mutationFn: ({ id, body }: { id: number; body: CorrectClaim }): Promise<ClaimDetail> =>
      unwrap(api.claims[":id"].corrections.$post({ param: { id: String(id) }, json: body })),
    onSuccess,
  });
  const resolve = useMutation({
    mutationFn: ({ id, body }: { id: number; body: ResolveFlag }): Promise<Flag> =>
      unwrap(api.flags[":id"].resolve.$post({ param: { id: String(id) }, json: body })),
    onSuccess,
  });
  return { review, correct, resolve };
}
