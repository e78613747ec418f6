import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SplitEntity, SplitResult } from "../../../contracts/entities";
import { api, unwrap } from "../api/client";

/** POST /api/entities/split: spellings (and their claims) out into a new entity; every cached query refetches. */
export function useSplitEntity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SplitEntity): Promise<SplitResult> => unwrap(api.entities.split.$post({ json: body })),
    onSuccess: () => qc.invalidateQueries(),
  });
}
