import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UndoEntityEdit, UndoResult } from "../../../contracts/entities";
import { api, unwrap } from "../api/client";

/** POST /api/entities/undo: reverses one merge or split; every cached query refetches. */
export function useUndoEntityEdit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UndoEntityEdit): Promise<UndoResult> => unwrap(api.entities.undo.$post({ json: body })),
    // A refused undo (409) changes the history's reasons too.
    onSettled: () => qc.invalidateQueries(),
  });
}
