import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../api/app.js";
import { ErrorSchema } from "../../contracts/common.js";
import { openDatabase, rowsOf, type DatabaseHandle } from "../../db/client.js";
import { createToken } from "../../domain/tokens.js";
import {
  type ApiProcess,
  type ReplicaCluster,
  replicationUnavailable,
  startApiProcess,
  startReplicaCluster,
} from "../helpers/replica-cluster.js";

// Issue 17: "replicas behind a load balancer answer consistently", tested with PostgreSQL's own streaming
// replication: a primary, a hot standby cloned with pg_basebackup, PgBouncer in transaction mode in front of
// both, and two API processes that write to the primary and read from the replica (DATABASE_READ_URL).
const missing = replicationUnavailable();
if (missing) console.warn(`replication test skipped: needs ${missing}`);

const BOARD = "/api/benchmarks/cifar-10--accuracy/leaderboard?entries=all";
const LIST = "/api/claims?dataset=CIFAR-10&metric=accuracy";
const SVG = "/embed/benchmarks/cifar-10--accuracy.svg?entries=all";
const PAGES = [BOARD, LIST, SVG];
/** Whether a page shows the paper the test writes: its number on the board and list, its count in the embed. */
const showsThird = (path: string, body: string) =>
  path === SVG ? body.includes("from 3 papers") : body.includes("97.5");

const papers = (...rows: [string, string][]) =>
  rows.map(([title, abstract]) => JSON.stringify({ title, abstract })).join("\n");

let cluster: ReplicaCluster;
let a: ApiProcess;
let b: ApiProcess;
let primary: DatabaseHandle;
let replica: DatabaseHandle;
let token: string;

async function ingestThrough(api: ApiProcess, name: string, body: string) {
  const res = await fetch(`${api.url}/api/ingest?filename=${name}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" },
    body,
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

/** Whether the replica's own data has this paper now: what any page read from it must agree with. */
async function replicaHas(title: string): Promise<boolean> {
  const rows = rowsOf(await replica.db.execute(sql`select 1 from papers where title = ${title}`));
  return rows.length > 0;
}

async function until(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const text = async (api: ApiProcess, path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${api.url}${path}`, { headers });
  return { status: res.status, etag: res.headers.get("etag"), body: await res.text() };
};

describe.skipIf(missing !== null)("a primary, a streaming replica, PgBouncer and two API processes", () => {
  beforeAll(async () => {
    const t0 = Date.now();
    cluster = await startReplicaCluster();
    const t1 = Date.now();
    // Migrated once, through PgBouncer as the processes would, so the two need not race over the first migration.
    primary = await openDatabase({ databaseUrl: cluster.primaryUrl, maxConnections: 2 });
    const t2 = Date.now();
    [a, b] = await Promise.all([startApiProcess(cluster), startApiProcess(cluster)]);
    console.log(`cluster ${t1 - t0} ms, migrations ${t2 - t1} ms, API processes ${Date.now() - t2} ms`);
    replica = await openDatabase({ databaseUrl: cluster.replicaDirectUrl, migrate: false, maxConnections: 2 });
    token = (await createToken(primary.db, "reviewer", "replication test")).token;
    await ingestThrough(
      a,
      "seed.jsonl",
      papers(
        ["Replica Seed One", "SeedNet achieves 91.2% accuracy on CIFAR-10, outperforming ResNet-50 by 2.1%."],
        ["Replica Seed Two", "OtherNet reaches 93.4% accuracy on CIFAR-10."],
      ),
    );
    await until("the seed papers through B", async () => (await text(b, LIST)).body.includes("Replica Seed Two"));
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([primary?.close(), replica?.close()]);
    cluster?.stop();
  });

  it("a write through A shows through B once replicated, and B never serves a page older than its database", async () => {
    const title = "Replica Three";
    // B has cached every page (whole answers and per-route caches) before the write.
    const before = new Map<string, string | null>();
    for (const path of PAGES) {
      await text(b, path);
      before.set(path, (await text(b, path)).etag);
    }
    // Replay paused: the write is committed on the primary but not yet on the replica, however fast streaming is.
    await replica.db.execute(sql`select pg_wal_replay_pause()`);
    try {
      await ingestThrough(a, "three.jsonl", papers([title, "ThirdNet achieves 97.5% accuracy on CIFAR-10."]));
      expect(rowsOf(await primary.db.execute(sql`select 1 from papers where title = ${title}`))).toHaveLength(1);
      expect(await replicaHas(title)).toBe(false);
      // Both processes answer as the replica stands: old, but whole and consistent (A included: reads are the replica's).
      for (const api of [a, b])
        for (const path of PAGES) {
          const page = await text(api, path);
          expect(page.status).toBe(200);
          expect(showsThird(path, page.body)).toBe(false);
          if (api === b) expect(page.etag).toBe(before.get(path));
        }
    } finally {
      await replica.db.execute(sql`select pg_wal_replay_resume()`);
    }
    // Once replayed, every page from B must show it. Each round asks the replica first: a page requested after
    // the replica had the paper yet without it (a 200 or a 304 for the old ETag) is a cached page older than B's database.
    let seen = false;
    let rounds = 0;
    await until("the write through B", async () => {
      rounds++;
      const replayed = await replicaHas(title);
      const pages = await Promise.all(
        PAGES.map(async (path) => ({ path, ...(await text(b, path, { "if-none-match": before.get(path) ?? "" })) })),
      );
      for (const page of pages) {
        if (replayed) {
          expect(page.status, `${page.path}: 304 for the old ETag after the replica had the write`).toBe(200);
          expect(showsThird(page.path, page.body), `${page.path}: served without the write the replica had`).toBe(true);
        }
      }
      seen = pages.every((p) => p.status === 200 && showsThird(p.path, p.body));
      return seen;
    });
    expect(seen).toBe(true);
    expect(rounds).toBeGreaterThan(0);
  });

  it("a review through B goes to the primary and shows through A", async () => {
    const claims = JSON.parse((await text(a, LIST)).body) as { items: { id: number; value: number }[] };
    const seed = claims.items.find((c) => c.value === 93.4)!;
    const res = await fetch(`${b.url}/api/claims/${seed.id}/review`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ action: "reject", note: "replication test" }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const state = async (api: ApiProcess) => (await text(api, `/api/claims/${seed.id}`)).body;
    await until("the review through A", async () => (await state(a)).includes('"rejected"'));
    // The board read through A drops the rejected number as soon as its detail shows the review.
    expect((await text(a, BOARD)).body).not.toContain("93.4");
  });

  it("a write that reaches a replica is refused with READ_ONLY_DATABASE in the one error shape", async () => {
    // An app whose only database is the replica: the token check's last-used write is the first the standby refuses.
    const app = createApp({ db: replica.db, dbKind: "postgres" });
    const res = await app.request("/api/claims/1/review", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ action: "accept" }),
    });
    expect(res.status).toBe(503);
    const body = ErrorSchema.parse(await res.json());
    expect(body.error.code).toBe("READ_ONLY_DATABASE");
    expect(body.error.requestId).toBeTruthy();
  });
});
