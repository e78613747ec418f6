import { Link } from "wouter";
import { BoardsThen } from "../components/BoardsThen";
import type { ClaimOut } from "../../../contracts/claims";
import { isApiError } from "../api/client";
import { FlagBadges, ReviewStatus, StatedValue } from "../components/Claims";
import { HighlightedAbstract } from "../components/HighlightedAbstract";
import type { FlagRef } from "../../../contracts/flags";
import { useOpenFlagsOfClaims } from "../hooks/useFlags";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { usePaper } from "../hooks/usePaper";
import { formatConfidence, formatDate, metricLabel, plural, qualifierWords, sentence } from "../lib/format";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { webUrl } from "../../../extractors/sources/web-url";
import { NotFoundPage } from "./NotFoundPage";
import { tex } from "../lib/tex";

export function PaperPage({ id }: { id: string }) {
  const paperId = /^\d+$/.test(id) ? Number(id) : NaN;
  const paper = usePaper(paperId);
  const claims = paper.data?.claims ?? [];
  const flags = useOpenFlagsOfClaims(
    paperId,
    claims.flatMap((c) => (c.benchmarkId ? [c.benchmarkId] : [])),
    claims.map((c) => c.id),
  );
  useDocumentTitle(paper.data ? tex(paper.data.title) : "Paper");

  if (!Number.isInteger(paperId) || paperId <= 0) return <NotFoundPage message={`“${id}” is not a paper id.`} />;
  if (paper.isPending) return <Loading label="Loading the paper…" />;
  if (paper.isError) {
    if (isApiError(paper.error) && paper.error.status === 404)
      return <NotFoundPage message={sentence(paper.error.message)} />;
    return <ErrorMessage what="the paper" error={paper.error} onRetry={() => void paper.refetch()} />;
  }
  const p = paper.data;
  const arxivUrl = p.arxivId ? `https://arxiv.org/abs/${encodeURIComponent(p.arxivId)}` : null;
  const sourceUrl = webUrl(p.url);
  return (
    <article className="paper-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Home</Link> <span aria-hidden="true">/</span> Paper {p.id}
      </nav>
      <header className="page-head">
        <h1>{tex(p.title)}</h1>
        <p className="meta">
          <span>{formatDate(p.date)}</span>
          <span>{plural(p.claimCount, "claim")}</span>
          {arxivUrl && (
            <a href={arxivUrl} rel="noopener noreferrer">
              arXiv:{p.arxivId}
            </a>
          )}
          {sourceUrl && sourceUrl !== arxivUrl && (
            <a href={sourceUrl} rel="noopener noreferrer">
              source
            </a>
          )}
          <span className="muted small" title="the file this paper was ingested from">
            {p.sourceFile}
          </span>
        </p>
        <BoardsThen date={p.date} claims={p.claims} />
      </header>

      <section aria-labelledby="abstract-heading" className="panel">
        <h2 id="abstract-heading">Abstract</h2>
        {p.claims.length > 0 && (
          <p className="muted small">
            <mark className="legend-mark">Highlighted</mark> text is the evidence of an extracted claim; hover, focus or
            tap it for the claim, and it links to the claim's row below.{" "}
            <mark className="legend-mark legend-mark-overlap">Darker</mark> text belongs to more than one claim.
          </p>
        )}
        {p.abstract ? (
          <HighlightedAbstract abstract={p.abstract} claims={p.claims} />
        ) : (
          <Empty>This paper has no abstract.</Empty>
        )}
      </section>

      <section aria-labelledby="claims-heading" className="panel">
        <h2 id="claims-heading">Claims</h2>
        {p.claims.length === 0 ? (
          <Empty>No claims were extracted from this abstract.</Empty>
        ) : (
          <ClaimsTable claims={p.claims} flags={flags} />
        )}
      </section>
    </article>
  );
}

const dash = <span className="muted">—</span>;

function ClaimsTable({ claims, flags }: { claims: readonly ClaimOut[]; flags: Map<number, FlagRef[]> }) {
  return (
    <div className="table-scroll">
      <table className="table claims-table">
        <caption className="visually-hidden">Claims extracted from the abstract, in text order</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Unit</th>
            <th scope="col">Metric</th>
            <th scope="col">Kind</th>
            <th scope="col">Qualifier</th>
            <th scope="col">Subject</th>
            <th scope="col">Dataset</th>
            <th scope="col">Baseline</th>
            <th scope="col">Condition</th>
            <th scope="col" className="num">
              Confidence
            </th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.id} id={`claim-${c.id}`} title={c.evidence}>
              <td className="num value">
                <StatedValue
                  value={c.value}
                  valueText={c.valueText}
                  unit={null}
                  qualifier="exact"
                  reviewStatus={c.reviewStatus}
                  originalValue={c.reviewStatus === "corrected" ? c.original.value : null}
                />
                <div>
                  <ReviewStatus status={c.reviewStatus} />
                  <FlagBadges flags={flags.get(c.id) ?? []} claimId={c.id} />
                </div>
              </td>
              <td>{c.unit ?? dash}</td>
              <td>
                {c.benchmarkId ? (
                  <Link
                    href={`/benchmarks/${encodeURIComponent(c.benchmarkId)}`}
                    title="open this benchmark's leaderboard"
                  >
                    {metricLabel(c.metric)}
                  </Link>
                ) : (
                  metricLabel(c.metric)
                )}
              </td>
              <td>
                <span className={`kind kind-${c.kind}`}>{c.kind}</span>
              </td>
              <td>{c.qualifier === "exact" ? <span className="muted">exact</span> : qualifierWords(c.qualifier)}</td>
              <td>
                {c.subject ? <Link href={`/subjects/${c.subject.id}`}>{c.subject.name}</Link> : (c.subjectText ?? dash)}
              </td>
              <td>
                {c.dataset ? (
                  <Link href={`/benchmarks?dataset=${encodeURIComponent(c.dataset.name)}`}>{c.dataset.name}</Link>
                ) : (
                  (c.datasetText ?? dash)
                )}
              </td>
              <td>{c.baseline ?? dash}</td>
              <td>{c.condition ?? dash}</td>
              <td className="num">
                <span className={c.confidence < 0.5 ? "low-confidence" : undefined}>
                  {formatConfidence(c.confidence)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
