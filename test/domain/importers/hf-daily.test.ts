import { count, like } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../db/client.js";
import { appState, papers } from "../../../db/schema/index.js";
import { ruleExtractor } from "../../../extractors/claims/index.js";
import { HF_DAILY_STATE_KEY, importHfDailyRound } from "../../../domain/importers/hf-daily.js";
import { readImportState } from "../../../domain/importers/import-state.js";
import { PoliteFetcher } from "../../../domain/importers/polite-fetch.js";
import { watch } from "../../../domain/importers/watch.js";
import { createTestDatabase } from "../../helpers/db.js";
import { fakeClock, fixture, startReplayServer, type Reply, type ReplayServer } from "../../helpers/replay-server.js";

let h: DatabaseHandle;
let server: ReplayServer | null = null;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterEach(async () => {
  await server?.close();
  server = null;
  // The Daily Papers state is one row for the whole database: each test starts without it.
  await h.db.delete(appState).where(like(appState.key, "import:hf-daily%"));
});
afterAll(async () => {
  await h.close();
});

let tag = 0;
const DAYS: Record<string, string> = {
  "2025-01-15": "hf-daily-2025-01-15.json",
  "2025-01-16": "hf-daily-2025-01-16.json",
};
/** Daily Papers as recorded; a day with nothing recorded answers [] as the API does for a day without papers. */
function days(url: URL): Reply {
  const name = DAYS[url.searchParams.get("date") ?? ""];
  const body = name ? fixture(name).replaceAll('"title": "', `"title": "[h${tag}] `) : "[]";
  return { headers: { "content-type": "application/json; charset=utf-8" }, body };
}

const todayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const paperCount = async () =>
  (
    await h.db
      .select({ n: count() })
      .from(papers)
      .where(like(papers.title, `[h${tag}] %`))
  )[0]!.n;

async function setup(reply: (url: URL, n: number) => Reply | "drop" = days) {
  tag++;
  server = await startReplayServer(reply);
  const t = fakeClock(Date.parse("2025-01-16T12:00:00Z"));
  const fetcher = new PoliteFetcher({
    userAgent: "Claimboard-test/1",
    minIntervalMs: 1000,
    baseDelayMs: 2000,
    clock: t.clock,
  });
  const round = (o: { since?: string; dates?: string[] } = {}) =>
    importHfDailyRound(h.db, {
      ...o,
      today: todayOf(t.clock.now()),
      baseUrl: `${server!.url}/api/daily_papers`,
      fetcher,
      extractor: ruleExtractor,
    });
  return { t, round };
}

describe("Hugging Face Daily Papers import", () => {
  it("--since: one request and one transaction per day up to today; days before today are remembered as done", async () => {
    const s = await setup();
    const r = await s.round({ since: "2025-01-15" });
    expect(server!.requests.map((q) => [q.url.pathname, q.url.searchParams.get("date")])).toEqual([
      ["/api/daily_papers", "2025-01-15"],
      ["/api/daily_papers", "2025-01-16"],
    ]);
    expect(r.summary).toMatchObject({ papersNew: 3, files: ["hf-daily:2025-01-15..2025-01-16"] });
    expect(await paperCount()).toBe(3);
    // Today may still get papers: it is not done.
    expect(await readImportState(h.db, HF_DAILY_STATE_KEY)).toBe("2025-01-15");
    const again = await s.round({ since: "2025-01-15" });
    expect(server!.requests.at(-1)!.url.searchParams.get("date")).toBe("2025-01-16");
    expect(server!.requests).toHaveLength(3);
    expect(again.summary).toMatchObject({ papersNew: 0, papersUnchanged: 1, claimsInserted: 0 });
  });

  it("--date: exactly that day, leaving the calendar state alone", async () => {
    const s = await setup();
    const r = await s.round({ dates: ["2025-01-15"] });
    expect(r.summary.papersNew).toBe(2);
    expect(await readImportState(h.db, HF_DAILY_STATE_KEY)).toBeNull();
  });

  it("backs off on 503 and on 429 with Retry-After, then stores the day", async () => {
    const s = await setup((url, n) =>
      n === 0 ? { status: 503 } : n === 1 ? { status: 429, headers: { "retry-after": "30" } } : days(url),
    );
    const r = await s.round({ dates: ["2025-01-15"] });
    expect(r.summary.papersNew).toBe(2);
    expect(s.t.sleeps).toEqual([2000, 30000]);
  });

  it("watch: two rounds a day apart; the second asks again for the day that was today, then the new today", async () => {
    const s = await setup();
    const news: number[] = [];
    await watch(
      async (n) => void news.push((await s.round(n === 1 ? { since: "2025-01-15" } : {})).summary.papersNew),
      {
        everyMs: 86_400_000,
        clock: s.t.clock,
        rounds: 2,
      },
    );
    expect(news).toEqual([3, 0]);
    expect(server!.requests.map((q) => q.url.searchParams.get("date"))).toEqual([
      "2025-01-15",
      "2025-01-16",
      "2025-01-16",
      "2025-01-17",
    ]);
    expect(await readImportState(h.db, HF_DAILY_STATE_KEY)).toBe("2025-01-16");
  });
});
