import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { LeaderboardSchema } from "../../contracts/benchmarks.js";
import { ClaimListSchema } from "../../contracts/claims.js";
import { ingestSources } from "../../domain/ingest.js";
import { localChanges } from "../../domain/local-changes.js";
import { createToken } from "../../domain/tokens.js";
import { appFor, databaseForFile, getJson } from "../helpers/api.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

const fixture = databaseForFile();
const board = "/api/benchmarks/imagenet--fid/leaderboard";
const list = "/api/claims?metric=fid&dataset=ImageNet";

beforeAll(async () => {
  const papers = [
    paper("Alpha Cache", "Alpha reaches fid 2.5 on ImageNet. Alpha reaches accuracy 80.1% on CIFAR-10.", {
      date: "2024-01-02",
    }),
    paper("Beta Cache", "Beta reaches fid 3.1 on ImageNet.", { date: "2023-05-01" }),
  ];
  await ingestSources(fixture.db, [{ file: "rc.jsonl", papers, problems: [] }], fakeExtractor(), {
    files: ["rc.jsonl"],
  });
  // The listener is set up on first use; wait until it is in place on the embedded database.
  if (fixture.handle.kind === "pglite")
    await vi.waitFor(() => expect(localChanges(fixture.db).generation).not.toBeNull());
});

/** Counts the queries the embedded database runs while `f` does. */
async function queriesDuring(f: () => Promise<unknown>): Promise<number> {
  const client = (fixture.db as unknown as { $client: PGlite }).$client;
  const spies = [vi.spyOn(client, "query"), vi.spyOn(client, "exec"), vi.spyOn(client, "transaction")];
  try {
    await f();
    return spies.reduce((n, s) => n + s.mock.calls.length, 0);
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

describe("cached reads on the embedded database", () => {
  it.runIf(!process.env.DATABASE_URL)(
    "answer a repeat with no query while nothing was written, with a request id of its own",
    async () => {
      const first = await fixture.app.request(board);
      expect(first.status).toBe(200);
      const firstBody = await first.text();
      // A URL is kept stamped from its second answer on (the first only marks it as worth the stamp).
      for (const path of [
        board,
        list,
        "/embed/benchmarks/imagenet--fid.svg",
        list,
        "/embed/benchmarks/imagenet--fid.svg",
      ])
        await (await fixture.app.request(path)).arrayBuffer();
      let again: Response | undefined;
      expect(
        await queriesDuring(async () => {
          again = await fixture.app.request(board);
          await (await fixture.app.request(list)).arrayBuffer();
          await (await fixture.app.request("/embed/benchmarks/imagenet--fid.svg")).arrayBuffer();
        }),
      ).toBe(0);
      expect(await again!.text()).toBe(firstBody);
      expect(again!.headers.get("etag")).toBe(first.headers.get("etag"));
      expect(again!.headers.get("content-type")).toBe("application/json");
      expect(again!.headers.get("x-content-type-options")).toBe("nosniff");
      expect(again!.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
      const notModified = await fixture.app.request(board, {
        headers: { "If-None-Match": first.headers.get("etag")! },
      });
      expect(notModified.status).toBe(304);
      expect(await notModified.text()).toBe("");
    },
  );

  it("serve what the database says the moment any write in this process commits, however it was made", async () => {
    const before = await getJson(fixture.app, board, 200, LeaderboardSchema);
    const beta = before.entries.find((e) => e.subject === "Beta")!;
    // Written past the API, as a psql session or a script on the same handle would.
    await fixture.db.transaction(async (tx) => {
      await tx.execute(sql`update claims set value = 1.5 where id = ${beta.claimId}`);
      await tx.execute(sql`update benchmarks set updated_at = now() + interval '1 second' where id = 'imagenet--fid'`);
    });
    const after = await getJson(fixture.app, board, 200, LeaderboardSchema);
    expect(after.entries[0]).toMatchObject({ subject: "Beta", value: 1.5 });
    const claims = await getJson(fixture.app, list, 200, ClaimListSchema);
    expect(claims.items.find((c) => c.id === beta.claimId)?.value).toBe(1.5);

    // A write elsewhere moves the counter; the board is checked against its own version and keeps its ETag.
    const tag = (await fixture.app.request(board)).headers.get("etag");
    await fixture.db.execute(
      sql`update benchmarks set updated_at = now() + interval '2 seconds' where id = 'cifar-10--accuracy'`,
    );
    expect((await fixture.app.request(board)).headers.get("etag")).toBe(tag);
  });

  it.runIf(!!process.env.DATABASE_URL)(
    "on PostgreSQL, answer a repeat after one shared version query, as the database is now",
    async () => {
      const svg = "/embed/benchmarks/imagenet--fid.svg";
      for (let i = 0; i < 2; i++)
        for (const path of [board, list, svg]) await (await fixture.app.request(path)).arrayBuffer();
      const spy = vi.spyOn(fixture.db, "execute");
      try {
        const answers = await Promise.all([board, list, svg].map((path) => fixture.app.request(path)));
        expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
        expect(spy).toHaveBeenCalledTimes(1);
      } finally {
        spy.mockRestore();
      }
    },
  );

  it.runIf(!process.env.DATABASE_URL)(
    "hear of a write made with triggers off, as when an ingest journal is undone",
    async () => {
      await getJson(fixture.app, board, 200, LeaderboardSchema);
      const before = localChanges(fixture.db).generation!;
      await fixture.db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`update data_versions set version = version + 1`);
      });
      expect(localChanges(fixture.db).generation).toBeGreaterThan(before);
    },
  );

  it("answer health as it is now: never kept, no ETag", async () => {
    const res = await fixture.app.request("/api/health");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("etag")).toBeNull();
  });

  it("leave a server whose reads need a token to check every one", async () => {
    const guarded = appFor(fixture.handle, { readsRequireToken: true });
    const viewer = await createToken(fixture.db, "viewer", "rc");
    expect((await guarded.request(board, { headers: { Authorization: `Bearer ${viewer.token}` } })).status).toBe(200);
    expect((await guarded.request(board)).status).toBe(401);
  });
});
