import { useQuery } from "@tanstack/react-query";
import type { EntityHistory, EntityType } from "../../../contracts/entities";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/entities/history: merges, splits and undos of an entity, newest first, with whether each can be undone. */
export function useEntityHistory(type: EntityType, id: number | undefined, enabled = true) {
  return useQuery({
    queryKey: queryKeys.entityHistory(type, id ?? 0),
    enabled: enabled && id !== undefined && id > 0,
    queryFn: ({ signal }): Promise<EntityHistory> =>
      unwrap(api.entities.history.$get({ query: { type, id: String(id) } }, { init: { signal } })),
  });
}
