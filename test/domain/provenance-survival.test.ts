import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/client.js";
import { appState, claims } from "../../db/schema/index.js";
import { ingestSources } from "../../domain/ingest.js";
import { upgradeIdentity } from "../../domain/rekey.js";
import { createTestDatabase } from "../helpers/db.js";
import { paper } from "../helpers/fake-extractor.js";
import { scriptedExtractor } from "../helpers/web-server.js";

// Whose number a claim is (the extractor's attribution) is what its "other paper" tier rests on: it must
// survive re-keying, and a re-extraction must bring it in line with what the extractor now says.
let h: DatabaseHandle;
const TITLE = "Omega Beats Zeta";
const ABSTRACT = "Omega gets 85.0% on GSM8K, against 72.0% for Zeta.";
const script = (zeta: "own" | "other") => ({
  [TITLE]: [
    {
      metric: "accuracy",
      value: 85,
      unit: "%" as const,
      subject: "Omega",
      dataset: "GSM8K",
      evidence: "85.0%",
      attribution: "own" as const,
    },
    {
      metric: "accuracy",
      value: 72,
      unit: "%" as const,
      subject: "Zeta",
      dataset: "GSM8K",
      evidence: "72.0%",
      attribution: zeta,
    },
  ],
});
const ingest = (zeta: "own" | "other", version: string) =>
  ingestSources(
    h.db,
    [{ file: "t.jsonl", papers: [paper(TITLE, ABSTRACT)] }],
    { ...scriptedExtractor(script(zeta)), version },
    { files: ["t.jsonl"] },
  );
const attributions = async () =>
  (
    await h.db.select({ subject: claims.subjectText, attribution: claims.attribution }).from(claims).orderBy(claims.id)
  ).map((r) => [r.subject, r.attribution]);

beforeAll(async () => {
  h = await createTestDatabase();
  await ingest("other", "1");
});
afterAll(async () => {
  await h.close();
});

describe("a claim's attribution", () => {
  it("is stored as the extractor gave it", async () => {
    expect(await attributions()).toEqual([
      ["Omega", "own"],
      ["Zeta", "other"],
    ]);
  });

  it("survives re-keying under newer identity rules", async () => {
    await h.db.update(appState).set({ value: "0" }).where(eq(appState.key, "identity"));
    expect(await upgradeIdentity(h.db)).toMatchObject({ rekeyed: 2 });
    expect(await attributions()).toEqual([
      ["Omega", "own"],
      ["Zeta", "other"],
    ]);
  });

  it("stays on an unchanged re-ingest and follows a re-extraction that reads it otherwise", async () => {
    const ids = (await h.db.select({ id: claims.id }).from(claims).orderBy(claims.id)).map((r) => r.id);
    await ingest("other", "1");
    expect(await attributions()).toEqual([
      ["Omega", "own"],
      ["Zeta", "other"],
    ]);
    await ingest("own", "2");
    expect(await attributions()).toEqual([
      ["Omega", "own"],
      ["Zeta", "own"],
    ]);
    // Same wording, same rows: the claims kept their ids (and so any review).
    expect((await h.db.select({ id: claims.id }).from(claims).orderBy(claims.id)).map((r) => r.id)).toEqual(ids);
  });
});
