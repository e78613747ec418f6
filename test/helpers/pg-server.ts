import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's PostgreSQL binaries, newest version first; null when the server package is not installed. */
export function postgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, "bin", "initdb"))) return join(root, v, "bin");
  return null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/**
 * A private PostgreSQL server for tests that stop and start it (fault tests), so they never disturb
 * the shared server other test files use. initdb and pg_ctl refuse root: run them as `postgres` then.
 */
export async function startPrivatePostgres() {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql");
  const dir = mkdtempSync(join(tmpdir(), "cb-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const pgUid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const pgGid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, pgUid, pgGid);
  }
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", join(bin, tool), ...args], { stdio: "pipe" })
      : execFileSync(join(bin, tool), args, { stdio: "pipe" });
  const port = await freePort();
  run("initdb", ["-D", dir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const ctl = (action: "start" | "stop" | "restart") =>
    run("pg_ctl", [
      "-D",
      dir,
      "-l",
      join(dir, "server.log"),
      "-w",
      "-t",
      "30",
      ...(action === "start" || action === "restart"
        ? ["-o", `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`]
        : []),
      ...(action === "start" ? [] : ["-m", "fast"]),
      action,
    ]);
  ctl("start");
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => ctl("stop"),
    start: () => ctl("start"),
    restart: () => ctl("restart"),
    destroy: () => {
      try {
        run("pg_ctl", ["-D", dir, "-m", "immediate", "stop"]);
      } catch {
        // Already stopped.
      }
    },
  };
}
