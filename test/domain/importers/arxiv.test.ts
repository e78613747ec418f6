import { count, like } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../db/client.js";
import { papers } from "../../../db/schema/index.js";
import { ruleExtractor } from "../../../extractors/claims/index.js";
import { arxivStateKey, importArxivRound } from "../../../domain/importers/arxiv.js";
import { readImportState, writeImportState } from "../../../domain/importers/import-state.js";
import { FetchFailedError, PoliteFetcher } from "../../../domain/importers/polite-fetch.js";
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
});
afterAll(async () => {
  await h.close();
});

// One database for the file; each test has its own query (its own resume state) and its own papers.
let QUERY = "";
let tag = 0;
const atom = (name: string): Reply => ({
  headers: { "content-type": "application/atom+xml; charset=utf-8" },
  // Entry titles carry the test's tag (the feed's own title has a type attribute and is left alone).
  body: fixture(name).replaceAll("<title>", `<title>[t${tag}] `),
});

/** The archive as it stands: three papers, or four once the fourth was announced. */
function archive(withFourth: () => boolean) {
  return (url: URL): Reply => {
    const start = url.searchParams.get("start");
    if (start === "0") return atom("arxiv-page-1.xml");
    if (start === "2") return atom("arxiv-page-2.xml");
    if (start === "3") return atom(withFourth() ? "arxiv-page-3.xml" : "arxiv-empty.xml");
    return { status: 400, body: "unexpected start" };
  };
}

function setup(reply: (url: URL, n: number) => Reply | "drop", maxRetries = 4) {
  tag++;
  QUERY = `cat:cs.LG AND ti:t${tag}`;
  const t = fakeClock();
  const lines: string[] = [];
  const fetcher = new PoliteFetcher({
    userAgent: "Claimboard-test/1",
    minIntervalMs: 3000,
    baseDelayMs: 5000,
    maxRetries,
    clock: t.clock,
  });
  const round = () =>
    importArxivRound(h.db, {
      query: QUERY,
      baseUrl: `${server!.url}/api/query`,
      pageSize: 2,
      fetcher,
      extractor: ruleExtractor,
      log: (l) => lines.push(l),
    });
  return { t, lines, fetcher, round, start: async () => (server = await startReplayServer(reply)) };
}
const paperCount = async () =>
  (
    await h.db
      .select({ n: count() })
      .from(papers)
      .where(like(papers.title, `[t${tag}] %`))
  )[0]!.n;

describe("arXiv API import", () => {
  it("pages through the query politely, oldest first, one transaction per page, and remembers where it stopped", async () => {
    const s = setup(archive(() => false));
    await s.start();
    const r = await s.round();
    expect(r.summary).toMatchObject({ papersNew: 3, files: [`arxiv:${QUERY}`] });
    expect(r.summary.claimsInserted).toBeGreaterThan(0);
    expect(r.entries).toBe(3);
    const asked = server!.requests.map((q) => [
      q.url.pathname,
      q.url.searchParams.get("search_query"),
      q.url.searchParams.get("start"),
      q.url.searchParams.get("max_results"),
      q.url.searchParams.get("sortOrder"),
    ]);
    // Page 2 had fewer entries than asked for: the round ends without asking for a third.
    expect(asked).toEqual([
      ["/api/query", QUERY, "0", "2", "ascending"],
      ["/api/query", QUERY, "2", "2", "ascending"],
    ]);
    expect(server!.requests.every((q) => q.headers["user-agent"] === "Claimboard-test/1")).toBe(true);
    // At least 3 s between requests: the fake clock stood still, so the whole gap was waited.
    expect(s.t.sleeps).toEqual([3000]);
    expect(await readImportState(h.db, arxivStateKey(QUERY))).toBe("3");
    expect(s.lines[0]).toMatch(/^arxiv cat:cs\.LG AND ti:t\d+: 2 read so far, \+2 this page/);
  });

  it("re-run: asks only past where it stopped and stores nothing twice, even with its state lost", async () => {
    const s = setup(archive(() => false));
    await s.start();
    await s.round();
    const again = await s.round();
    expect(server!.requests.at(-1)!.url.searchParams.get("start")).toBe("3");
    expect(again.summary).toMatchObject({ papersSeen: 0, papersNew: 0 });
    await writeImportState(h.db, arxivStateKey(QUERY), "0");
    const fromScratch = await s.round();
    expect(fromScratch.summary).toMatchObject({ papersSeen: 3, papersNew: 0, papersUnchanged: 3, claimsInserted: 0 });
    expect(await paperCount()).toBe(3);
  });

  it("resumes after an interruption: a page that never came is asked for again, the committed one is not", async () => {
    let networkDown = true;
    const s = setup(
      (url) => (url.searchParams.get("start") === "2" && networkDown ? "drop" : archive(() => false)(url)),
      1,
    );
    await s.start();
    const err = await s.round().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchFailedError);
    expect((err as Error).message).toMatch(/network error.*gave up after 2 attempts/);
    expect(await readImportState(h.db, arxivStateKey(QUERY))).toBe("2");
    expect(await paperCount()).toBe(2);
    networkDown = false;
    const r = await s.round();
    expect(server!.requests.at(-1)!.url.searchParams.get("start")).toBe("2");
    expect(r.summary.papersNew).toBe(1);
    expect(await readImportState(h.db, arxivStateKey(QUERY))).toBe("3");
  });

  it("backs off on 503 (exponentially) and then succeeds, losing nothing", async () => {
    const s = setup((url, n) => (n < 2 ? { status: 503, body: "Service Unavailable" } : archive(() => false)(url)));
    await s.start();
    const r = await s.round();
    expect(r.summary.papersNew).toBe(3);
    expect(server!.requests.map((q) => q.url.searchParams.get("start"))).toEqual(["0", "0", "0", "2"]);
    // 5 s, then 10 s, then the usual 3 s gap before page 2.
    expect(s.t.sleeps).toEqual([5000, 10000, 3000]);
  });

  it("honours Retry-After on 429, then succeeds", async () => {
    const s = setup((url, n) =>
      n === 1
        ? { status: 429, headers: { "retry-after": "42" }, body: "Too Many Requests" }
        : archive(() => false)(url),
    );
    await s.start();
    const r = await s.round();
    expect(r.summary.papersNew).toBe(3);
    expect(server!.requests.map((q) => q.url.searchParams.get("start"))).toEqual(["0", "2", "2"]);
    expect(s.t.sleeps).toEqual([3000, 42000]);
  });

  it("watch: two rounds on the schedule, the second ingesting only the paper announced in between", async () => {
    let fourth = false;
    const s = setup(archive(() => fourth));
    await s.start();
    const rounds: number[] = [];
    const log: string[] = [];
    await watch(
      async (n) => {
        if (n === 2) fourth = true;
        rounds.push((await s.round()).summary.papersNew);
      },
      { everyMs: 3_600_000, clock: s.t.clock, rounds: 2, log: (l) => log.push(l) },
    );
    expect(rounds).toEqual([3, 1]);
    expect(await paperCount()).toBe(4);
    // The hour is counted from the start of round 1, which itself waited 3 s between its pages.
    expect(s.t.sleeps).toEqual([3000, 3_597_000]);
    expect(log).toEqual(["next round in 3597 s"]);
    expect(await readImportState(h.db, arxivStateKey(QUERY))).toBe("4");
  });
});
