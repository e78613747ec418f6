import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { queryKeys } from "./keys";

/** GET /api/health: whether the API and its database answer. */
export function useHealth() {
  return useQuery({
    queryKey: queryKeys.health,
    queryFn: ({ signal }) => unwrap(api.health.$get(undefined, { init: { signal } })),
    staleTime: 60_000,
    retry: false,
  });
}
