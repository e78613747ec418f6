import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import type { ClaimOut } from "../../../contracts/claims";
import type { Flag } from "../../../contracts/flags";
import { isApiError } from "../api/client";
import { EvidenceSentence, ReviewStatus, StatedValue } from "../components/Claims";
import { LoadMore } from "../components/LoadMore";
import { ReviewerToken } from "../components/ReviewerToken";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { useFlagCounts, useFlags, type FlagsQuery } from "../hooks/useFlags";
import { useReviewActions } from "../hooks/useReviewActions";
import {
  FLAG_CODES,
  FLAG_SEVERITIES,
  FLAG_STATUSES,
  FLAG_WORDS,
  formatDate,
  formatNumber,
  metricLabel,
  plural,
} from "../lib/format";
import { readToken, useToken } from "../lib/token";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { isTyping, useQueryParams } from "../lib/useQueryParams";
import { tex } from "../lib/tex";

type Status = (typeof FLAG_STATUSES)[number];

const SHORTCUTS: [string, string][] = [
  ["j / k", "next / previous flag"],
  ["h / l", "previous / next claim of the flag"],
  ["a", "accept the selected claim as correct"],
  ["r", "reject the selected claim as not a claim"],
  ["e", "correct the selected claim's value"],
  ["s", "resolve the flag (handled)"],
  ["d", "dismiss the flag (not a problem)"],
  ["?", "show or hide this help"],
];

/** Turns a failed write into words: a refused token says what to do about it. */
function describeError(err: unknown): string {
  if (isApiError(err)) {
    if (err.status === 401)
      return `The server did not accept the reviewer token: ${err.message}. Paste a valid reviewer token above.`;
    if (err.status === 403) return `This token may not review: ${err.message}.`;
    if (err.status === 429) return `Too many writes in a short time: ${err.message}. Wait a moment and try again.`;
    return `${err.message} (${err.code})`;
  }
  return err instanceof Error ? err.message : String(err);
}

/** `/review?status=&code=&severity=&claim=&benchmark=`: the review queue with one-click, one-key actions. */
export function ReviewPage() {
  useDocumentTitle("Review queue");
  const { get, set } = useQueryParams();
  const statusParam = get("status");
  const status: Status | undefined =
    statusParam === "all"
      ? undefined
      : (FLAG_STATUSES as readonly string[]).includes(statusParam)
        ? (statusParam as Status)
        : "open";
  const code = (FLAG_CODES as readonly string[]).includes(get("code"))
    ? (get("code") as FlagsQuery["code"])
    : undefined;
  const severity = (FLAG_SEVERITIES as readonly string[]).includes(get("severity"))
    ? (get("severity") as FlagsQuery["severity"])
    : undefined;
  const claim = /^\d+$/.test(get("claim")) ? Number(get("claim")) : undefined;
  const benchmark = get("benchmark") || undefined;
  const flags = useFlags({ status, code, severity, claim, benchmark, limit: 50 });
  const counts = useFlagCounts();
  const items = flags.data?.pages.flatMap((p) => p.items) ?? [];
  const token = useToken();
  const actions = useReviewActions();

  const [sel, setSel] = useState(0);
  const [csel, setCsel] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const [help, setHelp] = useState(false);
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const cardRefs = useRef(new Map<number, HTMLElement>());
  // A new token makes an earlier "token refused" message stale.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect runs because the token changed
  useEffect(() => setMessage(null), [token]);

  const selected = items[Math.min(sel, items.length - 1)];
  const selectedClaim = selected?.claims[Math.min(csel, (selected?.claims.length ?? 1) - 1)];
  useEffect(() => {
    if (sel > 0 && sel >= items.length) setSel(Math.max(0, items.length - 1));
  }, [items.length, sel]);

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

  const stateRef = useRef({ items, selected, selectedClaim, editing });
  stateRef.current = { items, selected, selectedClaim, editing };
  const handlers = useRef({ accept, reject, resolve });
  handlers.current = { accept, reject, resolve };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      const { items, selected, selectedClaim } = stateRef.current;
      const h = handlers.current;
      switch (e.key) {
        case "j":
          setSel((i) => Math.min(items.length - 1, i + 1));
          setCsel(0);
          break;
        case "k":
          setSel((i) => Math.max(0, i - 1));
          setCsel(0);
          break;
        case "l":
          setCsel((i) => Math.min((selected?.claims.length ?? 1) - 1, i + 1));
          break;
        case "h":
          setCsel((i) => Math.max(0, i - 1));
          break;
        case "a":
          if (selected && selectedClaim) void h.accept(selected, selectedClaim);
          break;
        case "r":
          if (selected && selectedClaim) void h.reject(selected, selectedClaim);
          break;
        case "e":
          if (selectedClaim) setEditing(selectedClaim.id);
          e.preventDefault();
          break;
        case "s":
          if (selected) void h.resolve(selected, "resolved");
          break;
        case "d":
          if (selected) void h.resolve(selected, "dismissed");
          break;
        case "?":
          setHelp((v) => !v);
          break;
        case "Escape":
          setHelp(false);
          setEditing(null);
          break;
        default:
          return;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the selected flag changes, not on each refetch of it
  useEffect(() => {
    if (selected) cardRefs.current.get(selected.id)?.scrollIntoView({ block: "nearest" });
  }, [selected?.id]);

  const busy = actions.review.isPending || actions.correct.isPending || actions.resolve.isPending;
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
      {help && (
        <section id="shortcut-help" className="panel shortcut-help" aria-label="Keyboard shortcuts">
          <dl>
            {SHORTCUTS.map(([k, what]) => (
              <div key={k}>
                <dt>
                  <kbd>{k}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <Filters
        status={statusParam || "open"}
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

function Filters(props: {
  status: string;
  code: string | undefined;
  severity: string | undefined;
  claim: number | undefined;
  benchmark: string | undefined;
  byCode: Record<string, number> | undefined;
  set: ReturnType<typeof useQueryParams>["set"];
}) {
  const { set } = props;
  return (
    <form className="filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
      <label>
        Status
        <select
          value={props.status}
          onChange={(e) => set({ status: e.target.value === "open" ? null : e.target.value })}
        >
          {FLAG_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          <option value="all">any</option>
        </select>
      </label>
      <label>
        Kind
        <select value={props.code ?? ""} onChange={(e) => set({ code: e.target.value })}>
          <option value="">all kinds</option>
          {FLAG_CODES.map((c) => (
            <option key={c} value={c}>
              {FLAG_WORDS[c] ?? c}
              {props.byCode?.[c] ? ` (${props.byCode[c]} open)` : ""}
            </option>
          ))}
        </select>
      </label>
      <label>
        Severity
        <select value={props.severity ?? ""} onChange={(e) => set({ severity: e.target.value })}>
          <option value="">any</option>
          {FLAG_SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {props.claim !== undefined && (
        <button
          type="button"
          className="chip"
          onClick={() => set({ claim: null })}
          aria-label={`Show flags of every claim, not only claim ${props.claim}`}
        >
          claim {props.claim} <span aria-hidden="true">×</span>
        </button>
      )}
      {props.benchmark && (
        <button
          type="button"
          className="chip"
          onClick={() => set({ benchmark: null })}
          aria-label="Show flags of every benchmark"
        >
          benchmark {props.benchmark} <span aria-hidden="true">×</span>
        </button>
      )}
    </form>
  );
}

interface FlagCardProps {
  flag: Flag;
  selected: boolean;
  selectedClaimId: number | undefined;
  editing: number | null;
  busy: boolean;
  note: string;
  onNote: (v: string) => void;
  onSelect: (claimIndex?: number) => void;
  onEdit: (claimId: number | null) => void;
  onAccept: (c: ClaimOut) => void;
  onReject: (c: ClaimOut) => void;
  onCorrect: (c: ClaimOut, value: number) => void;
  onResolve: (to: "resolved" | "dismissed") => void;
  refCallback: (el: HTMLElement | null) => void;
}

function FlagCard(p: FlagCardProps) {
  const f = p.flag;
  const open = f.status === "open";
  return (
    <section
      ref={p.refCallback}
      className={`flag-card${p.selected ? " selected" : ""}`}
      aria-labelledby={`flag-${f.id}-title`}
      aria-current={p.selected ? "true" : undefined}
      data-flag-id={f.id}
      onClick={() => p.onSelect()}
    >
      <header className="flag-card-head">
        <h2 id={`flag-${f.id}-title`}>
          <span className={`flag-code severity-${f.severity}`}>{f.code}</span> {FLAG_WORDS[f.code] ?? f.code}
          <span className="visually-hidden">, flag {f.id}</span>
        </h2>
        <span className={`pill severity-pill severity-${f.severity}`}>{f.severity}</span>
        <span className={`pill status-${f.status}`}>{f.status}</span>
        {f.benchmarkId && (
          <Link href={`/benchmarks/${encodeURIComponent(f.benchmarkId)}`} onClick={(e) => e.stopPropagation()}>
            leaderboard →
          </Link>
        )}
      </header>
      <p className="flag-explanation">{f.explanation}</p>
      <div className="flag-claims" style={{ ["--cols" as string]: Math.min(3, Math.max(1, f.claims.length)) }}>
        {f.claims.map((c, i) => (
          <ClaimCard
            key={c.id}
            claim={c}
            selected={p.selectedClaimId === c.id}
            editing={p.editing === c.id}
            busy={p.busy}
            onSelect={() => p.onSelect(i)}
            onEdit={(on) => p.onEdit(on ? c.id : null)}
            onAccept={() => p.onAccept(c)}
            onReject={() => p.onReject(c)}
            onCorrect={(v) => p.onCorrect(c, v)}
          />
        ))}
      </div>
      {open ? (
        <div className="flag-actions">
          <label className="note-field">
            Note <span className="muted small">(optional, saved with every action on this flag)</span>
            <input
              type="text"
              value={p.note}
              maxLength={2000}
              onChange={(e) => p.onNote(e.target.value)}
              placeholder="why, for the audit log"
            />
          </label>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={p.busy}
              onClick={() => p.onResolve("resolved")}
              aria-keyshortcuts="s"
            >
              Resolve flag <kbd>s</kbd>
            </button>
            <button
              type="button"
              className="button"
              disabled={p.busy}
              onClick={() => p.onResolve("dismissed")}
              aria-keyshortcuts="d"
            >
              Dismiss <kbd>d</kbd>
            </button>
          </div>
        </div>
      ) : (
        <p className="muted small">
          {f.status} {f.resolvedAt ? formatDate(f.resolvedAt.slice(0, 10)) : ""} by {f.resolvedBy ?? "someone"}
          {f.resolutionNote ? `: “${f.resolutionNote}”` : ""}
        </p>
      )}
    </section>
  );
}

function ClaimCard(p: {
  claim: ClaimOut;
  selected: boolean;
  editing: boolean;
  busy: boolean;
  onSelect: () => void;
  onEdit: (on: boolean) => void;
  onAccept: () => void;
  onReject: () => void;
  onCorrect: (value: number) => void;
}) {
  const c = p.claim;
  const subject = c.subject?.name ?? c.subjectText ?? "no subject";
  return (
    <div
      className={`claim-card${p.selected ? " selected" : ""}`}
      onClick={(e) => {
        e.stopPropagation();
        p.onSelect();
      }}
      data-claim-id={c.id}
    >
      <div className="claim-card-head">
        {c.subject ? <Link href={`/subjects/${c.subject.id}`}>{subject}</Link> : <span>{subject}</span>}
        <span className="muted small">
          {" "}
          · {metricLabel(c.metric)}
          {c.dataset ? ` on ${c.dataset.name}` : ""} · {c.kind}
        </span>
      </div>
      <div className="claim-card-value">
        <StatedValue
          value={c.value}
          valueText={c.valueText}
          unit={c.unit}
          qualifier={c.qualifier}
          reviewStatus={c.reviewStatus}
          originalValue={c.reviewStatus === "corrected" ? c.original.value : null}
        />{" "}
        <ReviewStatus status={c.reviewStatus} />
      </div>
      <div className="claim-card-paper">
        <Link href={`/papers/${c.paper.id}#claim-${c.id}`}>{tex(c.paper.title)}</Link>{" "}
        <span className="muted small">· {formatDate(c.paper.date)}</span>
      </div>
      <blockquote className="claim-card-sentence">
        <EvidenceSentence sentence={c.sentence} evidence={c.evidence} />
      </blockquote>
      {c.condition && <p className="muted small">Condition: {c.condition}</p>}
      {p.editing ? (
        <CorrectForm claim={c} busy={p.busy} onCancel={() => p.onEdit(false)} onSave={p.onCorrect} />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={p.busy}
            onClick={p.onAccept}
            aria-keyshortcuts="a"
            aria-label={`Accept ${subject} ${c.valueText ?? c.value} as correct`}
          >
            Accept <kbd>a</kbd>
          </button>
          <button
            type="button"
            className="button danger"
            disabled={p.busy}
            onClick={p.onReject}
            aria-keyshortcuts="r"
            aria-label={`Reject ${subject} ${c.valueText ?? c.value} as not a claim`}
          >
            Reject <kbd>r</kbd>
          </button>
          <button
            type="button"
            className="button"
            disabled={p.busy}
            onClick={() => p.onEdit(true)}
            aria-keyshortcuts="e"
            aria-label={`Correct the value of ${subject} ${c.valueText ?? c.value}`}
          >
            Correct <kbd>e</kbd>
          </button>
        </div>
      )}
    </div>
  );
}

function CorrectForm({
  claim,
  busy,
  onCancel,
  onSave,
}: {
  claim: ClaimOut;
  busy: boolean;
  onCancel: () => void;
  onSave: (value: number) => void;
}) {
  const [text, setText] = useState(claim.valueText ?? String(claim.value));
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  const value = Number(text.replace(/,/g, "").trim());
  const valid = text.trim() !== "" && Number.isFinite(value);
  return (
    <form
      className="correct-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSave(value);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <label>
        Corrected value{claim.unit ? ` (${claim.unit})` : ""}
        <input
          ref={inputRef}
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!valid}
        />
      </label>
      {!valid && <span className="message-error small">Enter a number, e.g. 2.27</span>}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={!valid || busy}>
          Save correction
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
