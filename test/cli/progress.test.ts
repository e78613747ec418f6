import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { formatDuration, IngestProgress } from "../../cli/progress.js";
import { emptyCounts } from "../../domain/ingest-counts.js";

function plain(totalBytes: number) {
  let clock = 0;
  const out = new PassThrough();
  let written = "";
  out.on("data", (d) => (written += d));
  const progress = new IngestProgress({ totalBytes, tty: false, out, now: () => clock });
  return { progress, tick: (ms: number) => (clock += ms), lines: () => written.split("\n").filter(Boolean) };
}

const counts = (papersSeen: number, claimsStored = 0) => ({ ...emptyCounts(), papersSeen, claimsStored });

describe("ingest progress without a terminal", () => {
  it("writes a plain line every 10 s, with the share of input bytes, rate and ETA", () => {
    const { progress, tick, lines } = plain(1000);
    const source = { size: 1000, progress: { bytesRead: 0 } };
    progress.startFile(source);
    source.progress.bytesRead = 100;
    tick(5_000);
    progress.update(counts(500));
    expect(lines()).toEqual([]);
    source.progress.bytesRead = 250;
    tick(5_000);
    progress.update(counts(1000, 40));
    // 25% in 10 s: 30 s to go.
    expect(lines()).toEqual(["ingest: 1,000 papers, 40 claims | 25% of input | 100 papers/s | ETA 30s"]);
  });

  it("writes a line every 10,000 papers even when they come fast, and counts finished files", () => {
    const { progress, tick, lines } = plain(200);
    progress.startFile({ size: 100, progress: { bytesRead: 100 } });
    progress.startFile({ size: 100, progress: { bytesRead: 50 } });
    tick(1_000);
    progress.update(counts(10_000));
    expect(lines()).toEqual(["ingest: 10,000 papers, 0 claims | 75% of input | 10,000 papers/s | ETA 0s"]);
    progress.stop();
  });

  it("formats durations for people", () => {
    expect([formatDuration(42), formatDuration(125), formatDuration(7_325)]).toEqual(["42s", "2m 5s", "2h 2m"]);
  });
});
