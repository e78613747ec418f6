import { useMemo } from "react";
import {
  CartesianGrid,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
  type TooltipProps,
} from "recharts";
import { EvidenceSentence } from "../components/Claims";
import { formatDate, formatNumber, formatStated } from "../lib/format";
import { buildSeries, formatTick, type ChartClaim, type ClaimPoint, type Direction } from "./series";
import { tex } from "../lib/tex";

export interface ClaimsScatterChartProps {
  /** Absolute claims of one benchmark (any order). */
  claims: readonly ChartClaim[];
  direction: Direction;
  /** Axis label, e.g. "FID" or "Top-1 accuracy". */
  metricLabel: string;
  unit: string | null;
  height?: number;
  /** Called when a point is clicked (e.g. to open the paper). */
  onSelectClaim?: (claim: ChartClaim) => void;
}

/**
 * Every absolute claim of a benchmark against its paper's date, with a step line of the best value so far
 * (direction-aware). Claims of undated papers sit in a separate "undated" band and do not move the line.
 * Pure presentation: data in, SVG out.
 */
export function ClaimsScatterChart({
  claims,
  direction,
  metricLabel,
  unit,
  height = 360,
  onSelectClaim,
}: ClaimsScatterChartProps) {
  const series = useMemo(() => buildSeries(claims, direction), [claims, direction]);
  const regular = series.points.filter((p) => !p.record);
  const records = series.points.filter((p) => p.record);
  const yLabel = `${metricLabel}${unit && unit !== "x" ? ` (${unit})` : ""} ${direction === "lower" ? "↓" : "↑"}`;
  const click = onSelectClaim
    ? (data: unknown) => {
        const p = (data as { payload?: ClaimPoint }).payload;
        if (p) onSelectClaim(p.claim);
      }
    : undefined;

  return (
    <div className="chart-wrap">
      <div className="chart" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 12, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            {series.undatedBand && (
              <ReferenceArea
                x1={series.undatedBand.x0}
                x2={series.undatedBand.x1}
                className="chart-undated-band"
                ifOverflow="extendDomain"
              />
            )}
            <XAxis
              type="number"
              dataKey="x"
              domain={series.xDomain}
              ticks={series.ticks}
              tickFormatter={(x: number) => formatTick(x, series)}
              allowDataOverflow
              name="date"
              height={36}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={["auto", "auto"]}
              tickFormatter={(v: number) => formatNumber(v)}
              name={metricLabel}
              width={64}
              label={{ value: yLabel, angle: -90, position: "insideLeft", offset: 4, className: "chart-axis-label" }}
            />
            {/* Marks a little larger than recharts' default, easier to hover and tap. */}
            <ZAxis range={[90, 90]} />
            <Tooltip content={<ClaimTooltip />} cursor={{ strokeDasharray: "3 3" }} isAnimationActive={false} />
            {series.step.length > 0 && (
              <Scatter
                name="Best so far"
                data={series.step}
                className="series-best"
                line={{ className: "best-line" }}
                lineType="joint"
                lineJointType="stepAfter"
                shape={() => <g />}
                isAnimationActive={false}
                legendType="none"
              />
            )}
            <Scatter
              name="Claims"
              data={regular}
              className="series-claims"
              shape="circle"
              isAnimationActive={false}
              onClick={click}
            />
            <Scatter
              name="New best"
              data={records}
              className="series-records"
              shape="diamond"
              isAnimationActive={false}
              onClick={click}
            />
          </ScatterChart>
        </ResponsiveContainer>
        <span className="visually-hidden">
          {`Chart of ${series.points.length} claims for ${metricLabel}; ${series.datedCount} dated, ${series.undatedCount} from undated papers.`}
        </span>
      </div>
      <ChartLegend undatedCount={series.undatedCount} hasLine={series.step.length > 0} direction={direction} />
    </div>
  );
}

function ClaimTooltip({ active, payload }: TooltipProps<number, string>) {
  const point = active ? (payload?.[0]?.payload as ClaimPoint | undefined) : undefined;
  if (!point?.claim) return null;
  const c = point.claim;
  const subject = c.subject?.name ?? c.subjectText ?? "unnamed subject";
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-value">
        <strong>{subject}</strong>: {formatStated(c.value, c.valueText, c.unit, c.qualifier)}
        {point.record && <span className="badge badge-record">new best</span>}
      </div>
      <div className="chart-tooltip-paper">
        {tex(c.paper.title)}
        <span className="muted"> · {formatDate(c.paper.date)}</span>
      </div>
      <blockquote className="chart-tooltip-evidence">
        <EvidenceSentence sentence={c.sentence ?? ""} evidence={c.evidence} />
      </blockquote>
    </div>
  );
}

/** The chart's legend, as HTML so it wraps on phones and reads well to screen readers. */
function ChartLegend({
  undatedCount,
  hasLine,
  direction,
}: {
  undatedCount: number;
  hasLine: boolean;
  direction: Direction;
}) {
  return (
    <ul className="chart-legend">
      <li>
        <span className="legend-swatch legend-claim" aria-hidden="true" /> claim
      </li>
      {hasLine && (
        <>
          <li>
            <span className="legend-swatch legend-record" aria-hidden="true" /> claim that beat every earlier one
          </li>
          <li>
            <span className="legend-swatch legend-line" aria-hidden="true" /> best so far ({direction} is better)
          </li>
        </>
      )}
      {undatedCount > 0 && (
        <li>
          <span className="legend-swatch legend-undated" aria-hidden="true" /> {undatedCount} claim
          {undatedCount === 1 ? "" : "s"} from papers without a date, spread across the “undated” band and left out of
          the best-so-far line
        </li>
      )}
    </ul>
  );
}
