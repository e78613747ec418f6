import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { SubjectList } from "../../../contracts/subjects";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/subjects: subjects by part of their name, most claims first (the first page). */
export function useSubjects(q: string, limit = 10, enabled = true) {
  const text = q.trim() || undefined;
  return useQuery({
    queryKey: queryKeys.subjects({ q: text, limit }),
    enabled,
    queryFn: ({ signal }): Promise<SubjectList> =>
      unwrap(api.subjects.$get({ query: { q: text, limit: String(limit) } }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });
}
