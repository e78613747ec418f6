import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/client.js";
import { ingestRuns } from "../../db/schema/index.js";
import { keepRunAlive, markInterruptedRuns, markSilentRuns } from "../../domain/interrupted-runs.js";
import { createTestDatabase } from "../helpers/db.js";

// Finding 9 of the adversarial test (and issue 17): after kill -9 mid-ingest a run stayed "running" forever.
let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h.close();
});

describe("ingest runs left running by an ended process", () => {
  it("are marked interrupted, with the reason, and finished ones are left alone", async () => {
    const [dead] = await h.db
      .insert(ingestRuns)
      .values({ files: ["big.jsonl"], extractor: "rules@1" })
      .returning();
    const [done] = await h.db
      .insert(ingestRuns)
      .values({ files: ["ok.jsonl"], extractor: "rules@1", status: "succeeded" })
      .returning();
    expect(await markInterruptedRuns(h.db)).toBe(1);
    const [after] = await h.db.select().from(ingestRuns).where(eq(ingestRuns.id, dead!.id));
    expect(after!.status).toBe("interrupted");
    expect(after!.finishedAt).not.toBeNull();
    expect(after!.error).toContain("ended before the run finished");
    const [untouched] = await h.db.select().from(ingestRuns).where(eq(ingestRuns.id, done!.id));
    expect(untouched!.status).toBe("succeeded");
    expect(await markInterruptedRuns(h.db)).toBe(0);
  });
});

describe("on a server several processes share: the heartbeat", () => {
  const beat = { everyMs: 100, staleMs: 1000 };
  it("marks only runs whose heartbeat stopped, never a live run of another process", async () => {
    const [silent] = await h.db
      .insert(ingestRuns)
      .values({ files: ["killed.jsonl"], extractor: "rules@1", heartbeatAt: sql`now() - interval '5 seconds'` })
      .returning();
    const [neverBeat] = await h.db
      .insert(ingestRuns)
      .values({ files: ["killed-at-start.jsonl"], extractor: "rules@1", startedAt: sql`now() - interval '5 seconds'` })
      .returning();
    const [live] = await h.db
      .insert(ingestRuns)
      .values({ files: ["long.jsonl"], extractor: "rules@1", startedAt: sql`now() - interval '1 hour'` })
      .returning();
    const stop = keepRunAlive(h.db, live!.id, beat);
    try {
      await new Promise((r) => setTimeout(r, 250));
      expect(await markSilentRuns(h.db, beat)).toBe(2);
      const rows = await h.db
        .select()
        .from(ingestRuns)
        .where(inArray(ingestRuns.id, [silent!.id, neverBeat!.id, live!.id]));
      const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
      expect(status).toEqual({ [silent!.id]: "interrupted", [neverBeat!.id]: "interrupted", [live!.id]: "running" });
      expect(rows.find((r) => r.id === silent!.id)!.error).toContain("stopped renewing its heartbeat");
    } finally {
      stop();
    }
    await h.db
      .update(ingestRuns)
      .set({ heartbeatAt: sql`now() - interval '5 seconds'` })
      .where(eq(ingestRuns.id, live!.id));
    expect(await markSilentRuns(h.db, beat)).toBe(1);
  });
});
