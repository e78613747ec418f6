import { Link } from "wouter";
import { BenchmarksTable } from "../components/BenchmarksTable";
import { GlobalSearch } from "../components/GlobalSearch";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { useBenchmarks } from "../hooks/useBenchmarks";
import { useFlagCounts } from "../hooks/useFlags";
import { usePapers } from "../hooks/usePapers";
import { useSubjects } from "../hooks/useSubjects";
import { FLAG_WORDS, formatDate, formatNumber, plural } from "../lib/format";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { useQueryParams } from "../lib/useQueryParams";
import { tex } from "../lib/tex";

/** `/?q=…`: one search box, the largest benchmarks, recent papers, the review queue's size. */
export function HomePage() {
  useDocumentTitle(null);
  const { get, set } = useQueryParams();
  return (
    <div className="home">
      <section className="panel home-search" aria-label="Search">
        <h1 className="visually-hidden">Claimboard</h1>
        <GlobalSearch value={get("q")} onChange={(q) => set({ q })} />
      </section>
      <div className="home-grid">
        <div className="home-main">
          <LargestBenchmarks />
          <TopSubjects />
        </div>
        <div className="home-side">
          <OpenFlags />
          <RecentPapers />
        </div>
      </div>
    </div>
  );
}

function LargestBenchmarks() {
  const query = useBenchmarks({ limit: 10 });
  const items = query.data?.pages[0]?.items ?? [];
  return (
    <section aria-labelledby="benchmarks-heading" className="panel">
      <div className="panel-head row">
        <h2 id="benchmarks-heading">Largest benchmarks</h2>
        <Link href="/benchmarks">All benchmarks →</Link>
      </div>
      {query.isPending ? (
        <Loading label="Loading benchmarks…" />
      ) : query.isError ? (
        <ErrorMessage what="the benchmarks" error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty>No benchmarks yet: ingest some papers first.</Empty>
      ) : (
        <BenchmarksTable items={items} caption="The largest benchmarks, most claims first" />
      )}
    </section>
  );
}

function TopSubjects() {
  const query = useSubjects("", 12);
  return (
    <section aria-labelledby="subjects-heading" className="panel">
      <div className="panel-head row">
        <h2 id="subjects-heading">Most reported models and methods</h2>
        <Link href="/compare">Compare →</Link>
      </div>
      {query.isPending ? (
        <Loading label="Loading subjects…" />
      ) : query.isError ? (
        <ErrorMessage what="the subjects" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Empty>No subjects yet.</Empty>
      ) : (
        <ul className="chip-list subject-chips">
          {query.data.items.map((s) => (
            <li key={s.id}>
              <Link href={`/subjects/${s.id}`} className="chip-link">
                {tex(s.name)} <span className="muted small">{formatNumber(s.claimCount)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OpenFlags() {
  const counts = useFlagCounts();
  return (
    <section aria-labelledby="flags-heading" className="panel flags-panel">
      <h2 id="flags-heading">Review queue</h2>
      {counts.isPending ? (
        <Loading label="Counting open flags…" />
      ) : counts.isError ? (
        <ErrorMessage what="the flag counts" error={counts.error} />
      ) : (
        <>
          <p className="flag-total">
            <Link href="/review" className="open-flags-link">
              <strong>{formatNumber(counts.data.open)}</strong> open {counts.data.open === 1 ? "flag" : "flags"}
            </Link>
          </p>
          {counts.data.open > 0 && (
            <ul className="flag-codes">
              {Object.entries(counts.data.byCode)
                .sort((a, b) => b[1] - a[1])
                .map(([code, n]) => (
                  <li key={code}>
                    <Link href={`/review?code=${code}`}>{FLAG_WORDS[code] ?? code}</Link>{" "}
                    <span className="muted">{formatNumber(n)}</span>
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function RecentPapers() {
  const query = usePapers({ sort: "date", limit: 8 });
  const items = query.data?.pages[0]?.items ?? [];
  return (
    <section aria-labelledby="papers-heading" className="panel">
      <h2 id="papers-heading">Recent papers</h2>
      {query.isPending ? (
        <Loading label="Loading papers…" />
      ) : query.isError ? (
        <ErrorMessage what="the papers" error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty>No papers yet.</Empty>
      ) : (
        <ul className="paper-list">
          {items.map((p) => (
            <li key={p.id}>
              <Link href={`/papers/${p.id}`} className="paper-title">
                {tex(p.title)}
              </Link>
              <span className="paper-meta muted">
                {formatDate(p.date)} · {plural(p.claimCount, "claim")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
