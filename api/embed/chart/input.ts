import type { Benchmark, LeaderboardEntry, SeriesPoint } from "../../../contracts/benchmarks.js";
import type { EmbedOptions } from "../../../domain/embed-links/options.js";

export type ChartBenchmark = Pick<
  Benchmark,
  "id" | "dataset" | "metric" | "direction" | "unit" | "absoluteCount" | "subjectCount" | "paperCount"
>;
export type ChartPoint = Pick<SeriesPoint, "claimId" | "subject" | "value" | "valueText" | "unit" | "paper">;
export type ChartEntry = Pick<LeaderboardEntry, "rank" | "subject" | "value" | "valueText" | "unit" | "paper">;

export interface ChartInput {
  benchmark: ChartBenchmark;
  /** Every absolute claim (the "best" chart). */
  points: readonly ChartPoint[];
  /** The leaderboard, best first (the "bar" chart). */
  entries: readonly ChartEntry[];
  /** The series was cut at the API's limit. */
  truncated?: boolean;
  /** Where the data stands ("data as of 2026-12-01", "pinned: board as of 2025-06-30"), after the subtitle. */
  note?: string;
}

export interface ChartRenderOptions extends EmbedOptions {
  /** Inside the HTML embed: fills its box (viewBox scaling) and leaves the title to the page. */
  inline?: boolean;
}
