import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/client.js";
import { ingestRuns } from "../../db/schema/index.js";
import { markInterruptedRuns } from "../../domain/interrupted-runs.js";
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
    const [dead] = await h.db.insert(ingestRuns).values({ files: ["big.jsonl"], extractor: "rules@1" }).returning();
    const [done] = await h.db.insert(ingestRuns).values({ files: ["ok.jsonl"], extractor: "rules@1", status: "succeeded" }).returning();
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
