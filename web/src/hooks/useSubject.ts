import { useQuery } from "@tanstack/react-query";
import type { SubjectDetail } from "../../../contracts/subjects";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/subjects/:id: every claim about a model or method, grouped by benchmark. */
export function useSubject(id: number) {
  return useQuery({
    queryKey: queryKeys.subject(id),
    enabled: Number.isInteger(id) && id > 0,
    queryFn: ({ signal }): Promise<SubjectDetail> =>
      unwrap(api.subjects[":id"].$get({ param: { id: String(id) } }, { init: { signal } })),
  });
}
