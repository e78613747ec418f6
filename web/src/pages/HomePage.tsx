import { Link, useSearchParams } from "wouter";
import { SearchBox } from "../components/SearchBox";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { useBenchmarks } from "../hooks/useBenchmarks";
import { usePapers } from "../hooks/usePapers";
import { directionArrow, directionWords, formatDate, formatNumber, metricLabel, plural } from "../lib/format";
import { useDocumentTitle } from "../lib/useDocumentTitle";

/** `/?bq=…&pq=…`: benchmarks (search by dataset or metric) and papers (search by title words). */
export function HomePage() {
  useDocumentTitle(null);
  const [params, setParams] = useSearchParams();
  const bq = params.get("bq") ?? "";
  const pq = params.get("pq") ?? "";
  const setParam = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value.trim()) next.set(key, value.trim());
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="home">
      <BenchmarksSection q={bq} onSearch={(v) => setParam("bq", v)} />
      <PapersSection q={pq} onSearch={(v) => setParam("pq", v)} />
    </div>
  );
}

function BenchmarksSection({ q, onSearch }: { q: string; onSearch: (v: string) => void }) {
  const query = useBenchmarks({ q });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="benchmarks-heading" className="panel">
      <div className="panel-head">
        <h1 id="benchmarks-heading">Benchmarks</h1>
        <p className="muted">A benchmark is a dataset and a metric; each collects the numbers papers report on it.</p>
      </div>
      <SearchBox label="Filter benchmarks" value={q} onSearch={onSearch} placeholder="dataset or metric, e.g. ImageNet, FID" />
      {query.isPending ? (
        <Loading label="Loading benchmarks…" />
      ) : query.isError ? (
        <ErrorMessage what="the benchmarks" error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty>{q ? `No benchmark matches “${q}”.` : "No benchmarks yet: ingest some papers first."}</Empty>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table benchmarks-table" aria-busy={query.isFetching}>
              <caption className="visually-hidden">Benchmarks, most claims first</caption>
              <thead>
                <tr>
                  <th scope="col">Dataset</th>
                  <th scope="col">Metric</th>
                  <th scope="col" className="num">Claims</th>
                  <th scope="col" className="num">Subjects</th>
                  <th scope="col" className="num">Papers</th>
                </tr>
              </thead>
              <tbody>
                {items.map((b) => (
                  <tr key={b.id}>
                    <td>
                      <Link href={`/benchmarks/${encodeURIComponent(b.id)}`}>{b.dataset}</Link>
                    </td>
                    <td>
                      {metricLabel(b.metric)}{" "}
                      <span
                        className={`direction direction-${b.direction}`}
                        title={`${directionWords(b.direction)}${b.directionKnown ? "" : " (guessed from the metric's name)"}`}
                      >
                        {directionArrow(b.direction)}
                        {!b.directionKnown && "?"}
                        <span className="visually-hidden">
                          {" "}
                          {directionWords(b.direction)}
                          {b.directionKnown ? "" : " (guessed)"}
                        </span>
                      </span>
                    </td>
                    <td className="num">{formatNumber(b.claimCount)}</td>
                    <td className="num">{formatNumber(b.subjectCount)}</td>
                    <td className="num">{formatNumber(b.paperCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} shown={items.length} noun="benchmark" />
        </>
      )}
    </section>
  );
}

function PapersSection({ q, onSearch }: { q: string; onSearch: (v: string) => void }) {
  const query = usePapers({ q });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="papers-heading" className="panel">
      <div className="panel-head">
        <h2 id="papers-heading">Papers</h2>
        <p className="muted">In the order they were ingested.</p>
      </div>
      <SearchBox label="Find papers by title" value={q} onSearch={onSearch} placeholder="words of the title" />
      {query.isPending ? (
        <Loading label="Loading papers…" />
      ) : query.isError ? (
        <ErrorMessage what="the papers" error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty>{q ? `No paper title contains all of “${q}”.` : "No papers yet."}</Empty>
      ) : (
        <>
          <ul className="paper-list" aria-busy={query.isFetching}>
            {items.map((p) => (
              <li key={p.id}>
                <Link href={`/papers/${p.id}`} className="paper-title">
                  {p.title}
                </Link>
                <span className="paper-meta muted">
                  {formatDate(p.date)} · {plural(p.claimCount, "claim")}
                </span>
              </li>
            ))}
          </ul>
          <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} shown={items.length} noun="paper" />
        </>
      )}
    </section>
  );
}

function LoadMore({ hasMore, loading, onClick, shown, noun }: { hasMore: boolean; loading: boolean; onClick: () => void; shown: number; noun: string }) {
  return (
    <div className="load-more">
      <span className="muted small">{`Showing ${plural(shown, noun)}${hasMore ? "" : " (all)"}`}</span>
      {hasMore && (
        <button type="button" className="button" onClick={onClick} disabled={loading}>
          {loading ? "Loading…" : "Show more"}
        </button>
      )}
    </div>
  );
}
