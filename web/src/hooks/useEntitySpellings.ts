import { useQuery } from "@tanstack/react-query";
import type { EntityIdentity, EntityType } from "../../../contracts/entities";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/entities/spellings: an entity (by id, or a metric by name) with its spellings and their claim counts. */
export function useEntitySpellings(type: EntityType, ref: { id: number } | { name: string }, enabled = true) {
  const key = "id" in ref ? ref.id : ref.name;
  return useQuery({
    queryKey: queryKeys.entitySpellings(type, key),
    enabled,
    queryFn: ({ signal }): Promise<EntityIdentity> =>
      unwrap(
        api.entities.spellings.$get(
          { query: "id" in ref ? { type, id: String(ref.id) } : { type, name: ref.name } },
          { init: { signal } },
        ),
      ),
  });
}
