import { Link } from "wouter";
import type { Compare } from "../../../contracts/subjects";
import { isApiError } from "../api/client";
import { SubjectPicker } from "../components/SubjectPicker";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { useCompare } from "../hooks/useCompare";
import { useSubject } from "../hooks/useSubject";
import { directionArrow, directionWords, formatDate, formatStated, metricLabel, plural } from "../lib/format";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { useQueryParams } from "../lib/useQueryParams";
import { tex } from "../lib/tex";

const MAX = 5;

function parseIds(raw: string): number[] {
  const ids = raw
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  return [...new Set(ids)].slice(0, MAX);
}

/** `/compare?subjects=1,2`: two to five subjects side by side on the benchmarks they share. */
export function ComparePage() {
  const { get, set } = useQueryParams();
  const ids = parseIds(get("subjects"));
  const compare = useCompare(ids);
  const names = new Map((compare.data?.subjects ?? []).map((s) => [s.id, s.name]));
  useDocumentTitle(compare.data ? `Compare ${compare.data.subjects.map((s) => s.name).join(", ")}` : "Compare");
  const setIds = (next: number[]) => set({ subjects: next.length ? next.join(",") : null }, { push: true });

  return (
    <article className="compare-page">
      <header className="page-head">
        <h1>Compare models and methods</h1>
        <p className="muted">
          Pick two to five. Each cell is the subject's best absolute value on the benchmark as its leaderboard has it;
          the best of the compared ones is in bold.
        </p>
      </header>
      <section className="panel" aria-label="Subjects to compare">
        <ul className="chip-list selected-subjects" aria-label="Selected subjects">
          {ids.map((id) => (
            <li key={id}>
              <span className="chip">
                <SubjectName id={id} known={names.get(id)} />
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${names.get(id) ?? `subject ${id}`}`}
                  onClick={() => setIds(ids.filter((x) => x !== id))}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ul>
        <SubjectPicker exclude={ids} disabled={ids.length >= MAX} onPick={(s) => setIds([...ids, s.id])} />
      </section>
      {ids.length < 2 ? (
        <Empty>
          {ids.length === 0 ? "Pick two to five models or methods to compare." : "Pick at least one more to compare."}
        </Empty>
      ) : compare.isPending ? (
        <Loading label="Comparing…" />
      ) : compare.isError ? (
        isApiError(compare.error) && compare.error.status === 404 ? (
          <ErrorMessage what="the comparison" error={compare.error} />
        ) : (
          <ErrorMessage what="the comparison" error={compare.error} onRetry={() => void compare.refetch()} />
        )
      ) : (
        <CompareTable data={compare.data} busy={compare.isFetching} />
      )}
    </article>
  );
}

function SubjectName({ id, known }: { id: number; known: string | undefined }) {
  const one = useSubject(known === undefined ? id : NaN);
  const name = known ?? one.data?.name;
  return name ? <Link href={`/subjects/${id}`}>{name}</Link> : <span>subject {id}</span>;
}

function CompareTable({ data, busy }: { data: Compare; busy: boolean }) {
  if (data.benchmarks.length === 0)
    return (
      <Empty>
        These subjects share no benchmark: no two of them report an absolute value on the same dataset and metric.
      </Empty>
    );
  return (
    <section className="panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{plural(data.benchmarks.length, "shared benchmark")}</h2>
      <div className="table-scroll">
        <table className="table compare-table" aria-busy={busy}>
          <caption className="visually-hidden">
            Best value of each subject per shared benchmark; the best among them is in bold
          </caption>
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              {data.subjects.map((s) => (
                <th key={s.id} scope="col" className="num">
                  <Link href={`/subjects/${s.id}`}>{tex(s.name)}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.benchmarks.map((row) => (
              <tr key={row.benchmark.id}>
                <th scope="row">
                  <Link href={`/benchmarks/${encodeURIComponent(row.benchmark.id)}`}>
                    {row.benchmark.dataset} · {metricLabel(row.benchmark.metric)}
                  </Link>{" "}
                  <span className="direction" title={directionWords(row.benchmark.direction)}>
                    {directionArrow(row.benchmark.direction)}
                    <span className="visually-hidden"> {directionWords(row.benchmark.direction)}</span>
                  </span>
                </th>
                {row.cells.map((cell) => {
                  const b = cell.best;
                  if (!b)
                    return (
                      <td key={cell.subjectId} className="num muted">
                        —
                      </td>
                    );
                  const lead = row.leaders.includes(cell.subjectId);
                  const text = formatStated(b.value, b.valueText, b.unit, b.qualifier);
                  return (
                    <td key={cell.subjectId} className={lead ? "num value leader" : "num value"}>
                      <Link
                        href={`/papers/${b.paper.id}`}
                        title={`${tex(b.paper.title)} (${formatDate(b.paper.date)})`}
                      >
                        {lead ? <strong>{text}</strong> : text}
                      </Link>
                      {lead && <span className="visually-hidden"> (best of the compared)</span>}
                      <div className="muted small rank-note">
                        #{b.rank} of {b.entrants}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.truncated && (
        <p className="muted small">Only the first {data.benchmarks.length} shared benchmarks are listed.</p>
      )}
    </section>
  );
}
