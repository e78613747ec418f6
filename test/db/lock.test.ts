import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError, processStartTime } from "../../db/lock.js";

describe("PGlite data directory lock", () => {
  it("refuses a directory that a live process holds, naming it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cb-lock-"));
    const holder = spawn("sleep", ["30"]);
    try {
      writeFileSync(
        join(dir, "claimboard.lock"),
        JSON.stringify({ pid: holder.pid, purpose: "the Claimboard server (npm start)" }),
      );
      expect(() => acquireDataDirLock(dir, "test")).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir, "test")).toThrow(
        `in use by process ${holder.pid} (the Claimboard server (npm start))`,
      );
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

// Issue 15, finding 9: a stale lock whose pid the system gave to another live process blocked the folder.
describe.skipIf(!existsSync("/proc/self/stat"))("PGlite data directory lock, by pid and start time", () => {
  it("records this process's start time, as /proc says it", () => {
    const dir = mkdtempSync(join(tmpdir(), "cb-lock-"));
    const release = acquireDataDirLock(dir, "test");
    const body = JSON.parse(readFileSync(join(dir, "claimboard.lock"), "utf8"));
    expect(body.started).toMatch(/^\d+$/);
    expect(body.started).toBe(processStartTime(process.pid));
    release();
  });

  it("takes over a lock whose pid is alive but started at another time (the pid was reused)", () => {
    const dir = mkdtempSync(join(tmpdir(), "cb-lock-"));
    const other = spawn("sleep", ["30"]);
    try {
      const started = processStartTime(other.pid!)!;
      const earlier = String(Number(started) - 12345);
      writeFileSync(
        join(dir, "claimboard.lock"),
        JSON.stringify({ pid: other.pid, started: earlier, purpose: "a server that crashed" }),
      );
      const release = acquireDataDirLock(dir, "test");
      expect(JSON.parse(readFileSync(join(dir, "claimboard.lock"), "utf8")).pid).toBe(process.pid);
      release();
    } finally {
      other.kill();
    }
  });

  it("still refuses a lock whose pid and start time match a live process", () => {
    const dir = mkdtempSync(join(tmpdir(), "cb-lock-"));
    const holder = spawn("sleep", ["30"]);
    try {
      writeFileSync(
        join(dir, "claimboard.lock"),
        JSON.stringify({ pid: holder.pid, started: processStartTime(holder.pid!), purpose: "npm start" }),
      );
      expect(() => acquireDataDirLock(dir, "test")).toThrow(DataDirLockedError);
    } finally {
      holder.kill();
    }
  });
});
