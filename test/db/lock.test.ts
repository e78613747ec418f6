import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "../../db/lock.js";

describe("PGlite data directory lock", () => {
  it("refuses a directory that a live process holds, naming it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cb-lock-"));
    const holder = spawn("sleep", ["30"]);
    try {
      writeFileSync(join(dir, "claimboard.lock"), JSON.stringify({ pid: holder.pid, purpose: "the Claimboard server (npm start)" }));
      expect(() => acquireDataDirLock(dir, "test")).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir, "test")).toThrow(`in use by process ${holder.pid} (the Claimboard server (npm start))`);
    } finally {
      holder.kill();
    }
  });

  it("takes over a stale lock and releases it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cb-lock-"));
    const dead = spawn("true");
    await new Promise((r) => dead.on("exit", r));
    writeFileSync(join(dir, "claimboard.lock"), JSON.stringify({ pid: dead.pid, purpose: "crashed" }));
    const release = acquireDataDirLock(dir, "test");
    expect(JSON.parse(readFileSync(join(dir, "claimboard.lock"), "utf8")).pid).toBe(process.pid);
    release();
    expect(existsSync(join(dir, "claimboard.lock"))).toBe(false);
  });
});
