import { useId } from "react";
import { Link } from "wouter";
import type { FlagRef } from "../../../contracts/flags";
import { FLAG_WORDS, formatNumber, formatStated } from "../lib/format";
import { FLAG_EXPLANATIONS } from "../lib/flag-explanations";
import { mathDollarIndices, tex, texPiece } from "../lib/tex";

/**
 * Open-flag badges, one per flag code with how many flags of that code the claim carries; each links to
 * the review queue filtered to that claim. What the code means shows on hover and on keyboard focus, and
 * is the link's accessible description.
 */
export function FlagBadges({ flags, claimId }: { flags: readonly FlagRef[]; claimId: number }) {
  const baseId = useId();
  if (flags.length === 0) return null;
  const byCode = new Map<string, FlagRef[]>();
  for (const f of flags) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  return (
    <span className="flag-badges">
      {[...byCode.values()].map((group) => {
        const f = group[0]!;
        const words = FLAG_WORDS[f.code] ?? f.code;
        const tipId = `${baseId}-${f.code}`;
        return (
          <span key={f.code} className="flag-badge-wrap">
            <Link
              href={`/review?claim=${claimId}`}
              className={`flag-badge severity-${f.severity}`}
              aria-describedby={tipId}
            >
              <span aria-hidden="true">⚑</span> {words}
              {group.length > 1 && <span className="flag-count"> ×{group.length}</span>}
            </Link>
            <span role="tooltip" id={tipId} className="flag-tip">
              {FLAG_EXPLANATIONS[f.code]}{" "}
              {group.length > 1 ? `${group.length} open flags of this kind.` : `${f.severity} severity.`} Opens the
              review queue.
            </span>
          </span>
        );
      })}
    </span>
  );
}

export interface StatedValueProps {
  value: number;
  valueText: string | null;
  unit: string | null;
  qualifier: string;
  reviewStatus: "accepted" | "rejected" | "corrected" | null;
  /** The value as first extracted, when a reviewer corrected it. */
  originalValue: number | null;
}

/** A claimed value as the paper wrote it; a corrected one shows the original struck through. */
export function StatedValue({ value, valueText, unit, qualifier, reviewStatus, originalValue }: StatedValueProps) {
  const shown = formatStated(value, valueText, unit, qualifier);
  if (reviewStatus === "corrected" && originalValue !== null && originalValue !== value) {
    return (
      <span
        className="stated corrected"
        title={`Corrected by a reviewer; the extraction said ${formatNumber(originalValue)}`}
      >
        <del className="original-value">
          <span className="visually-hidden">extracted as </span>
          {formatNumber(originalValue)}
        </del>{" "}
        <ins className="corrected-value">{shown}</ins>
      </span>
    );
  }
  return (
    <span className={`stated${reviewStatus === "rejected" ? " rejected" : ""}`}>
      {reviewStatus === "rejected" ? <del title="Rejected by a reviewer as not a claim">{shown}</del> : shown}
    </span>
  );
}

/** A review status in words, or nothing for unreviewed claims. */
export function ReviewStatus({ status }: { status: "accepted" | "rejected" | "corrected" | null }) {
  if (!status) return null;
  return <span className={`review-status review-${status}`}>{status}</span>;
}

/** The source sentence with the claim's evidence marked; falls back to the evidence alone. */
export function EvidenceSentence({ sentence, evidence }: { sentence: string; evidence: string }) {
  const text = sentence || evidence;
  const at = evidence ? text.indexOf(evidence) : -1;
  if (at < 0) return <q className="evidence-sentence">{tex(text)}</q>;
  const dollars = mathDollarIndices(text);
  return (
    <q className="evidence-sentence">
      {texPiece(text, 0, at, dollars)}
      <mark>{texPiece(text, at, at + evidence.length, dollars)}</mark>
      {texPiece(text, at + evidence.length, text.length, dollars)}
    </q>
  );
}
