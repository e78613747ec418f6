import { lazy, Suspense, useEffect, useMemo } from "react";
import { Link, useLocation } from "wouter";
import type { Leaderboard, LeaderboardQuery, Series } from "../../../contracts/benchmarks";
import type { ClaimOut } from "../../../contracts/claims";
import { isApiError } from "../api/client";
import { EvidenceSentence, FlagBadges, ReviewStatus, StatedValue } from "../components/Claims";
import { EmbedButton } from "../components/EmbedButton";
import { AsOfControl, asOfParam } from "../components/AsOfControl";
import { BoardChanges } from "../components/BoardChanges";
import { PinEmbedButton } from "../components/PinEmbedButton";
import { IdentityPanel } from "../components/IdentityPanel";
import { TierBadge, TierFilter } from "../components/Provenance";
import { MarkdownExport } from "../components/MarkdownExport";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import type { ChartClaim } from "../charts/series";
import { useBenchmarks } from "../hooks/useBenchmarks";
import { useAllClaims } from "../hooks/useClaims";
import { useLeaderboard } from "../hooks/useLeaderboard";
import { useSeries } from "../hooks/useSeries";
import {
  directionArrow,
  directionWords,
  formatDate,
  formatRelative,
  metricLabel,
  plural,
  sentence,
} from "../lib/format";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { useQueryParams } from "../lib/useQueryParams";
import { tiersFromParam } from "../lib/tiers";
import { NotFoundPage } from "./NotFoundPage";
import { tex } from "../lib/tex";

// recharts is most of the bundle: the chart comes in its own chunk. Its download starts as soon as the
// page renders, alongside the leaderboard and series requests, not after them.
let chartChunk: Promise<typeof import("../charts/ClaimsScatterChart")> | null = null;
const preloadChart = () => (chartChunk ??= import("../charts/ClaimsScatterChart"));
const ClaimsScatterChart = lazy(() => preloadChart().then((m) => ({ default: m.ClaimsScatterChart })));

/** `/benchmarks/:id?view=relative`: leaderboard and best-over-time chart, or the relative claims (deltas, speedups). */
export function BenchmarkPage({ id }: { id: string }) {
  const { get, set } = useQueryParams();
  const model = get("model") || undefined;
  const entries = get("entries") === "all" ? "all" : "trusted";
  const asOf = asOfParam(get("asOf"));
  const past = asOf ? { asOf } : {};
  const tiers = tiersFromParam(get("tier"));
  const boardFilter: LeaderboardQuery = {
    ...(model ? { model } : {}),
    entries,
    ...past,
    ...(tiers.length ? { tier: tiers.join(",") } : {}),
  };
  const board = useLeaderboard(id, boardFilter);
  const [, navigate] = useLocation();
  const view = get("view") === "relative" ? "relative" : get("view") === "changes" ? "changes" : "absolute";
  // Fetched in parallel with the leaderboard; the chart section and the setting tabs read the same queries.
  useSeries(id, { entries, ...past });
  useSettingBoards(id);
  useEffect(() => {
    if (view === "absolute") void preloadChart();
  }, [view]);
  const b = board.data?.benchmark;
  useDocumentTitle(
    b ? `${b.dataset} · ${b.metricDisplay ?? metricLabel(b.metric)}${b.setting ? ` · ${b.setting}` : ""}` : id,
  );

  if (board.isPending) return <Loading label="Loading the leaderboard…" />;
  if (board.isError) {
    if (isApiError(board.error) && board.error.status === 404)
      return <NotFoundPage message={sentence(board.error.message)} />;
    return <ErrorMessage what="the leaderboard" error={board.error} onRetry={() => void board.refetch()} />;
  }
  const { benchmark } = board.data;
  const relativeCount = benchmark.claimCount - benchmark.absoluteCount;
  return (
    <article className="benchmark-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/benchmarks">Benchmarks</Link> <span aria-hidden="true">/</span>{" "}
        <Link href={`/benchmarks?dataset=${encodeURIComponent(benchmark.dataset)}`}>{tex(benchmark.dataset)}</Link>
      </nav>
      <header className="page-head">
        <h1>
          {tex(benchmark.dataset)} <span className="muted">·</span>{" "}
          {benchmark.metricDisplay ?? metricLabel(benchmark.metric)}
          {benchmark.setting && (
            <>
              {" "}
              <span className="muted">·</span> <span className="setting-name">{benchmark.setting}</span>
            </>
          )}
        </h1>
        <p className="meta">
          <span
            className="pill"
            title="Numbers of one evaluation setting are ranked together; other settings have their own boards."
          >
            setting: {benchmark.setting || "as reported"}
          </span>
          <Link className="pill family-link" href={`/datasets/${benchmark.datasetId}`}>
            {benchmark.datasetFamily && benchmark.datasetFamily !== benchmark.dataset
              ? `variant of ${benchmark.datasetFamily}`
              : `${benchmark.dataset} and its variants`}
          </Link>
          <span className={`pill direction-${benchmark.direction}`}>
            {directionArrow(benchmark.direction)} {directionWords(benchmark.direction)}
            {!benchmark.directionKnown && (
              <span title="This metric came from an imported table; its direction was guessed from its name.">
                {" "}
                (guessed)
              </span>
            )}
          </span>
          {benchmark.unit && <span className="pill">unit: {benchmark.unit}</span>}
          <span>{plural(benchmark.claimCount, "claim")}</span>
          <span>{plural(benchmark.subjectCount, "subject")}</span>
          <span>{plural(benchmark.paperCount, "paper")}</span>
        </p>
      </header>

      <div className="view-toggle" role="group" aria-label="Which claims to show">
        <button
          type="button"
          className={view === "absolute" ? "toggle active" : "toggle"}
          aria-pressed={view === "absolute"}
          onClick={() => set({ view: null })}
        >
          Absolute scores <span className="muted small">{benchmark.absoluteCount}</span>
        </button>
        <button
          type="button"
          className={view === "relative" ? "toggle active" : "toggle"}
          aria-pressed={view === "relative"}
          onClick={() => set({ view: "relative" })}
        >
          Relative claims <span className="muted small">{relativeCount}</span>
        </button>
        <button
          type="button"
          className={view === "changes" ? "toggle active" : "toggle"}
          aria-pressed={view === "changes"}
          onClick={() => set({ view: "changes" })}
        >
          Changes
        </button>
      </div>

      <SettingTabs benchmark={benchmark} />

      {view === "absolute" ? (
        <>
          <section aria-labelledby="leaderboard-heading" className="panel">
            <h2 id="leaderboard-heading">Leaderboard</h2>
            <ModelFilter board={board.data} model={model} onChange={(m) => set({ model: m ?? null })} />
            <p className="muted small">
              The best absolute value each subject (model or method) reports, ranked{" "}
              {benchmark.direction === "lower" ? "lowest" : "highest"} first by the server. Numbers are as the papers
              state them, not reproduced; ⚑ marks an open flag.
            </p>
            <AsOfControl asOf={asOf} onChange={(d) => set({ asOf: d ?? null })} />
            <EntryScopeToggle board={board.data} onChange={(all) => set({ entries: all ? "all" : null })} />
            <TierFilter selected={tiers} onChange={(t) => set({ tier: t.join(",") || null })} />
            <LeaderboardTable board={board.data} />
            <MarkdownExport benchmarkId={benchmark.id} filter={boardFilter} />
          </section>
          <section aria-labelledby="chart-heading" className="panel">
            <h2 id="chart-heading">Best reported value over time</h2>
            <EmbedButton benchmarkId={benchmark.id} />
            <PinEmbedButton benchmarkId={benchmark.id} asOf={asOf} />
            <ClaimsChartSection id={benchmark.id} entries={entries} asOf={asOf} />
          </section>
        </>
      ) : view === "changes" ? (
        <BoardChanges id={benchmark.id} />
      ) : (
        <RelativeClaims benchmark={benchmark} />
      )}

      {/* Reviewers only (shown while a reviewer token is saved): merge, split and undo the board's dataset and metric. */}
      <IdentityPanel
        key={`d${benchmark.datasetId}`}
        type="dataset"
        entity={{ id: benchmark.datasetId }}
        onMergedAway={(d) => navigate(`/benchmarks?dataset=${encodeURIComponent(d.name)}`)}
      />
      <IdentityPanel
        key={`m${benchmark.metric}`}
        type="metric"
        entity={{ name: benchmark.metric }}
        onMergedAway={(m) => navigate(`/benchmarks?metric=${encodeURIComponent(m.name)}`)}
      />
    </article>
  );
}

/** The other settings of the same dataset variant and metric, each its own board: zero-shot, 5-shot, fine-tuned… */
const useSettingBoards = (id: string) => useBenchmarks({ settingsOf: id, limit: 50 });

function SettingTabs({ benchmark }: { benchmark: Leaderboard["benchmark"] }) {
  const siblings = useSettingBoards(benchmark.id);
  const boards = (siblings.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (b) => b.datasetId === benchmark.datasetId && b.metric === benchmark.metric,
  );
  if (boards.length < 2) return null;
  boards.sort((a, b) => (a.setting === "" ? -1 : b.setting === "" ? 1 : b.subjectCount - a.subjectCount));
  return (
    <nav className="setting-tabs" aria-label="Evaluation settings">
      {boards.map((b) => (
        <Link
          key={b.id}
          href={`/benchmarks/${b.id}`}
          className={b.id === benchmark.id ? "tab active" : "tab"}
          aria-current={b.id === benchmark.id ? "page" : undefined}
        >
          {b.setting || "as reported"} <span className="muted small">{b.subjectCount}</span>
        </Link>
      ))}
    </nav>
  );
}

/** Every method run on one base model ("on Qwen2.5-7B"), or the whole board. */
function ModelFilter({
  board,
  model,
  onChange,
}: {
  board: Leaderboard;
  model: string | undefined;
  onChange: (model: string | undefined) => void;
}) {
  const models = [
    ...new Set(board.entries.flatMap((e) => (e.model !== null && e.modelId !== e.subjectId ? [e.model] : []))),
  ].sort();
  if (!model && models.length === 0) return null;
  return (
    <p className="model-filter">
      <label>
        Base model{" "}
        <select value={model ?? ""} onChange={(ev) => onChange(ev.target.value || undefined)}>
          <option value="">every model</option>
          {model && !models.includes(model) && <option value={model}>{model}</option>}
          {models.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      {model && <span className="muted small"> Only entries measured on {model}.</span>}
    </p>
  );
}

function LeaderboardTable({ board }: { board: Leaderboard }) {
  if (board.entries.length === 0)
    return (
      <Empty>
        {board.hidden > 0
          ? "No trusted entries yet: every number on this board is unverified (see above)."
          : "No absolute claims naming a subject for this benchmark yet."}
      </Empty>
    );
  return (
    <div className="table-scroll">
      <table className="table leaderboard-table">
        <caption className="visually-hidden">
          Leaderboard for {board.benchmark.dataset}, {metricLabel(board.benchmark.metric)},{" "}
          {directionWords(board.benchmark.direction)}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Rank
            </th>
            <th scope="col">Subject</th>
            <th scope="col">Model</th>
            <th scope="col">Condition</th>
            <th scope="col" className="num">
              {board.benchmark.metricDisplay ?? metricLabel(board.benchmark.metric)}
            </th>
            <th scope="col">Paper</th>
            <th scope="col" className="date-col">
              Date
            </th>
          </tr>
        </thead>
        <tbody>
          {board.entries.map((e) => (
            <tr key={e.claimId}>
              <td className="num rank">{e.rank}</td>
              <th scope="row" className="subject">
                <Link href={`/subjects/${e.subjectId}`}>{tex(e.subject)}</Link>
                <FlagBadges flags={e.flags} claimId={e.claimId} />
              </th>
              <td className="model-cell">
                {e.modelId !== null && e.model !== null && e.modelId !== e.subjectId ? (
                  <Link href={`/subjects/${e.modelId}`}>{tex(e.model)}</Link>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="condition-cell">{e.condition ?? <span className="muted">—</span>}</td>
              <td className="num value" title={e.sentence || e.evidence}>
                <StatedValue
                  value={e.value}
                  valueText={e.valueText}
                  unit={e.unit}
                  qualifier={e.qualifier}
                  reviewStatus={e.reviewStatus}
                  originalValue={e.originalValue}
                />
                <TierBadge tier={e.tier} />
                {e.reviewStatus && (
                  <div>
                    <ReviewStatus status={e.reviewStatus} />
                  </div>
                )}
              </td>
              <td className="paper-cell">
                <Link href={`/papers/${e.paper.id}`}>{tex(e.paper.title)}</Link>
                <span className="date-inline">{formatDate(e.paper.date)}</span>
                <EvidenceSentence sentence={e.sentence} evidence={e.evidence} />
              </td>
              <td className="nowrap date-col">{formatDate(e.paper.date)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {board.truncated && <p className="muted small">Only the first {board.entries.length} subjects are listed.</p>}
    </div>
  );
}

function toChartClaims(series: Series): ChartClaim[] {
  return series.points.map((p) => ({
    id: p.claimId,
    value: p.value,
    valueText: p.valueText,
    unit: p.unit,
    qualifier: p.qualifier,
    evidence: p.evidence,
    sentence: p.sentence,
    subject: p.subjectId !== null && p.subject !== null ? { id: p.subjectId, name: p.subject } : null,
    subjectText: p.subject,
    paper: p.paper,
  }));
}

/**
 * Trusted entries by default; the extracted numbers nothing backs yet are one click away. Says how many
 * systems the default hides and why, so an empty board never looks like missing data.
 */
function EntryScopeToggle({ board, onChange }: { board: Leaderboard; onChange: (all: boolean) => void }) {
  const all = board.scope === "all";
  if (!all && board.hidden === 0) return null;
  return (
    <p className="entry-scope small" role="status">
      {all
        ? "Showing every extracted number, including those nothing backs yet (low extraction confidence, a single paper, or an open flag)."
        : `${plural(board.hidden, "system")} with only unverified numbers hidden: extracted with low confidence and reported by one paper only, or held by an out-of-range, infeasible or outlier flag until reviewed.`}{" "}
      <button type="button" className="link-button" aria-pressed={all} onClick={() => onChange(!all)}>
        {all ? "Show trusted entries only" : "Show all entries"}
      </button>
    </p>
  );
}

function ClaimsChartSection({
  id,
  entries,
  asOf,
}: {
  id: string;
  entries: "trusted" | "all";
  asOf: string | undefined;
}) {
  const [, navigate] = useLocation();
  const series = useSeries(id, { entries, ...(asOf ? { asOf } : {}) });
  const claims = useMemo(() => (series.data ? toChartClaims(series.data) : []), [series.data]);
  if (series.isPending) return <Loading label="Loading claims…" />;
  if (series.isError)
    return <ErrorMessage what="the claims for the chart" error={series.error} onRetry={() => void series.refetch()} />;
  const { benchmark } = series.data;
  if (claims.length === 0)
    return (
      <Empty>
        {entries === "all"
          ? "No absolute claims to plot for this benchmark."
          : "No trusted absolute claims to plot; show all entries to see the unverified ones."}
      </Empty>
    );
  return (
    <>
      <p className="muted small">
        {entries === "all" ? "Every" : "Every trusted"} absolute claim on this benchmark (
        {plural(claims.length, "claim")}), at its paper's date, and the best value reported so far. Hover or focus a
        point for the subject, paper and source sentence; click it to open the paper.
        {series.data.truncated && ` Only the first ${claims.length} claims are drawn.`}
      </p>
      <Suspense fallback={<Loading label="Loading the chart…" />}>
        <ClaimsScatterChart
          claims={claims}
          direction={benchmark.direction}
          metricLabel={metricLabel(benchmark.metric)}
          unit={benchmark.unit}
          onSelectClaim={(c) => navigate(`/papers/${c.paper.id}`)}
        />
      </Suspense>
    </>
  );
}

const RELATIVE_CAP = 1000;

function RelativeClaims({ benchmark }: { benchmark: Leaderboard["benchmark"] }) {
  const deltas = useAllClaims({ benchmark: benchmark.id, kind: "delta" }, RELATIVE_CAP);
  const ratios = useAllClaims({ benchmark: benchmark.id, kind: "ratio" }, RELATIVE_CAP);
  return (
    <section aria-labelledby="relative-heading" className="panel">
      <h2 id="relative-heading">Relative claims</h2>
      <p className="muted small">
        Improvements and speedups stated against a baseline (“0.29 lower than DiT-XL/2”, “4.86× faster than Hugging
        Face”). They are not scores, so they are kept off the leaderboard and the chart.
      </p>
      <h3>Differences (deltas)</h3>
      <RelativeTable
        query={deltas}
        what="the deltas"
        empty="No paper states a difference against a baseline on this benchmark."
      />
      <h3>Factors (ratios, speedups)</h3>
      <RelativeTable
        query={ratios}
        what="the ratios"
        empty="No paper states a factor against a baseline on this benchmark."
      />
    </section>
  );
}

function RelativeTable({
  query,
  what,
  empty,
}: {
  query: ReturnType<typeof useAllClaims>;
  what: string;
  empty: string;
}) {
  if (query.isPending) return <Loading label={`Loading ${what}…`} />;
  if (query.isError) return <ErrorMessage what={what} error={query.error} onRetry={() => void query.refetch()} />;
  const claims = query.data.claims;
  if (claims.length === 0) return <Empty>{empty}</Empty>;
  return (
    <div className="table-scroll">
      <table className="table relative-table">
        <thead>
          <tr>
            <th scope="col">Subject</th>
            <th scope="col" className="num">
              Stated
            </th>
            <th scope="col">Against</th>
            <th scope="col">Paper and sentence</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c: ClaimOut) => (
            <tr key={c.id}>
              <th scope="row" className="subject">
                {c.subject ? (
                  <Link href={`/subjects/${c.subject.id}`}>{c.subject.name}</Link>
                ) : (
                  (c.subjectText ?? <span className="muted">—</span>)
                )}
              </th>
              <td className="num value">
                {c.reviewStatus === "rejected" ? (
                  <del title="rejected by a reviewer">
                    {formatRelative(c.value, c.valueText, c.unit, c.qualifier, c.kind)}
                  </del>
                ) : (
                  formatRelative(c.value, c.valueText, c.unit, c.qualifier, c.kind)
                )}
              </td>
              <td>{c.baseline ?? <span className="muted">unnamed baseline</span>}</td>
              <td className="paper-cell">
                <Link href={`/papers/${c.paper.id}`}>{tex(c.paper.title)}</Link>
                <span className="muted small"> · {formatDate(c.paper.date)}</span>
                <EvidenceSentence sentence={c.sentence} evidence={c.evidence} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {query.data.truncated && <p className="muted small">Only the first {claims.length} are listed.</p>}
    </div>
  );
}
