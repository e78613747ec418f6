import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSource } from "../../../domain/read-source.js";
import { rowsOf, type DatabaseHandle } from "../../../db/client.js";
import { ingestSources } from "../../../domain/ingest.js";
import { entityKey } from "../../../extractors/names.js";
import { createTestDatabase } from "../../helpers/db.js";
import { fakeExtractor } from "../../helpers/fake-extractor.js";

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
  const files = ["test/fixtures/pwc/chexpert.json", "test/fixtures/pwc/cmrc.json"];
  await ingestSources(h.db, await Promise.all(files.map((f) => openSource(f))), fakeExtractor(), { files });
});
afterAll(async () => {
  await h.close();
});

interface FlagRow {
  code: string;
  subject: string;
  metric: string;
  condition: string | null;
  values: number[];
}

async function flagsOf(code: string): Promise<string[]> {
  const rows = rowsOf<FlagRow>(
    await h.db.execute(sql`
      select f.code, min(s.name) as subject, min(m.name) as metric, min(c.condition) as condition,
             array_agg(c.value order by c.value) as values
      from flags f join flag_claims fc on fc.flag_id = f.id join claims c on c.id = fc.claim_id
      join subjects s on s.id = c.subject_id join metrics m on m.id = c.metric_id
      where f.code = ${code} group by f.id, f.code`),
  );
  return rows
    .map(
      (r) =>
        `${entityKey(r.subject)} | ${r.metric}${r.condition ? ` (${r.condition})` : ""} | ${r.values.map(Number).join(", ")}`,
    )
    .sort();
}

// Worked out independently from the JSON files: the model (case and punctuation ignored), dataset and
// metric column keys that appear more than once with values more than 2% apart (the default tolerance). Rows of "Unnamed System"
// with no paper are different systems under one placeholder name; the importer rejects them.
const CHEXPERT = [
  "deepcnnsensemble | auc (average over 14 labels) | 0.914, 0.927",
  "deepcnnsensemble | num rads below curve | 2, 2.6",
  "densenet | auc (average over 14 labels) | 0.876, 0.896",
  "densenet | num rads below curve | 1.2, 1.4",
  "desmond | auc (average over 14 labels) | 0.916, 0.916, 0.927",
  "desmond | num rads below curve | 2.6, 2.6, 3",
  "multicnn | num rads below curve | 2, 2.4",
];
const CMRC_MODELS = {
  // Within 2% (the default tolerance): 46.43 vs 47.3, 87.7 vs 88.784, 90.286 to 91.566 agree.
  bertwwmextsinglemodel: ["22.421, 24", null, "71.4, 73.238", null],
  robertawwmextlargesinglemodel: ["23.214, 30.159, 31.548", "52.138, 57.229, 60.074", "74.198, 74.954, 76.588", null],
  uersinglemodel: ["22.817, 24.206", "45.173, 46.951", "72.952, 78.795", "90.137, 91.992"],
  xlnetmidsinglemodel: ["24.008, 29.1", "52.859, 55.8", "66.517, 69.3", "86.099, 89.2"],
};
const CMRC = Object.entries(CMRC_MODELS).flatMap(([model, [cem, cf1, tem, tf1]]) =>
  [
    cem && `${model} | exact match (challenge split) | ${cem}`,
    cf1 && `${model} | f1 (challenge split) | ${cf1}`,
    tem && `${model} | exact match (test split) | ${tem}`,
    tf1 && `${model} | f1 (test split) | ${tf1}`,
  ].filter((x): x is string => !!x),
);

describe("conflicts in real Papers with Code tables", () => {
  it("raises a CONFLICT for every model/dataset/metric key reported with different values, and no other", async () => {
    expect(await flagsOf("CONFLICT")).toEqual([...CMRC].sort());
  });

  it("does not call two leaderboard submissions without a paper a conflict between papers", async () => {
    // CheXpert's leaderboard rows and CMRC's two "P-Reader (single model)" rows name no paper: they are
    // submissions of one team under one name, not two papers disagreeing.
    for (const line of CHEXPERT) expect(await flagsOf("CONFLICT")).not.toContain(line);
  });

  it("raises nothing for the placeholder-named rows the importer rejects", async () => {
    // Kept, "Unnamed System" would have put 0.449 and 44.883 side by side as a scale slip.
    expect(await flagsOf("SCALE_MISMATCH")).toEqual([]);
    const unnamed = rowsOf<{ n: number }>(
      await h.db.execute(sql`select count(*)::int as n from claims where subject_text ilike 'unnamed system%'`),
    );
    expect(unnamed[0]!.n).toBe(0);
  });

  it("flags no key reported once, and none repeated with the same value", async () => {
    const lonely = rowsOf<{ n: number }>(
      await h.db.execute(sql`
        select count(*)::int as n from flag_claims fc join claims c on c.id = fc.claim_id
        where (select count(*) from claims o where o.benchmark_id = c.benchmark_id and o.subject_id = c.subject_id
               and o.condition is not distinct from c.condition) = 1`),
    );
    expect(lonely[0]!.n).toBe(0);
    // hoanganh_VB_ensemble3 reports 0.925 twice: a repeat, not a conflict.
    const repeated = rowsOf<{ n: number }>(
      await h.db.execute(
        sql`select count(*)::int as n from flag_claims fc join claims c on c.id = fc.claim_id where c.subject_text = 'hoanganh_VB_ensemble3'`,
      ),
    );
    expect(repeated[0]!.n).toBe(0);
  });
});
