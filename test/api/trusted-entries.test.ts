import { beforeAll, describe, expect, it } from "vitest";
import { LeaderboardSchema, SeriesSchema } from "../../contracts/benchmarks.js";
import { SubjectDetailSchema, SubjectListSchema } from "../../contracts/subjects.js";
import { ingestSources } from "../../domain/ingest.js";
import { ENTRY_CONFIDENCE_THRESHOLD as ENTRY_THRESHOLD } from "../../extractors/claims/confidence.js";
import { databaseForFile, getJson } from "../helpers/api.js";
import { paper } from "../helpers/fake-extractor.js";
import { scriptedExtractor } from "../helpers/web-server.js";

// A board leads with numbers that have more behind them than one unsure reading of one sentence.
const fixture = databaseForFile();
let reviewer: string;
const unsure = ENTRY_THRESHOLD - 0.3;
const claim = (subject: string, value: number, confidence: number) => ({
  metric: "accuracy",
  value,
  unit: "%" as const,
  subject,
  dataset: "GSM8K",
  evidence: `${value.toFixed(1)}%`,
  confidence,
});
const BOARD = "/api/benchmarks/gsm8k--accuracy/leaderboard";

beforeAll(async () => {
  reviewer = await fixture.token("reviewer", "Ada");
  const extractor = scriptedExtractor({
    "Alpha Paper": [claim("Alpha", 80, unsure)],
    "Beta Paper": [claim("Beta", 70, 0.99)],
    "Gamma Paper": [claim("Gamma", 75, unsure)],
    "Gamma Again": [claim("Gamma", 75, unsure)],
  });
  const papers = [
    paper("Alpha Paper", "Alpha gets 80.0% on GSM8K."),
    paper("Beta Paper", "Beta gets 70.0% on GSM8K."),
    paper("Gamma Paper", "Gamma gets 75.0% on GSM8K."),
    paper("Gamma Again", "We reproduce Gamma: 75.0% on GSM8K."),
  ];
  await ingestSources(fixture.db, [{ file: "t.jsonl", papers }], extractor, { files: ["t.jsonl"] });
});

describe("trusted entries on a leaderboard", () => {
  it("by default: confident readings and numbers two papers agree on; the rest counted as hidden", async () => {
    const board = await getJson(fixture.app, BOARD, 200, LeaderboardSchema);
    expect(board.entries.map((e) => [e.subject, e.value])).toEqual([
      ["Gamma", 75],
      ["Beta", 70],
    ]);
    expect([board.scope, board.hidden]).toEqual(["trusted", 1]);
    const series = await getJson(fixture.app, "/api/benchmarks/gsm8k--accuracy/series", 200, SeriesSchema);
    expect(series.points.map((p) => p.subject).sort()).toEqual(["Beta", "Gamma", "Gamma"]);
  });

  it("a system's page ranks it as the default board does: no rank where it has only unverified numbers", async () => {
    const subjects = await getJson(fixture.app, "/api/subjects?limit=50", 200, SubjectListSchema);
    const best = async (name: string) => {
      const detail = await getJson(
        fixture.app,
        `/api/subjects/${subjects.items.find((s) => s.name === name)!.id}`,
        200,
        SubjectDetailSchema,
      );
      return detail.benchmarks.find((g) => g.benchmark.id === "gsm8k--accuracy")!.best;
    };
    expect(await best("Alpha")).toBeNull();
    expect(await best("Beta")).toMatchObject({ rank: 2, entrants: 2 });
  });

  it("?entries=all shows every live claim, the chart's too", async () => {
    const board = await getJson(fixture.app, `${BOARD}?entries=all`, 200, LeaderboardSchema);
    expect(board.entries.map((e) => e.subject)).toEqual(["Alpha", "Gamma", "Beta"]);
    expect([board.scope, board.hidden]).toEqual(["all", 0]);
    const series = await getJson(fixture.app, "/api/benchmarks/gsm8k--accuracy/series?entries=all", 200, SeriesSchema);
    expect(series.points).toHaveLength(4);
  });

  it("a reviewer's accept puts an unsure number on the default board", async () => {
    const all = await getJson(fixture.app, `${BOARD}?entries=all`, 200, LeaderboardSchema);
    const alpha = all.entries.find((e) => e.subject === "Alpha")!;
    const res = await fixture.app.request(`/api/claims/${alpha.claimId}/review`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${reviewer}` },
      body: JSON.stringify({ action: "accept" }),
    });
    expect(res.status).toBe(200);
    const board = await getJson(fixture.app, BOARD, 200, LeaderboardSchema);
    expect(board.entries.map((e) => e.subject)).toEqual(["Alpha", "Gamma", "Beta"]);
    expect(board.hidden).toBe(0);
  });

  it("an unknown scope is a validation error", async () => {
    const res = await fixture.app.request(`${BOARD}?entries=some`);
    expect(res.status).toBe(400);
  });
});
