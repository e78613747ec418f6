import { useMemo } from "react";
import type { ClaimOut } from "../../../contracts/claims";
import { formatClaimValue, metricLabel } from "../lib/format";
import { segmentText } from "../lib/highlight";
import { mathDollarIndices, texPiece } from "../lib/tex";

type HighlightClaim = Pick<
  ClaimOut,
  "id" | "evidenceStart" | "evidenceEnd" | "metric" | "value" | "unit" | "kind" | "qualifier"
>;

function describe(c: HighlightClaim): string {
  return `${metricLabel(c.metric)}: ${formatClaimValue(c.value, c.unit, c.qualifier)} (${c.kind}${c.unit ? `, unit ${c.unit}` : ", no unit"})`;
}

/**
 * The abstract with each claim's evidence span highlighted. Overlapping spans are cut into segments
 * (see segmentText), so the text is never duplicated or broken; a segment under two or more claims is
 * marked darker and its tooltip lists every claim. Each highlight links to its row in the claims table.
 */
export function HighlightedAbstract({ abstract, claims }: { abstract: string; claims: readonly HighlightClaim[] }) {
  const dollars = useMemo(() => mathDollarIndices(abstract), [abstract]);
  const { segments, unplaced } = useMemo(
    () =>
      segmentText(
        abstract,
        claims.map((c) => ({ start: c.evidenceStart, end: c.evidenceEnd, claim: c })),
      ),
    [abstract, claims],
  );
  return (
    <>
      <p className="abstract">
        {segments.map((seg) => {
          const shown = texPiece(abstract, seg.start, seg.start + seg.text.length, dollars);
          if (seg.spans.length === 0) return <span key={seg.start}>{shown}</span>;
          const title = seg.spans.map((s) => describe(s.claim)).join("\n");
          const first = seg.spans[0]!.claim;
          return (
            <a
              key={seg.start}
              href={`#claim-${first.id}`}
              className={seg.spans.length > 1 ? "claim-mark claim-mark-overlap" : "claim-mark"}
              title={title}
              aria-label={`${shown} — ${title.replace(/\n/g, "; ")}`}
              data-claims={seg.spans.map((s) => s.claim.id).join(" ")}
            >
              <mark>{shown}</mark>
            </a>
          );
        })}
      </p>
      {unplaced.length > 0 && (
        <p className="muted small">
          {unplaced.length} claim{unplaced.length === 1 ? "'s" : "s'"} evidence offsets fall outside the abstract and
          could not be highlighted.
        </p>
      )}
    </>
  );
}
