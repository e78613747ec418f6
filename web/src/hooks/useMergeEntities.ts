import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { MergeEntities, MergeResult } from "../../../contracts/entities";
import { api, unwrap } from "../api/client";

/** POST /api/entities/merge. Claims, boards and flags all move: every cached query refetches. */
export function useMergeEntities() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MergeEntities): Promise<MergeResult> => unwrap(api.entities.merge.$post({ json: body })),
    onSuccess: () => qc.invalidateQueries(),
  });
}
