import type { Dispatch, SetStateAction } from "react";
import type { ClaimOut } from "../../../../contracts/claims";
import type { Flag } from "../../../../contracts/flags";
import { isApiError } from "../../api/client";
import { useReviewActions } from "../../hooks/useReviewActions";
import { formatNumber } from "../../lib/format";
import { readToken } from "../../lib/token";
import { describeError } from "./describe-error";

export type ReviewMessage = { kind: "ok" | "error"; text: string } | null;

/**
 * The queue's writes, each saying in the page's message line what happened; a write without a token is
 * not sent. Every action carries the note typed on its flag.
 */
export function useFlagActions(opts: {
  notes: Record<number, string>;
  setMessage: Dispatch<SetStateAction<ReviewMessage>>;
  setEditing: Dispatch<SetStateAction<number | null>>;
}) {
  const { notes, setMessage, setEditing } = opts;
  const actions = useReviewActions();

  const run = async (what: string, fn: () => Promise<unknown>) => {
    if (!readToken()) {
      setMessage({ kind: "error", text: `To ${what}, paste a reviewer token in the field above first.` });
      return false;
    }
    try {
      await fn();
      return true;
    } catch (err) {
      setMessage({ kind: "error", text: describeError(err) });
      return false;
    }
  };
  const noteOf = (flagId: number) => notes[flagId]?.trim() || undefined;
  const accept = (f: Flag, c: ClaimOut) =>
    run("accept a claim", async () => {
      await actions.review.mutateAsync({ id: c.id, body: { action: "accept", note: noteOf(f.id) } });
      setMessage({
        kind: "ok",
        text: `Claim ${c.id} (${c.subject?.name ?? c.subjectText ?? "no subject"}, ${c.valueText ?? c.value}) accepted as correct.`,
      });
    });
  const reject = (f: Flag, c: ClaimOut) =>
    run("reject a claim", async () => {
      await actions.review.mutateAsync({ id: c.id, body: { action: "reject", note: noteOf(f.id) } });
      setMessage({ kind: "ok", text: `Claim ${c.id} rejected as not a claim; it no longer counts on leaderboards.` });
    });
  const correct = (f: Flag, c: ClaimOut, value: number) =>
    run("correct a claim", async () => {
      await actions.correct.mutateAsync({ id: c.id, body: { value, note: noteOf(f.id) } });
      setEditing(null);
      setMessage({
        kind: "ok",
        text: `Claim ${c.id} corrected from ${formatNumber(c.value)} to ${formatNumber(value)}.`,
      });
    });
  const resolve = (f: Flag, to: "resolved" | "dismissed") =>
    run(to === "resolved" ? "resolve a flag" : "dismiss a flag", async () => {
      try {
        await actions.resolve.mutateAsync({ id: f.id, body: { status: to, note: noteOf(f.id) } });
        setMessage({ kind: "ok", text: `Flag ${f.id} ${to}.` });
      } catch (err) {
        // A correction can make a flag stop holding; recomputing then removes it.
        if (isApiError(err) && err.status === 404)
          setMessage({ kind: "ok", text: `Flag ${f.id} no longer holds after the changes, so it was closed.` });
        else throw err;
      }
    });

  const busy = actions.review.isPending || actions.correct.isPending || actions.resolve.isPending;
  return { accept, reject, correct, resolve, busy };
}
