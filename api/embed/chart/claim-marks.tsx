import { escapeHtml } from "../../../domain/embed-links/escape.js";
import type { Placed } from "./best-placement.js";
import { r1 } from "./layout.js";
import type { Palette } from "./theme.js";
import { pointTitle } from "./words.js";

/** One circle per claim, records and highlighted subjects drawn larger and on top. */
export function ClaimMarks({
  placed,
  count,
  unit,
  p,
}: {
  placed: readonly Placed[];
  /** Every claim on the chart: the more there are, the smaller the dots. */
  count: number;
  unit: string | null;
  p: Palette;
}) {
  const radius = count > 400 ? 2.6 : count > 100 ? 3.2 : 4;
  const regular = placed.filter((q) => !q.record && !q.highlighted);
  const records = placed.filter((q) => q.record && !q.highlighted);
  const highlighted = placed.filter((q) => q.highlighted);
  // Up to thousands of marks: built as a string (every text through escapeHtml), several times faster than elements.
  const circles = (qs: Placed[], r: number) => {
    let out = "";
    for (const q of qs) {
      out += `<circle data-claim="${Number(q.pt.claimId)}" cx="${r1(q.x)}" cy="${r1(q.y)}" r="${r}"><title>${escapeHtml(pointTitle(q.pt, unit))}</title></circle>`;
    }
    return { __html: out };
  };
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: circles() prints numbers only; thousands of points as one string keep the SVG fast */}
      <g className="claims" fill={p.point} fillOpacity={0.55} dangerouslySetInnerHTML={circles(regular, radius)} />
      <g
        className="records"
        fill={p.record}
        stroke={p.bg}
        strokeWidth={1}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: circles() prints numbers only
        dangerouslySetInnerHTML={circles(records, radius + 1.6)}
      />
      <g
        className="highlighted"
        fill={p.highlight}
        stroke={p.bg}
        strokeWidth={1}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: circles() prints numbers only
        dangerouslySetInnerHTML={circles(highlighted, radius + 1.6)}
      />
    </>
  );
}
