import { useMutation } from "@tanstack/react-query";
import type { EmbedPin } from "../../../contracts/history";
import { api, unwrap } from "../api/client";

/** POST /api/embed-pins: freeze the board's embed (now, or as of a day) into links that never change. */
export function usePinEmbed() {
  return useMutation({
    mutationFn: (body: { benchmarkId: string; asOf?: string }): Promise<EmbedPin> =>
      unwrap(api["embed-pins"].$post({ json: body })),
  });
}
