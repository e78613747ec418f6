import { describe, expect, it } from "vitest";
import { bestOverTime, dateToTime } from "../../extractors/best-over-time.js";

interface C {
  id: number;
  value: number;
  date: string | null;
}
const of = { date: (c: C) => c.date, value: (c: C) => c.value, id: (c: C) => c.id };
const ids = (xs: { item: C }[]) => xs.map((x) => x.item.id);

describe("bestOverTime (the record line of the dashboard chart and the embed)", () => {
  it("orders dated claims by date, the better value first on one day, and marks each new best", () => {
    const claims: C[] = [
      { id: 1, value: 4.0, date: "2022-02-01" },
      { id: 2, value: 3.6, date: "2022-12-19" },
      { id: 3, value: 2.27, date: "2022-12-19T10:00:00Z" },
      { id: 4, value: 5, date: "2023-06-01" },
      { id: 5, value: 1.5, date: null },
      { id: 6, value: 1.98, date: "2024-01-16" },
      { id: 7, value: 1.0, date: "not a date" },
    ];
    const { dated, undated } = bestOverTime(claims, of, "lower");
    expect(ids(dated)).toEqual([1, 3, 2, 4, 6]);
    expect(ids(dated.filter((d) => d.record))).toEqual([1, 3, 6]);
    expect(undated.map((c) => c.id)).toEqual([5, 7]);
    expect(dated[0]!.t).toBe(Date.UTC(2022, 1, 1));
  });

  it("follows the metric's direction, and an equal value is no new record (the lower id first)", () => {
    const claims: C[] = [
      { id: 9, value: 70, date: "2023-01-01" },
      { id: 2, value: 70, date: "2023-01-01" },
      { id: 3, value: 68, date: "2023-02-01" },
      { id: 4, value: 84.1, date: "2023-09-28" },
    ];
    const { dated } = bestOverTime(claims, of, "higher");
    expect(ids(dated)).toEqual([2, 9, 3, 4]);
    expect(dated.map((d) => d.record)).toEqual([true, false, false, true]);
  });

  it("reads a date by its first ten characters and refuses what does not parse", () => {
    expect(dateToTime("2024-01-16")).toBe(Date.UTC(2024, 0, 16));
    expect(dateToTime("2024-01-16T23:59:59+05:00")).toBe(Date.UTC(2024, 0, 16));
    expect(dateToTime(null)).toBeNull();
    expect(dateToTime("")).toBeNull();
    expect(dateToTime("soon")).toBeNull();
  });
});
