import { Link } from "wouter";
import type { DatasetFamily } from "../../../contracts/datasets";
import { AS_REPORTED } from "../lib/settings";
import { isApiError } from "../api/client";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { useDatasetFamily } from "../hooks/useDatasetFamily";
import {
  directionArrow,
  directionWords,
  formatNumber,
  formatStated,
  metricLabel,
  plural,
  sentence,
} from "../lib/format";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { NotFoundPage } from "./NotFoundPage";

type Variant = DatasetFamily["variants"][number];

/** `/datasets/:id`: the family of a dataset (MATH for MATH-500), each variant with its boards and their leaders. */
export function DatasetFamilyPage({ id }: { id: string }) {
  const datasetId = /^\d+$/.test(id) ? Number(id) : NaN;
  const family = useDatasetFamily(datasetId);
  useDocumentTitle(family.data ? `${family.data.family} family` : "Dataset family");
  if (!Number.isInteger(datasetId) || datasetId <= 0) return <NotFoundPage message={`“${id}” is not a dataset id.`} />;
  if (family.isPending) return <Loading label="Loading the dataset family…" />;
  if (family.isError) {
    if (isApiError(family.error) && family.error.status === 404)
      return <NotFoundPage message={sentence(family.error.message)} />;
    return <ErrorMessage what="the dataset family" error={family.error} onRetry={() => void family.refetch()} />;
  }
  const data = family.data;
  const boards = data.variants.reduce((n, v) => n + v.boards.length, 0);
  return (
    <article className="dataset-family-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/benchmarks">Benchmarks</Link> <span aria-hidden="true">/</span>{" "}
        <Link href={`/benchmarks?family=${encodeURIComponent(data.family)}`}>{data.family}</Link>
      </nav>
      <header className="page-head">
        <h1>{data.family} family</h1>
        <p className="meta">
          <span>{plural(data.variants.length, "variant")}</span>
          <span>{plural(boards, "board")}</span>
        </p>
        <p className="muted small">
          Numbers on different variants (a subset, a split, a version, another resolution) are not comparable, so each
          variant has its own boards, and each board ranks one metric in one setting. The leader is the first trusted
          entry of the board.
          {data.truncated && ` Only the ${boards} largest boards are listed.`}
        </p>
      </header>
      {data.variants.length === 0 ? (
        <Empty>No variant of this family has claims yet.</Empty>
      ) : (
        data.variants.map((v) => (
          <VariantSection key={v.id} family={data.family} variant={v} current={v.id === data.requestedId} />
        ))
      )}
    </article>
  );
}

function VariantSection({ family, variant, current }: { family: string; variant: Variant; current: boolean }) {
  const headingId = `variant-${variant.id}`;
  return (
    <section aria-labelledby={headingId} className={current ? "panel family-variant current" : "panel family-variant"}>
      <h2 id={headingId}>
        {variant.name}{" "}
        {variant.relation ? (
          <span className="muted relation">
            {variant.relation} {family}
          </span>
        ) : (
          <span className="muted relation">the family itself</span>
        )}
      </h2>
      <p className="muted small">
        {plural(variant.claimCount, "claim")}
        {variant.testSize !== null && ` · ${formatNumber(variant.testSize)} test items`}
      </p>
      {variant.boards.length === 0 ? (
        <Empty>No board of this variant has claims yet.</Empty>
      ) : (
        <BoardsTable variant={variant} />
      )}
    </section>
  );
}

function BoardsTable({ variant }: { variant: Variant }) {
  return (
    <div className="table-scroll">
      <table className="table family-boards">
        <caption className="visually-hidden">Boards of {variant.name}</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Setting</th>
            <th scope="col" className="num">
              Subjects
            </th>
            <th scope="col" className="num">
              Claims
            </th>
            <th scope="col">Leader</th>
          </tr>
        </thead>
        <tbody>
          {variant.boards.map((b) => (
            <tr key={b.id}>
              <th scope="row">
                <Link href={`/benchmarks/${encodeURIComponent(b.id)}`}>{b.metricDisplay ?? metricLabel(b.metric)}</Link>{" "}
                <span className={`direction direction-${b.direction}`} title={directionWords(b.direction)}>
                  {directionArrow(b.direction)}
                </span>
              </th>
              <td className={b.setting ? "setting" : "setting muted"}>{b.setting || AS_REPORTED}</td>
              <td className="num">{formatNumber(b.subjectCount)}</td>
              <td className="num">{formatNumber(b.claimCount)}</td>
              <td className="leader">
                {b.leader ? (
                  <>
                    <Link href={`/subjects/${b.leader.subjectId}`}>{b.leader.subject}</Link>{" "}
                    <span className="muted">·</span>{" "}
                    {formatStated(b.leader.value, b.leader.valueText, b.leader.unit, "exact")}
                  </>
                ) : (
                  <Link className="muted" href={`/benchmarks/${encodeURIComponent(b.id)}?entries=all`}>
                    no trusted entry yet: see all
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
