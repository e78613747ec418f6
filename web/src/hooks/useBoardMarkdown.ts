import { useMutation } from "@tanstack/react-query";
import type { LeaderboardQuery } from "../../../contracts/benchmarks";
import { api, ApiError } from "../api/client";

/** GET /api/benchmarks/:id/export.md, fetched when asked for (a copy action), with the board's filters. */
export function useBoardMarkdown(id: string, filter: LeaderboardQuery) {
  return useMutation({
    mutationFn: async (): Promise<string> => {
      const res = await api.benchmarks[":id"]["export.md"].$get({ param: { id }, query: filter });
      if (!res.ok)
        throw new ApiError(res.status, "HTTP_ERROR", `the server answered ${res.status} for the Markdown table`);
      return res.text();
    },
  });
}
