import { newPglite } from "./client.js";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { acquireDataDirLock } from "./lock.js";

/**
 * Backups in the native form of each database: pg_dump's custom format for a PostgreSQL server, a
 * gzipped tarball of the data directory (PGlite's own dump) for the embedded database.
 */

function run(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (err) =>
      reject(
        new Error(
          `${tool} could not start (${(err as NodeJS.ErrnoException).code}); install Debian's postgresql-client`,
        ),
      ),
    );
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

export async function backupPostgres(url: string, file: string): Promise<void> {
  await run("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, `--dbname=${url}`]);
}

/** Replaces the database's contents with the backup's, in one transaction: a failed restore changes nothing. */
export async function restorePostgres(url: string, file: string): Promise<void> {
  await run("pg_restore", [
    "--clean",
    "--if-exists",
    "--no-owner",
    "--single-transaction",
    "--exit-on-error",
    `--dbname=${url}`,
    file,
  ]);
}

/** Needs the data directory to itself: a running server holds it, and the lock says so. */
export async function backupPglite(dataDir: string, file: string): Promise<void> {
  if (!existsSync(dataDir)) throw new Error(`${dataDir}: no embedded database there`);
  const release = acquireDataDirLock(dataDir, "npm run backup");
  try {
    const db = newPglite(dataDir);
    await db.waitReady;
    try {
      const dump = await db.dumpDataDir("gzip");
      await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

/**
 * Restores into `dataDir`. A directory that already holds a database is kept aside as
 * `<dataDir>.before-restore-<time>` rather than deleted, so a wrong restore can be undone by hand.
 */
export async function restorePglite(file: string, dataDir: string): Promise<string | null> {
  const blob = new Blob([await readFile(file)]);
  let keptAside: string | null = null;
  if (existsSync(dataDir) && readdirSync(dataDir).some((f) => f !== "claimboard.lock")) {
    const release = acquireDataDirLock(dataDir, "npm run restore");
    release();
    keptAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dataDir, keptAside);
  }
  const release = acquireDataDirLock(dataDir, "npm run restore");
  try {
    const db = newPglite(dataDir, { loadDataDir: blob });
    await db.waitReady;
    await db.query("select 1");
    await db.close();
  } finally {
    release();
  }
  return keptAside;
}
