import { useMemo } from "react";
import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
  type TooltipProps,
} from "recharts";
import { Link } from "wouter";
import type { SubjectBenchmarkGroup } from "../../../contracts/subjects";
import { EvidenceSentence } from "../components/Claims";
import { formatDate, formatNumber, formatStated, metricLabel } from "../lib/format";
import { buildSeries, formatTick, type ChartClaim, type ClaimPoint } from "./series";
import { tex } from "../lib/tex";

interface Point extends ClaimPoint {
  best: boolean;
}

/**
 * Small multiples, one per benchmark: each live absolute claim about the subject as a dot at its paper's
 * date (undated papers in a band on the right), so papers that report different numbers stand apart.
 * The subject's best claim (as the leaderboard picks it) is a diamond.
 */
export function SubjectClaimsChart({
  groups,
  onSelectPaper,
}: {
  groups: readonly SubjectBenchmarkGroup[];
  onSelectPaper?: (paperId: number) => void;
}) {
  return (
    <div className="small-multiples">
      {groups.map((g) => (
        <MiniChart key={g.benchmark.id} group={g} onSelectPaper={onSelectPaper} />
      ))}
    </div>
  );
}

function MiniChart({
  group,
  onSelectPaper,
}: {
  group: SubjectBenchmarkGroup;
  onSelectPaper?: (paperId: number) => void;
}) {
  const { benchmark } = group;
  const series = useMemo(() => {
    const live: ChartClaim[] = group.claims
      .filter((c) => c.kind === "absolute" && c.reviewStatus !== "rejected")
      .map((c) => ({ ...c, sentence: c.sentence, valueText: c.valueText }));
    return buildSeries(live, benchmark.direction);
  }, [group, benchmark.direction]);
  const bestId = group.best?.claimId;
  const points: Point[] = series.points.map((p) => ({ ...p, best: p.claim.id === bestId }));
  const ys = points.map((p) => p.y);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  // Room around the dots, so none sits on the frame (a single value gets ±5% of itself).
  const pad = hi > lo ? (hi - lo) * 0.15 : Math.abs(hi) * 0.05 || 1;
  const yDomain: [number, number] = [lo - pad, hi + pad];
  const others = points.filter((p) => !p.best);
  const best = points.filter((p) => p.best);
  const click = onSelectPaper
    ? (data: unknown) => {
        const p = (data as { payload?: Point }).payload;
        if (p) onSelectPaper(p.claim.paper.id);
      }
    : undefined;
  return (
    <figure className="mini-chart">
      <figcaption>
        <Link href={`/benchmarks/${encodeURIComponent(benchmark.id)}`}>
          {tex(benchmark.dataset)} · {metricLabel(benchmark.metric)}
        </Link>{" "}
        <span className="muted small">
          {benchmark.direction === "lower" ? "↓ lower is better" : "↑ higher is better"}
        </span>
        {group.papersDisagree && <span className="disagree-badge">papers disagree</span>}
      </figcaption>
      <div className="chart" style={{ height: 170 }}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 8, right: 12, bottom: 4, left: 4 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="x"
              domain={series.xDomain}
              ticks={series.ticks}
              tickFormatter={(x: number) => formatTick(x, series)}
              allowDataOverflow
              height={28}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={yDomain}
              tickCount={4}
              tickFormatter={(v: number) => formatNumber(Number(v.toPrecision(3)))}
              width={52}
            />
            <ZAxis range={[80, 80]} />
            <Tooltip content={<PointTooltip />} isAnimationActive={false} />
            <Scatter data={others} className="series-claims" shape="circle" isAnimationActive={false} onClick={click} />
            <Scatter data={best} className="series-records" shape="diamond" isAnimationActive={false} onClick={click} />
          </ScatterChart>
        </ResponsiveContainer>
        <span className="visually-hidden">{`${points.length} claims by ${group.paperCount} papers, ${group.distinctValues} distinct values.`}</span>
      </div>
    </figure>
  );
}

function PointTooltip({ active, payload }: TooltipProps<number, string>) {
  const point = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
  if (!point?.claim) return null;
  const c = point.claim;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-value">
        <strong>{formatStated(c.value, c.valueText, c.unit, c.qualifier)}</strong>
        {point.best && <span className="badge badge-record">best</span>}
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
