import { useQuery } from "@tanstack/react-query";
import type { DatasetFamily } from "../../../contracts/datasets";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/datasets/:id/family: the dataset's family, its variants and their boards. */
export function useDatasetFamily(id: number) {
  return useQuery({
    queryKey: queryKeys.datasetFamily(id),
    enabled: Number.isInteger(id) && id > 0,
    queryFn: ({ signal }): Promise<DatasetFamily> =>
      unwrap(api.datasets[":id"].family.$get({ param: { id: String(id) } }, { init: { signal } })),
  });
}
