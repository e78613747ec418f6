/**
 * `npm run bench:replicas`: read throughput of one and of two API processes reading a streaming replica.
 * Starts a primary, a replica (pg_basebackup) and PgBouncer in transaction mode (.ci/start-replication.sh),
 * ingests the sample corpus through the primary, then runs autocannon against one API process, and against
 * two at once with the connections split between them as a load balancer would, and prints req/s and the
 * ratio. Everything runs on this machine's cores: the API processes, PostgreSQL, PgBouncer and autocannon.
 */
import autocannon from "autocannon";
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { parseBenchEnv } from "../config/bench-env.js";
import { openDatabase, rowsOf } from "../db/client.js";
import {
  type ApiProcess,
  replicationUnavailable,
  startApiProcess,
  startReplicaCluster,
} from "../test/helpers/replica-cluster.js";

const bench = parseBenchEnv();
const SECONDS = bench.BENCH_REPLICA_SECONDS;
const CONNECTIONS = bench.BENCH_REPLICA_CONNECTIONS;
const ROUNDS = bench.BENCH_REPLICA_ROUNDS;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const missing = replicationUnavailable();
if (missing) {
  console.log(`bench:replicas skipped: needs ${missing}`);
  process.exit(0);
}

const cluster = await startReplicaCluster();
const apis: ApiProcess[] = [];
try {
  const files = readdirSync("data/daily-papers")
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join("data/daily-papers", f));
  execFileSync(process.execPath, ["--import", "tsx", "cli/ingest.ts", ...files], {
    env: { ...process.env, DATABASE_URL: cluster.primaryUrl },
    stdio: "ignore",
  });
  const primary = await openDatabase({ databaseUrl: cluster.primaryDirectUrl, migrate: false, maxConnections: 1 });
  const replica = await openDatabase({ databaseUrl: cluster.replicaDirectUrl, migrate: false, maxConnections: 1 });
  // The runs read the replica: wait until it has replayed everything the ingest wrote.
  const { lsn } = rowsOf<{ lsn: string }>(await primary.db.execute(sql`select pg_current_wal_lsn()::text as lsn`))[0]!;
  for (;;) {
    const { done } = rowsOf<{ done: boolean }>(
      await replica.db.execute(sql`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as done`),
    )[0]!;
    if (done) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // The boards with the most claims, read as a dashboard would: their leaderboards and claim lists.
  const boards = rowsOf<{ id: string; dataset: string; metric: string }>(
    await replica.db.execute(
      sql`select b.id, d.name as dataset, m.name as metric from benchmarks b join datasets d on d.id = b.dataset_id
          join metrics m on m.id = b.metric_id order by (select count(*) from claims c where c.benchmark_id = b.id) desc limit 20`,
    ),
  );
  await Promise.all([primary.close(), replica.close()]);
  const scenarios: [string, (i: number) => string][] = [
    ["leaderboards", (i) => `/api/benchmarks/${boards[i % boards.length]!.id}/leaderboard`],
    [
      "claim lists",
      (i) => {
        const b = boards[i % boards.length]!;
        return `/api/claims?dataset=${encodeURIComponent(b.dataset)}&metric=${encodeURIComponent(b.metric)}`;
      },
    ],
  ];

  apis.push(...(await Promise.all([startApiProcess(cluster), startApiProcess(cluster)])));

  async function run(targets: ApiProcess[], path: (i: number) => string, seconds = SECONDS) {
    const results = await Promise.all(
      targets.map((api) => {
        let i = 0;
        return autocannon({
          url: api.url,
          connections: Math.max(1, Math.round(CONNECTIONS / targets.length)),
          duration: seconds,
          requests: [{ setupRequest: (req) => ({ ...req, path: path(i++) }) }],
        });
      }),
    );
    const total = results.reduce((n, r) => n + r.requests.total, 0);
    const bad = results.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
    return { rps: total / seconds, bad };
  }

  // Two cores shared with other jobs make figures move: say how busy the machine was.
  console.log(
    `${boards.length} boards; ${CONNECTIONS} connections, ${SECONDS} s per run; reads from the replica through PgBouncer; load average ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log("scenario        1 process req/s   2 processes req/s   ratio");
  for (const [name, path] of scenarios) {
    // Warm both processes' caches first, so the two runs compare serving, not filling.
    await run(apis, path, 1);
    // One and two processes in turn, ROUNDS times: load from other jobs then weighs on both alike.
    const ones: number[] = [];
    const twos: number[] = [];
    let bad = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const one = await run([apis[0]!], path);
      const two = await run(apis, path);
      ones.push(one.rps);
      twos.push(two.rps);
      bad += one.bad + two.bad;
    }
    const [one, two] = [median(ones), median(twos)];
    console.log(
      `${name.padEnd(15)} ${one.toFixed(0).padStart(17)} ${two.toFixed(0).padStart(19)}   ${(two / one).toFixed(2)}` +
        `  (medians of ${ROUNDS}: ${ones.map((x) => x.toFixed(0)).join("/")} vs ${twos.map((x) => x.toFixed(0)).join("/")}${bad ? `; ${bad} errors or non-2xx` : ""})`,
    );
  }
} finally {
  await Promise.all(apis.map((a) => a.stop()));
  cluster.stop();
}
