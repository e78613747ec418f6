import { lazy, Suspense } from "react";
import { Link, useLocation } from "wouter";
import type { Leaderboard } from "../../../api/schemas/benchmarks";
import { isApiError } from "../api/client";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { useAllClaims } from "../hooks/useClaims";
import { useLeaderboard } from "../hooks/useLeaderboard";
import { directionArrow, directionWords, formatClaimValue, formatDate, metricLabel, plural, sentence } from "../lib/format";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { NotFoundPage } from "./NotFoundPage";

// recharts is most of the bundle: the chart comes in its own chunk, after the table is on screen.
const ClaimsScatterChart = lazy(() => import("../charts/ClaimsScatterChart").then((m) => ({ default: m.ClaimsScatterChart })));

/** At most this many claims are drawn (the API pages 200 at a time). */
const CHART_CAP = 2000;

export function BenchmarkPage({ id }: { id: string }) {
  const board = useLeaderboard(id);
  const b = board.data?.benchmark;
  useDocumentTitle(b ? `${b.dataset} · ${metricLabel(b.metric)}` : id);

  if (board.isPending) return <Loading label="Loading the leaderboard…" />;
  if (board.isError) {
    if (isApiError(board.error) && board.error.status === 404) return <NotFoundPage message={sentence(board.error.message)} />;
    return <ErrorMessage what="the leaderboard" error={board.error} onRetry={() => void board.refetch()} />;
  }
  const { benchmark } = board.data;
  return (
    <article className="benchmark-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Benchmarks</Link> <span aria-hidden="true">/</span> {benchmark.dataset}
      </nav>
      <header className="page-head">
        <h1>
          {benchmark.dataset} <span className="muted">·</span> {metricLabel(benchmark.metric)}
        </h1>
        <p className="meta">
          <span className={`pill direction-${benchmark.direction}`}>
            {directionArrow(benchmark.direction)} {directionWords(benchmark.direction)}
            {!benchmark.directionKnown && (
              <span title="This metric came from an imported table; its direction was guessed from its name."> (guessed)</span>
            )}
          </span>
          {benchmark.unit && <span className="pill">unit: {benchmark.unit}</span>}
          <span>{plural(benchmark.claimCount, "claim")}</span>
          <span>{plural(benchmark.subjectCount, "subject")}</span>
          <span>{plural(benchmark.paperCount, "paper")}</span>
        </p>
      </header>

      <section aria-labelledby="chart-heading" className="panel">
        <h2 id="chart-heading">Reported values over time</h2>
        <ClaimsChartSection benchmark={benchmark} />
      </section>

      <section aria-labelledby="leaderboard-heading" className="panel">
        <h2 id="leaderboard-heading">Leaderboard</h2>
        <p className="muted small">
          The best absolute value each subject (model or method) reports, ranked {benchmark.direction === "lower" ? "lowest" : "highest"} first.
          Numbers are as the papers state them, not reproduced.
        </p>
        <LeaderboardTable board={board.data} />
      </section>
    </article>
  );
}

function LeaderboardTable({ board }: { board: Leaderboard }) {
  if (board.entries.length === 0) return <Empty>No absolute claims naming a subject for this benchmark yet.</Empty>;
  return (
    <div className="table-scroll">
      <table className="table leaderboard-table">
        <caption className="visually-hidden">
          Leaderboard for {board.benchmark.dataset}, {metricLabel(board.benchmark.metric)}, {directionWords(board.benchmark.direction)}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">Rank</th>
            <th scope="col">Subject</th>
            <th scope="col" className="num">{metricLabel(board.benchmark.metric)}</th>
            <th scope="col">Paper</th>
            <th scope="col" className="date-col">Date</th>
          </tr>
        </thead>
        <tbody>
          {board.entries.map((e) => (
            <tr key={e.claimId}>
              <td className="num rank">{e.rank}</td>
              <th scope="row" className="subject">{e.subject}</th>
              <td className="num value" title={e.evidence}>
                {formatClaimValue(e.value, e.unit, e.qualifier)}
              </td>
              <td className="paper-cell">
                <Link href={`/papers/${e.paper.id}`}>{e.paper.title}</Link>
                <span className="date-inline">{formatDate(e.paper.date)}</span>
                <q className="evidence">{e.evidence}</q>
              </td>
              <td className="nowrap date-col">{formatDate(e.paper.date)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ClaimsChartSection({ benchmark }: { benchmark: Leaderboard["benchmark"] }) {
  const [, navigate] = useLocation();
  const claims = useAllClaims({ benchmark: benchmark.id, kind: "absolute" }, CHART_CAP);
  if (claims.isPending) return <Loading label="Loading claims…" />;
  if (claims.isError) return <ErrorMessage what="the claims for the chart" error={claims.error} onRetry={() => void claims.refetch()} />;
  if (claims.data.claims.length === 0) return <Empty>No absolute claims to plot for this benchmark.</Empty>;
  return (
    <>
      <p className="muted small">
        Every absolute claim on this benchmark ({plural(claims.data.claims.length, "claim")}), at its paper's date. Hover a point for the
        subject, paper and evidence; click it to open the paper.
        {claims.data.truncated && ` Only the first ${CHART_CAP} claims are drawn.`}
      </p>
      <Suspense fallback={<Loading label="Loading the chart…" />}>
        <ClaimsScatterChart
          claims={claims.data.claims}
          direction={benchmark.direction}
          metricLabel={metricLabel(benchmark.metric)}
          unit={benchmark.unit}
          onSelectClaim={(c) => navigate(`/papers/${c.paper.id}`)}
        />
      </Suspense>
    </>
  );
}
