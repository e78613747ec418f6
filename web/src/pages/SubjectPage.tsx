import { lazy, Suspense } from "react";
import { Link, useLocation } from "wouter";
import type { SubjectBenchmarkGroup, SubjectClaim, SubjectDetail } from "../../../contracts/subjects";
import { isApiError } from "../api/client";
import { EvidenceSentence, FlagBadges, ReviewStatus, StatedValue } from "../components/Claims";
import { IdentityPanel } from "../components/IdentityPanel";
import { ProvenancePanel } from "../components/ProvenancePanel";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { useSubject } from "../hooks/useSubject";
import { directionArrow, formatDate, formatStated, metricLabel, plural, qualifierWords, sentence } from "../lib/format";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { NotFoundPage } from "./NotFoundPage";
import { tex } from "../lib/tex";

const SubjectClaimsChart = lazy(() =>
  import("../charts/SubjectClaimsChart").then((m) => ({ default: m.SubjectClaimsChart })),
);

/** How many per-benchmark charts to draw: those where papers disagree first, then the largest. */
const CHARTS = 12;

/** `/subjects/:id`: every claim about a model or method, across papers and benchmarks. */
export function SubjectPage({ id }: { id: string }) {
  const subjectId = /^\d+$/.test(id) ? Number(id) : NaN;
  const subject = useSubject(subjectId);
  const [, navigate] = useLocation();
  useDocumentTitle(subject.data ? tex(subject.data.name) : "Subject");
  if (!Number.isInteger(subjectId) || subjectId <= 0) return <NotFoundPage message={`“${id}” is not a subject id.`} />;
  if (subject.isPending) return <Loading label="Loading the subject…" />;
  if (subject.isError) {
    if (isApiError(subject.error) && subject.error.status === 404)
      return <NotFoundPage message={sentence(subject.error.message)} />;
    return <ErrorMessage what="the subject" error={subject.error} onRetry={() => void subject.refetch()} />;
  }
  const s = subject.data;
  const aliases = s.aliases.filter((a) => a !== s.name);
  const charted = [...s.benchmarks]
    .filter((g) => g.best !== null)
    .sort((a, b) => Number(b.papersDisagree) - Number(a.papersDisagree) || b.claims.length - a.claims.length)
    .slice(0, CHARTS);
  const disagreeing = s.benchmarks.filter((g) => g.papersDisagree).length;
  return (
    <article className="subject-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Home</Link> <span aria-hidden="true">/</span> Models and methods
      </nav>
      <header className="page-head">
        <h1>{tex(s.name)}</h1>
        <p className="meta">
          {s.isModel && <span className="pill">model</span>}
          {s.methodsOnIt.length > 0 && <span>base model of {plural(s.methodsOnIt.length, "method")}</span>}
          <span>{plural(s.claimCount, "claim")}</span>
          <span>{plural(s.benchmarkCount, "benchmark")}</span>
          <span>{plural(s.paperCount, "paper")}</span>
          {disagreeing > 0 && (
            <span className="disagree-badge">papers disagree on {plural(disagreeing, "benchmark")}</span>
          )}
          <Link href={`/compare?subjects=${s.id}`}>Compare with others →</Link>
        </p>
        {aliases.length > 0 && <p className="muted small">Also written: {aliases.join(", ")}</p>}
        {s.generic && (
          <p className="muted small">
            A generic name: papers use it for different systems, so their numbers are not compared with each other.
          </p>
        )}
      </header>

      <PairedSubjects title={`Methods measured on ${s.name}`} id="methods-on-it" subjects={s.methodsOnIt} />
      <PairedSubjects title="Base models it was run on" id="runs-on" subjects={s.runsOn} />
      <ProvenancePanel subjectId={s.id} name={s.name} />

      {charted.length > 0 && (
        <section aria-labelledby="spread-heading" className="panel">
          <h2 id="spread-heading">What each paper reports</h2>
          <p className="muted small">
            One chart per benchmark, one dot per claim at its paper's date; the diamond is the value the leaderboard
            uses. Dots at different heights are papers reporting different numbers.
            {s.benchmarks.length > charted.length &&
              ` Showing ${charted.length} of ${s.benchmarks.length} benchmarks, those where papers disagree first.`}
          </p>
          <Suspense fallback={<Loading label="Loading the charts…" />}>
            <SubjectClaimsChart groups={charted} onSelectPaper={(pid) => navigate(`/papers/${pid}`)} />
          </Suspense>
        </section>
      )}

      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading" className="section-title">
          Claims by benchmark
        </h2>
        {s.benchmarks.length === 0 && s.otherClaims.length === 0 && (
          <Empty>
            No claims name {s.name} as the system measured
            {s.methodsOnIt.length > 0 ? "; its numbers are those of the methods run on it, above" : ""}.
          </Empty>
        )}
        {s.benchmarks.map((g) => (
          <BenchmarkGroup key={g.benchmark.id} group={g} />
        ))}
        {s.otherClaims.length > 0 && (
          <section className="panel subject-group" aria-labelledby="other-heading">
            <h3 id="other-heading">Without a dataset</h3>
            <p className="muted small">Claims that name no dataset belong to no benchmark.</p>
            <ClaimRows claims={s.otherClaims} showMetric />
          </section>
        )}
        {s.truncated && <p className="muted small">Only the first {s.claimCount} claims are shown.</p>}
      </section>

      {/* Reviewers only (shown while a reviewer token is saved): merge, split and undo. */}
      <IdentityPanel
        key={s.id}
        type="subject"
        entity={{ id: s.id }}
        onMergedAway={(into) => navigate(`/subjects/${into.id}`)}
      />
    </article>
  );
}

function BenchmarkGroup({ group }: { group: SubjectBenchmarkGroup }) {
  const { benchmark, best } = group;
  const headingId = `group-${benchmark.id}`;
  return (
    <section className="panel subject-group" aria-labelledby={headingId}>
      <div className="group-head">
        <h3 id={headingId}>
          <Link href={`/benchmarks/${encodeURIComponent(benchmark.id)}`}>
            {tex(benchmark.dataset)} · {metricLabel(benchmark.metric)}
          </Link>{" "}
          <span className="direction" title={benchmark.direction === "lower" ? "lower is better" : "higher is better"}>
            {directionArrow(benchmark.direction)}
          </span>
        </h3>
        <p className="group-summary">
          {best ? (
            <>
              best <strong>{formatStated(best.value, best.valueText, best.unit, best.qualifier)}</strong> · rank{" "}
              {best.rank} of {best.entrants}
            </>
          ) : (
            <span className="muted">not on the leaderboard (no absolute claim)</span>
          )}
          {group.papersDisagree && (
            <span
              className="disagree-badge"
              title="different papers report different absolute values for this subject here"
            >
              {group.distinctValues} values from {group.paperCount} papers
            </span>
          )}
        </p>
      </div>
      <ClaimRows claims={group.claims} bestId={best?.claimId} />
    </section>
  );
}

function ClaimRows({
  claims,
  bestId,
  showMetric,
}: {
  claims: readonly SubjectClaim[];
  bestId?: number;
  showMetric?: boolean;
}) {
  return (
    <div className="table-scroll">
      <table className="table subject-claims-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              Value
            </th>
            {showMetric && <th scope="col">Metric</th>}
            <th scope="col">Kind</th>
            <th scope="col">Paper and sentence</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.id} className={c.id === bestId ? "best-row" : undefined}>
              <td className="num value">
                <StatedValue
                  value={c.value}
                  valueText={c.valueText}
                  unit={c.unit}
                  qualifier={c.qualifier}
                  reviewStatus={c.reviewStatus}
                  originalValue={c.reviewStatus === "corrected" ? c.original.value : null}
                />
                {c.id === bestId && <span className="badge badge-record">best</span>}
                <div>
                  <ReviewStatus status={c.reviewStatus} />
                  <FlagBadges flags={c.flags} claimId={c.id} />
                </div>
              </td>
              {showMetric && <td>{metricLabel(c.metric)}</td>}
              <td>
                <span className={`kind kind-${c.kind}`}>{c.kind}</span>
                {c.qualifier !== "exact" && <div className="muted small">{qualifierWords(c.qualifier)}</div>}
                {c.baseline && <div className="muted small">vs {c.baseline}</div>}
                {c.condition && <div className="muted small">{c.condition}</div>}
              </td>
              <td className="paper-cell">
                <Link href={`/papers/${c.paper.id}`}>{tex(c.paper.title)}</Link>
                <span className="muted small"> · {formatDate(c.paper.date)}</span>
                <EvidenceSentence sentence={c.sentence} evidence={c.evidence} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Methods reported on a model, or the models a method ran on: each links to its own page. */
function PairedSubjects({
  title,
  id,
  subjects,
}: {
  title: string;
  id: string;
  subjects: SubjectDetail["methodsOnIt"];
}) {
  if (subjects.length === 0) return null;
  return (
    <section aria-labelledby={id} className="panel paired-subjects">
      <h2 id={id}>{title}</h2>
      <ul className="chips">
        {subjects.map((m) => (
          <li key={m.id}>
            <Link href={`/subjects/${m.id}`}>{m.name}</Link>{" "}
            <span className="muted small">{plural(m.benchmarkCount, "benchmark")}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
