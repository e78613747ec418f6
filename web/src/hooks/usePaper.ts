import { useQuery } from "@tanstack/react-query";
import type { PaperDetail } from "../../../contracts/papers";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/papers/:id: the abstract and every claim extracted from it. */
export function usePaper(id: number) {
  return useQuery({
    queryKey: queryKeys.paper(id),
    queryFn: ({ signal }): Promise<PaperDetail> =>
      unwrap(api.papers[":id"].$get({ param: { id: String(id) } }, { init: { signal } })),
    enabled: Number.isInteger(id) && id > 0,
  });
}
