import { Link } from "wouter";
import type { ProvenanceRow, Tier } from "../../../contracts/provenance";
import { useSubjectProvenance } from "../hooks/useSubjectProvenance";
import { directionArrow, formatStated, metricLabel, plural } from "../lib/format";
import { TIER_ORDER, TIER_WORDS } from "../lib/tiers";
import { ErrorMessage, Loading } from "./Status";
import { tex } from "../lib/tex";

/**
 * A system's numbers side by side by provenance: on each benchmark (and base model) where it has numbers
 * from two or more tiers, its best self-reported number next to what other papers, tables and reviewers
 * say, with the third-party numbers that disagree with its own marked.
 */
export function ProvenancePanel({ subjectId, name }: { subjectId: number; name: string }) {
  const q = useSubjectProvenance(subjectId);
  if (q.isPending) return <Loading label="Loading the numbers by provenance…" />;
  if (q.isError)
    return <ErrorMessage what="the numbers by provenance" error={q.error} onRetry={() => void q.refetch()} />;
  const { rows, singleTier, truncated } = q.data;
  if (rows.length === 0) return null;
  const tiers = TIER_ORDER.filter((t) => rows.some((r) => r.tiers.some((c) => c.tier === t)));
  const disagreeing = rows.filter((r) => r.disagreements.length > 0).length;
  return (
    <section aria-labelledby="provenance-heading" className="panel provenance-panel">
      <h2 id="provenance-heading">By provenance</h2>
      <p className="muted small">
        {name}’s best number per source on {plural(rows.length, "benchmark")} where more than one kind of source reports
        it: its own papers (self-reported), other papers quoting or measuring it, imported tables, and reviewers.
        {disagreeing > 0 &&
          ` On ${plural(disagreeing, "benchmark")} a third-party number disagrees with the self-reported one (marked ≠).`}
        {singleTier > 0 &&
          ` ${plural(singleTier, "benchmark")} with one kind of source only ${singleTier === 1 ? "is" : "are"} not listed.`}
        {truncated && ` Only the first ${rows.length} are listed.`}
      </p>
      <div className="table-scroll">
        <table className="table provenance-table">
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              {tiers.map((t) => (
                <th key={t} scope="col" className="num" title={TIER_WORDS[t].explanation}>
                  {TIER_WORDS[t].label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <ProvenanceTableRow key={`${r.benchmark.id}|${r.modelId ?? ""}`} row={r} tiers={tiers} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ProvenanceTableRow({ row, tiers }: { row: ProvenanceRow; tiers: readonly Tier[] }) {
  const { benchmark } = row;
  return (
    <tr data-benchmark={benchmark.id} className={row.disagreements.length > 0 ? "disagreeing" : undefined}>
      <th scope="row">
        <Link href={`/benchmarks/${encodeURIComponent(benchmark.id)}`}>
          {tex(benchmark.dataset)} · {metricLabel(benchmark.metric)}
        </Link>{" "}
        <span className="direction" title={benchmark.direction === "lower" ? "lower is better" : "higher is better"}>
          {directionArrow(benchmark.direction)}
        </span>
        {(row.setting || row.model) && (
          <div className="muted small">
            {[row.setting, row.model ? `on ${row.model}` : ""].filter(Boolean).join(" · ")}
          </div>
        )}
      </th>
      {tiers.map((t) => {
        const cell = row.tiers.find((c) => c.tier === t);
        if (!cell)
          return (
            <td key={t} className="num muted">
              —
            </td>
          );
        const disagrees = row.disagreements.includes(t);
        return (
          <td key={t} className={`num${disagrees ? " disagrees" : ""}`} data-tier={t}>
            <Link
              href={`/papers/${cell.paper.id}`}
              title={`${tex(cell.paper.title)}: “${tex(cell.evidence)}”${cell.count > 1 ? ` (best of ${cell.count})` : ""}`}
            >
              {formatStated(cell.value, cell.valueText, cell.unit, cell.qualifier)}
            </Link>
            {disagrees && (
              <span className="disagree-mark" title="Disagrees with the self-reported number beyond the flag tolerance">
                {" "}
                ≠<span className="visually-hidden"> disagrees with the self-reported number</span>
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );
}
