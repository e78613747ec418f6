import { describe, expect, it } from "vitest";
import { buildSeries, formatTick, timeTicks, type ChartClaim } from "../../web/src/charts/series.js";
import { formatClaimValue, formatDate, metricLabel } from "../../web/src/lib/format.js";
import { segmentText } from "../../web/src/lib/highlight.js";

describe("segmentText (abstract highlights)", () => {
  const text = "FID 1.98 on ImageNet, 0.29 lower than DiT.";

  it("keeps the text intact and cuts overlapping spans into segments", () => {
    const a = { start: 0, end: 20 }; // "FID 1.98 on ImageNet"
    const b = { start: 4, end: 37 }; // "1.98 on ImageNet, 0.29 lower than"
    const { segments, unplaced } = segmentText(text, [a, b]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(unplaced).toEqual([]);
    expect(segments.map((s) => [s.text, s.spans.length])).toEqual([
      ["FID ", 1],
      ["1.98 on ImageNet", 2],
      [", 0.29 lower than", 1],
      [" DiT.", 0],
    ]);
    expect(segments[1]!.spans).toEqual([a, b]);
  });

  it("handles nested and identical spans, and reports spans outside the text", () => {
    const outer = { start: 0, end: 8 };
    const inner = { start: 4, end: 8 };
    const same = { start: 4, end: 8 };
    const bad = { start: 30, end: 999 };
    const empty = { start: 5, end: 5 };
    const { segments, unplaced } = segmentText(text, [outer, inner, same, bad, empty]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments[0]).toMatchObject({ text: "FID ", spans: [outer] });
    expect(segments[1]).toMatchObject({ text: "1.98", spans: [outer, inner, same] });
    expect(unplaced).toEqual([bad, empty]);
  });

  it("merges neighbouring segments covered by the same spans", () => {
    const { segments } = segmentText("abcdef", [{ start: 0, end: 6 }]);
    expect(segments).toHaveLength(1);
    expect(segmentText("", []).segments).toEqual([]);
  });
});

const claim = (id: number, value: number, date: string | null, paperId = id): ChartClaim => ({
  id,
  value,
  unit: null,
  qualifier: "exact",
  evidence: `value ${value}`,
  subject: { id, name: `m${id}` },
  subjectText: `m${id}`,
  paper: { id: paperId, title: `paper ${paperId}`, date },
});

describe("buildSeries (best-so-far chart)", () => {
  it("steps down for lower-is-better metrics and ignores undated claims for the line", () => {
    const s = buildSeries(
      [
        claim(1, 4.0, "2022-02-01"),
        claim(2, 3.6, "2022-12-19"),
        claim(3, 2.27, "2022-12-19"),
        claim(4, 1.98, "2024-01-16"),
        claim(5, 1.5, null),
        claim(6, 5, "2023-06-01"),
      ],
      "lower",
    );
    expect(s.datedCount).toBe(5);
    expect(s.undatedCount).toBe(1);
    expect(s.points.filter((p) => p.record).map((p) => p.claim.id)).toEqual([1, 3, 4]);
    expect(s.step.map((p) => p.y)).toEqual([4, 2.27, 1.98, 1.98]);
    expect(s.step.at(-1)!.x).toBeLessThan(s.undatedBand!.x0);
    const undated = s.points.find((p) => !p.dated)!;
    expect(undated.x).toBeGreaterThan(s.undatedBand!.x0);
    expect(undated.x).toBeLessThan(s.undatedBand!.x1);
    expect(formatTick(s.undatedBand!.center, s)).toBe("undated");
    expect(s.ticks).toContain(s.undatedBand!.center);
  });

  it("steps up for higher-is-better metrics", () => {
    const s = buildSeries(
      [claim(1, 70, "2023-01-01"), claim(2, 68, "2023-02-01"), claim(3, 84.1, "2023-09-28")],
      "higher",
    );
    expect(s.points.filter((p) => p.record).map((p) => p.claim.id)).toEqual([1, 3]);
    expect(s.undatedBand).toBeNull();
  });

  it("puts everything in the undated band when no paper has a date", () => {
    const s = buildSeries([claim(1, 3, null), claim(2, 2, null)], "lower");
    expect(s.step).toEqual([]);
    expect(s.points.every((p) => !p.dated && !p.record)).toBe(true);
    expect(new Set(s.points.map((p) => p.x)).size).toBe(2);
  });

  it("gives readable month/year ticks", () => {
    const lo = Date.UTC(2020, 5, 15);
    const hi = Date.UTC(2024, 2, 1);
    const ticks = timeTicks(lo, hi);
    expect(ticks.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      "2021-01-01",
      "2022-01-01",
      "2023-01-01",
      "2024-01-01",
    ]);
  });
});

describe("formatting", () => {
  it("formats values as papers state them", () => {
    expect(formatClaimValue(4.86, "x", "up_to")).toBe("up to 4.86×");
    expect(formatClaimValue(84.1, "%", "exact")).toBe("84.1%");
    expect(formatClaimValue(12, "ms", "approx")).toBe("≈\u00a012\u00a0ms");
    expect(metricLabel("fid")).toBe("FID");
    expect(metricLabel("top-1 accuracy")).toBe("Top-1 accuracy");
    expect(formatDate("2023-09-28")).toBe("28 Sept 2023");
    expect(formatDate(null)).toBe("undated");
  });
});
