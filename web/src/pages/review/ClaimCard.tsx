import { Link } from "wouter";
import type { ClaimOut } from "../../../../contracts/claims";
import { EvidenceSentence, ReviewStatus, StatedValue } from "../../components/Claims";
import { formatDate, metricLabel } from "../../lib/format";
import { tex } from "../../lib/tex";
import { CorrectForm } from "./CorrectForm";

export function ClaimCard(p: {
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
