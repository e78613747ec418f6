import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, postgresBin } from "./pg-server.js";

const START = ".ci/start-replication.sh";
const STOP = ".ci/stop-replication.sh";

export interface ReplicaCluster {
  /** Through PgBouncer (transaction mode): what the API processes are given. */
  primaryUrl: string;
  replicaUrl: string;
  /** Straight to the servers: what a test checks against, bypassing PgBouncer's pools. */
  primaryDirectUrl: string;
  replicaDirectUrl: string;
  stop(): void;
}

/** Why a primary, a replica and PgBouncer cannot be started here, or null when they can. */
export function replicationUnavailable(): string | null {
  const bin = postgresBin();
  if (!bin || !existsSync(join(bin, "pg_basebackup"))) return "PostgreSQL server binaries (Debian's postgresql)";
  if (!existsSync("/usr/sbin/pgbouncer")) return "PgBouncer (apt-get install pgbouncer)";
  // initdb, pg_ctl and pgbouncer refuse root; as root the script runs them as `postgres` with runuser.
  if (process.getuid?.() === 0 && !existsSync("/usr/sbin/runuser")) return "runuser, to run the servers as postgres";
  return null;
}

/** Starts .ci/start-replication.sh on free loopback ports in a fresh temporary folder. */
export async function startReplicaCluster(): Promise<ReplicaCluster> {
  const dir = mkdtempSync(join(tmpdir(), "cb-replication-"));
  // The script creates DIR itself (owned by postgres): hand it a path that does not exist yet.
  rmSync(dir, { recursive: true });
  const ports = [await freePort(), await freePort(), await freePort()].map(String);
  const stop = () => execFileSync("bash", [STOP, dir], { stdio: "ignore" });
  let out: string;
  try {
    out = execFileSync("bash", [START, dir, ...ports], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (err) {
    stop();
    throw err;
  }
  const vars = Object.fromEntries([...out.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
  return {
    primaryUrl: vars.PRIMARY_URL!,
    replicaUrl: vars.REPLICA_URL!,
    primaryDirectUrl: vars.PRIMARY_DIRECT_URL!,
    replicaDirectUrl: vars.REPLICA_DIRECT_URL!,
    stop,
  };
}

export interface ApiProcess {
  url: string;
  stop(): Promise<void>;
}

/** One API process (test/helpers/replica-api-server.ts) writing to the primary and reading from the replica. */
export async function startApiProcess(cluster: ReplicaCluster, env: NodeJS.ProcessEnv = {}): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "test/helpers/replica-api-server.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: cluster.primaryUrl,
      DATABASE_READ_URL: cluster.replicaUrl,
      LOG_LEVEL: "silent",
      RATE_LIMIT_WRITES_PER_MINUTE: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const line = /^(http:\/\/\S+)\n/m.exec(out);
      if (line) resolve(line[1]!);
    });
    child.once("exit", (code) => reject(new Error(`API process exited (${code}) before listening:\n${stderr}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}
