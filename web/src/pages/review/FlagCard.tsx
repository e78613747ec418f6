import { Link } from "wouter";
import type { ClaimOut } from "../../../../contracts/claims";
import type { Flag } from "../../../../contracts/flags";
import { FLAG_WORDS, formatDate } from "../../lib/format";
import { ClaimCard } from "./ClaimCard";

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

export function FlagCard(p: FlagCardProps) {
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
