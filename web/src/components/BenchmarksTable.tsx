import { Link } from "wouter";
import type { Benchmark } from "../../../contracts/benchmarks";
import { AS_REPORTED } from "../lib/settings";
import { directionArrow, directionWords, formatNumber, metricLabel } from "../lib/format";

/** Benchmarks with their setting and counts; the dataset links to the leaderboard, a variant to its family. */
export function BenchmarksTable({
  items,
  busy,
  caption,
}: {
  items: readonly Benchmark[];
  busy?: boolean;
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table className="table benchmarks-table" aria-busy={busy}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Dataset</th>
            <th scope="col">Metric</th>
            <th scope="col">Setting</th>
            <th scope="col" className="num">
              Claims
            </th>
            <th scope="col" className="num">
              Subjects
            </th>
            <th scope="col" className="num">
              Papers
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((b) => (
            <tr key={b.id}>
              <td>
                <Link href={`/benchmarks/${encodeURIComponent(b.id)}`}>{b.dataset}</Link>
                {b.datasetFamily && b.datasetFamily !== b.dataset && (
                  <div className="small">
                    <Link className="muted family-link" href={`/datasets/${b.datasetId}`}>
                      variant of {b.datasetFamily}
                    </Link>
                  </div>
                )}
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
              <td className={b.setting ? "setting" : "setting muted"}>{b.setting || AS_REPORTED}</td>
              <td className="num">{formatNumber(b.claimCount)}</td>
              <td className="num">{formatNumber(b.subjectCount)}</td>
              <td className="num">{formatNumber(b.paperCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
