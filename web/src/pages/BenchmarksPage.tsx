import { BenchmarkFilters } from "../components/BenchmarkFilters";
import { BenchmarksTable } from "../components/BenchmarksTable";
import { LoadMore } from "../components/LoadMore";
import { SearchBox } from "../components/SearchBox";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { useBenchmarks } from "../hooks/useBenchmarks";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { useQueryParams } from "../lib/useQueryParams";

/** `/benchmarks?q=&metric=&dataset=&family=&setting=&minEntries=`: every benchmark, largest first, filtered. */
export function BenchmarksPage() {
  useDocumentTitle("Benchmarks");
  const { get, set } = useQueryParams();
  const q = get("q");
  const metric = get("metric");
  const dataset = get("dataset");
  const family = get("family");
  const setting = get("setting");
  const minEntries = get("minEntries");
  const min = /^[1-9]\d{0,5}$/.test(minEntries) ? Number(minEntries) : undefined;
  const query = useBenchmarks({
    q,
    metric: metric || undefined,
    dataset: dataset || undefined,
    family: family || undefined,
    setting: setting || undefined,
    minEntries: min,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="benchmarks-heading" className="panel">
      <div className="panel-head">
        <h1 id="benchmarks-heading">Benchmarks</h1>
        <p className="muted">
          A benchmark is a dataset and a metric; each collects the numbers papers report on it. Largest first.
        </p>
      </div>
      <SearchBox
        label="Filter benchmarks"
        value={q}
        onSearch={(v) => set({ q: v })}
        placeholder="dataset or metric, e.g. ImageNet, FID"
      />
      <BenchmarkFilters values={{ family, metric, setting, minEntries }} onChange={(changes) => set(changes)} />
      {dataset && (
        <p className="active-filters">
          {dataset && (
            <button
              type="button"
              className="chip"
              onClick={() => set({ dataset: null })}
              aria-label={`Remove the dataset filter ${dataset}`}
            >
              dataset: {dataset} <span aria-hidden="true">×</span>
            </button>
          )}
        </p>
      )}
      {query.isPending ? (
        <Loading label="Loading benchmarks…" />
      ) : query.isError ? (
        <ErrorMessage what="the benchmarks" error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty>
          {q || metric || dataset || family || setting || min
            ? "No benchmark matches these filters."
            : "No benchmarks yet: ingest some papers first."}
        </Empty>
      ) : (
        <>
          <BenchmarksTable items={items} busy={query.isFetching} caption="Benchmarks, most claims first" />
          <LoadMore
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
            shown={items.length}
            noun="benchmark"
          />
        </>
      )}
    </section>
  );
}
