import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { EntitySearch, EntityType } from "../../../contracts/entities";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/entities/search: subjects, datasets or metrics by part of a name (merge targets). */
export function useEntitySearch(type: EntityType, q: string, limit = 8) {
  const text = q.trim();
  return useQuery({
    queryKey: queryKeys.entitySearch(type, text),
    enabled: text.length > 0,
    queryFn: ({ signal }): Promise<EntitySearch> =>
      unwrap(api.entities.search.$get({ query: { type, q: text, limit: String(limit) } }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });
}
