import { useEffect, useRef, useState } from "react";
import { LoadMore } from "../../components/LoadMore";
import { ReviewerToken } from "../../components/ReviewerToken";
import { Empty, ErrorMessage, Loading } from "../../components/Status";
import { useFlagCounts, useFlags } from "../../hooks/useFlags";
import { plural } from "../../lib/format";
import { useToken } from "../../lib/token";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { useQueryParams } from "../../lib/useQueryParams";
import { FlagCard } from "./FlagCard";
import { useReviewKeys } from "./keyboard";
import { QueueFilters } from "./QueueFilters";
import { readQueueFilter } from "./queue-url";
import { ShortcutHelp } from "./ShortcutHelp";
import { type ReviewMessage, useFlagActions } from "./useFlagActions";

/** `/review?status=&code=&severity=&claim=&benchmark=`: the review queue with one-click, one-key actions. */
export function ReviewPage() {
  useDocumentTitle("Review queue");
  const { get, set } = useQueryParams();
  const { status, code, severity, claim, benchmark } = readQueueFilter(get);
  const flags = useFlags({ status, code, severity, claim, benchmark, limit: 50 });
  const counts = useFlagCounts();
  const items = flags.data?.pages.flatMap((p) => p.items) ?? [];
  const token = useToken();

  const [sel, setSel] = useState(0);
  const [csel, setCsel] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const [help, setHelp] = useState(false);
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<ReviewMessage>(null);
  const cardRefs = useRef(new Map<number, HTMLElement>());
  // A new token makes an earlier "token refused" message stale.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect runs because the token changed
  useEffect(() => setMessage(null), [token]);

  const selected = items[Math.min(sel, items.length - 1)];
  const selectedClaim = selected?.claims[Math.min(csel, (selected?.claims.length ?? 1) - 1)];
  useEffect(() => {
    if (sel > 0 && sel >= items.length) setSel(Math.max(0, items.length - 1));
  }, [items.length, sel]);

  const { accept, reject, correct, resolve, busy } = useFlagActions({ notes, setMessage, setEditing });
  useReviewKeys({ items, selected, selectedClaim, setSel, setCsel, setEditing, setHelp, accept, reject, resolve });

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the selected flag changes, not on each refetch of it
  useEffect(() => {
    if (selected) cardRefs.current.get(selected.id)?.scrollIntoView({ block: "nearest" });
  }, [selected?.id]);

  return (
    <article className="review-page">
      <header className="page-head review-head">
        <div>
          <h1>Review queue</h1>
          <p className="meta">
            {counts.data && <span>{plural(counts.data.open, "open flag")}</span>}
            <button
              type="button"
              className="link-button"
              onClick={() => setHelp((v) => !v)}
              aria-expanded={help}
              aria-controls="shortcut-help"
            >
              Keyboard shortcuts <kbd>?</kbd>
            </button>
          </p>
        </div>
        <ReviewerToken />
      </header>
      {help && <ShortcutHelp />}
      <QueueFilters
        status={get("status") || "open"}
        code={code}
        severity={severity}
        claim={claim}
        benchmark={benchmark}
        set={set}
        byCode={counts.data?.byCode}
      />
      <div className="review-message" role="status" aria-live="polite">
        {message && (
          <p className={message.kind === "ok" ? "message-ok" : "message-error"}>
            {message.text}{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => setMessage(null)}
              aria-label="Dismiss this message"
            >
              ×
            </button>
          </p>
        )}
      </div>
      {!token && (
        <p className="muted small">
          You can read the queue without a token; accepting, rejecting, correcting and resolving need one.
        </p>
      )}
      {flags.isPending ? (
        <Loading label="Loading the review queue…" />
      ) : flags.isError ? (
        <ErrorMessage what="the review queue" error={flags.error} onRetry={() => void flags.refetch()} />
      ) : items.length === 0 ? (
        <Empty>
          {status === "open" && !code && !severity && !claim && !benchmark
            ? "Nothing to review: no open flags."
            : "No flags match these filters."}
        </Empty>
      ) : (
        <>
          <ol className="flag-list" aria-busy={flags.isFetching || busy}>
            {items.map((f, i) => (
              <li key={f.id}>
                <FlagCard
                  flag={f}
                  selected={selected?.id === f.id}
                  selectedClaimId={selected?.id === f.id ? selectedClaim?.id : undefined}
                  editing={editing}
                  busy={busy}
                  note={notes[f.id] ?? ""}
                  onNote={(v) => setNotes((n) => ({ ...n, [f.id]: v }))}
                  onSelect={(claimIndex) => {
                    setSel(i);
                    if (claimIndex !== undefined) setCsel(claimIndex);
                  }}
                  onEdit={setEditing}
                  onAccept={(c) => void accept(f, c)}
                  onReject={(c) => void reject(f, c)}
                  onCorrect={(c, v) => void correct(f, c, v)}
                  onResolve={(to) => void resolve(f, to)}
                  refCallback={(el) => {
                    if (el) cardRefs.current.set(f.id, el);
                    else cardRefs.current.delete(f.id);
                  }}
                />
              </li>
            ))}
          </ol>
          <LoadMore
            hasMore={flags.hasNextPage}
            loading={flags.isFetchingNextPage}
            onClick={() => void flags.fetchNextPage()}
            shown={items.length}
            noun="flag"
          />
        </>
      )}
    </article>
  );
}
