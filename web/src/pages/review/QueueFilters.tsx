import { FLAG_CODES, FLAG_SEVERITIES, FLAG_STATUSES, FLAG_WORDS } from "../../lib/format";
import type { useQueryParams } from "../../lib/useQueryParams";

export function QueueFilters(props: {
  status: string;
  code: string | undefined;
  severity: string | undefined;
  claim: number | undefined;
  benchmark: string | undefined;
  byCode: Record<string, number> | undefined;
  set: ReturnType<typeof useQueryParams>["set"];
}) {
  const { set } = props;
  return (
    <form className="filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
      <label>
        Status
        <select
          value={props.status}
          onChange={(e) => set({ status: e.target.value === "open" ? null : e.target.value })}
        >
          {FLAG_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          <option value="all">any</option>
        </select>
      </label>
      <label>
        Kind
        <select value={props.code ?? ""} onChange={(e) => set({ code: e.target.value })}>
          <option value="">all kinds</option>
          {FLAG_CODES.map((c) => (
            <option key={c} value={c}>
              {FLAG_WORDS[c] ?? c}
              {props.byCode?.[c] ? ` (${props.byCode[c]} open)` : ""}
            </option>
          ))}
        </select>
      </label>
      <label>
        Severity
        <select value={props.severity ?? ""} onChange={(e) => set({ severity: e.target.value })}>
          <option value="">any</option>
          {FLAG_SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {props.claim !== undefined && (
        <button
          type="button"
          className="chip"
          onClick={() => set({ claim: null })}
          aria-label={`Show flags of every claim, not only claim ${props.claim}`}
        >
          claim {props.claim} <span aria-hidden="true">×</span>
        </button>
      )}
      {props.benchmark && (
        <button
          type="button"
          className="chip"
          onClick={() => set({ benchmark: null })}
          aria-label="Show flags of every benchmark"
        >
          benchmark {props.benchmark} <span aria-hidden="true">×</span>
        </button>
      )}
    </form>
  );
}
