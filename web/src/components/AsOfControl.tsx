import { useId } from "react";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The ?asOf= of a board page when it is a day, else undefined (a hand-edited URL falls back to today's board). */
export function asOfParam(value: string): string | undefined {
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined;
}

/**
 * "As of" a day: the board as the literature stood then, from papers dated on or before it. The date
 * goes in the URL, so a board in the past can be linked ("the board when this paper came out").
 */
export function AsOfControl({
  asOf,
  onChange,
}: {
  asOf: string | undefined;
  onChange: (day: string | undefined) => void;
}) {
  const id = useId();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className={asOf ? "as-of as-of-past" : "as-of"}>
      <label htmlFor={id}>As of</label>{" "}
      <input id={id} type="date" value={asOf ?? ""} max={today} onChange={(e) => onChange(asOfParam(e.target.value))} />
      {asOf ? (
        <>
          {" "}
          <button type="button" className="link-button" onClick={() => onChange(undefined)}>
            Back to today
          </button>
          <p className="small as-of-note" role="status">
            The board as of <strong>{asOf}</strong>: entries from papers dated on or before that day (a paper without a
            date counts from the day it was stored here). Reviews and merges are today's.
          </p>
        </>
      ) : (
        <span className="muted small"> pick a day to see the board as it stood then</span>
      )}
    </div>
  );
}
