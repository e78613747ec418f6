import { Link } from "wouter";
import type { ClaimOut } from "../../../contracts/claims";
import { metricLabel } from "../lib/format";

/** Links to the boards of a paper's claims as they stood on its date: what it was compared against when it came out. */
export function BoardsThen({ date, claims }: { date: string | null; claims: readonly ClaimOut[] }) {
  if (!date) return null;
  const boards = new Map<string, string>();
  for (const c of claims) {
    if (c.benchmarkId && c.kind === "absolute" && !boards.has(c.benchmarkId))
      boards.set(c.benchmarkId, `${c.dataset?.name ?? c.datasetText ?? "?"} · ${metricLabel(c.metric)}`);
  }
  if (boards.size === 0) return null;
  const day = date.slice(0, 10);
  return (
    <p className="boards-then small">
      Board{boards.size > 1 ? "s" : ""} when this paper came out ({day}):{" "}
      {[...boards].map(([id, name], i) => (
        <span key={id}>
          {i > 0 && ", "}
          <Link href={`/benchmarks/${encodeURIComponent(id)}?asOf=${day}`}>{name}</Link>
        </span>
      ))}
    </p>
  );
}
