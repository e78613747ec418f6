import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { fixture, startReplayServer, type ReplayServer } from "../helpers/replay-server.js";

// The commands' own wiring (flags, database, output); the behaviour is tested in test/domain/importers.
let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer((url, n) => {
    if (url.pathname === "/api/daily_papers")
      return { body: url.searchParams.get("date") === "2025-01-16" ? fixture("hf-daily-2025-01-16.json") : "[]" };
    if (n === 0) return { status: 503, headers: { "retry-after": "1" } };
    const start = url.searchParams.get("start");
    return {
      body: fixture(start === "0" ? "arxiv-page-1.xml" : start === "2" ? "arxiv-page-2.xml" : "arxiv-empty.xml"),
    };
  });
});
afterAll(async () => {
  await server.close();
});

const env = { DATA_DIR: join(mkdtempSync(join(tmpdir(), "cb-import-")), "data"), DATABASE_URL: "" };

describe("npm run import:arxiv and import:hf-daily", () => {
  it("import a query's pages and a day, printing progress lines and a summary", { timeout: 240_000 }, async () => {
    const arxiv = await runCli(
      "cli/import-arxiv.ts",
      ["--query", "cat:cs.LG", "--page-size", "2", "--base-url", `${server.url}/api/query`, "--json"],
      env,
    );
    expect(arxiv.code, arxiv.stderr).toBe(0);
    expect(JSON.parse(arxiv.stdout)).toMatchObject({ round: 1, entries: 3, resumeAt: "3", papersNew: 3 });
    expect(arxiv.stderr).toContain("HTTP 503: retry 1 in 1 s");
    expect(arxiv.stderr).toMatch(/arxiv cat:cs\.LG: 3 read so far, \+1 this page/);
    expect(server.requests[0]!.headers["user-agent"]).toMatch(/^Claimboard\//);

    const hf = await runCli(
      "cli/import-hf-daily.ts",
      ["--date", "2025-01-16", "--base-url", `${server.url}/api/daily_papers`],
      env,
    );
    expect(hf.code, hf.stderr).toBe(0);
    expect(hf.stdout).toContain("papers: 1 read, 1 new");
    expect(hf.stderr).toContain("hf-daily 2025-01-16: 1 papers");
  });

  it("refuses bad flags with the usage", async () => {
    const r = await runCli("cli/import-hf-daily.ts", ["--since", "2025-02-30"], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since wants a date YYYY-MM-DD; got 2025-02-30\nusage: npm run -s import:hf-daily/);
    // A month that does not exist is refused the same way, not with a RangeError and a stack.
    const month = await runCli("cli/import-hf-daily.ts", ["--date", "2025-13-01"], env);
    expect(month.code).toBe(2);
    expect(month.stderr).toMatch(/--date wants a date YYYY-MM-DD; got 2025-13-01\nusage:/);
  });
});
