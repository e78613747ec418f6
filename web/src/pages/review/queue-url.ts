import type { FlagQuery } from "../../../../contracts/flags";
import { FLAG_CODES, FLAG_SEVERITIES, FLAG_STATUSES } from "../../lib/format";

/** The queue's filters as the flags request takes them; typed by the API's query so the two cannot drift. */
export type QueueFilter = Pick<FlagQuery, "status" | "code" | "severity" | "claim" | "benchmark">;

const oneOf = <T extends string>(values: readonly T[], v: string): T | undefined =>
  (values as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * `/review?status=&code=&severity=&claim=&benchmark=`. The API refuses a bad filter with 400, but a hand-edited
 * or stale link should still show a queue, so unknown values are dropped here instead of sent. The dashboard
 * bundle takes only types from contracts/ (zod and the database enums stay on the server), hence the checks
 * against the dashboard's own lists, which the typecheck keeps complete. No status means the open flags;
 * `status=all` means every status.
 */
export function readQueueFilter(get: (key: string) => string): QueueFilter {
  const status = get("status");
  return {
    status: status === "all" ? undefined : (oneOf(FLAG_STATUSES, status) ?? "open"),
    code: oneOf(FLAG_CODES, get("code")),
    severity: oneOf(FLAG_SEVERITIES, get("severity")),
    claim: /^\d+$/.test(get("claim")) ? Number(get("claim")) : undefined,
    benchmark: get("benchmark") || undefined,
  };
}
