import { beforeAll, describe, expect, it } from "vitest";
import { LeaderboardSchema } from "../../contracts/benchmarks.js";
import { SubjectDetailSchema, SubjectListSchema } from "../../contracts/subjects.js";
import { ingestSources } from "../../domain/ingest.js";
import { databaseForFile, getJson } from "../helpers/api.js";
import { paper } from "../helpers/fake-extractor.js";
import { scriptedExtractor } from "../helpers/web-server.js";

// A subject page's rank is the leaderboard's, now that an entry is a subject on a base model and a
// fraction on a percentage board counts as a percentage.
const fixture = databaseForFile();
const ABSTRACT = "EORM gets 90.7% with Llama 3 8B. EORM gets 80.0% with Qwen2.5-7B. Other gets 85.0%. Frac gets 0.95.";
const claim = (subject: string, value: number, evidence: string, extra: Record<string, unknown> = {}) => ({
  metric: "accuracy",
  value,
  unit: "%" as const,
  subject,
  dataset: "GSM8K",
  evidence,
  ...extra,
});

beforeAll(async () => {
  const extractor = scriptedExtractor({
    "Rank Paper": [
      claim("EORM", 90.7, "90.7%", { model: "Llama 3 8B" }),
      claim("EORM", 80, "80.0%", { model: "Qwen2.5-7B" }),
      claim("Other", 85, "85.0%"),
      claim("Frac", 0.95, "0.95", { unit: null }),
    ],
  });
  await ingestSources(fixture.db, [{ file: "r.jsonl", papers: [paper("Rank Paper", ABSTRACT)] }], extractor, {
    files: ["r.jsonl"],
  });
});

describe("a subject's best claim and rank", () => {
  it("match the leaderboard's entries (subject + model) and its ranking of fractions", async () => {
    const board = await getJson(fixture.app, "/api/benchmarks/gsm8k--accuracy/leaderboard", 200, LeaderboardSchema);
    expect(board.entries.map((e) => [e.rank, e.subject, e.model])).toEqual([
      [1, "Frac", null],
      [2, "EORM", "Llama 3 8B"],
      [3, "Other", null],
      [4, "EORM", "Qwen2.5-7B"],
    ]);
    const subjects = await getJson(fixture.app, "/api/subjects?limit=50", 200, SubjectListSchema);
    for (const name of ["EORM", "Frac", "Other"]) {
      const id = subjects.items.find((s) => s.name === name)!.id;
      const detail = await getJson(fixture.app, `/api/subjects/${id}`, 200, SubjectDetailSchema);
      const best = detail.benchmarks.find((g) => g.benchmark.id === "gsm8k--accuracy")!.best!;
      const entry = board.entries.find((e) => e.subject === name)!;
      expect([best.rank, best.value, best.claimId, best.entrants], name).toEqual([
        entry.rank,
        entry.value,
        entry.claimId,
        4,
      ]);
    }
  });
});
