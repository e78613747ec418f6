import { useQuery } from "@tanstack/react-query";
import type { SubjectProvenance } from "../../../contracts/provenance";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/subjects/:id/provenance: a system's best number per provenance tier on each benchmark, side by side. */
export function useSubjectProvenance(id: number) {
  return useQuery({
    queryKey: queryKeys.subjectProvenance(id),
    enabled: Number.isInteger(id) && id > 0,
    queryFn: ({ signal }): Promise<SubjectProvenance> =>
      unwrap(api.subjects[":id"].provenance.$get({ param: { id: String(id) } }, { init: { signal } })),
  });
}
