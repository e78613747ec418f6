import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sweepStaleUploads } from "../../api/upload-dirs.js";

// Finding 9 of the adversarial test: uploads killed mid-request left their temporary folders forever.
const base = mkdtempSync(join(tmpdir(), "cb-sweep-test-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("upload folders a killed server left behind", () => {
  it("are removed when older than an hour; fresh ones and other folders stay", async () => {
    const old = join(base, "cb-upload-old");
    const fresh = join(base, "cb-upload-fresh");
    const other = join(base, "someone-elses-old");
    for (const d of [old, fresh, other]) mkdirSync(d);
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    utimesSync(other, twoHoursAgo, twoHoursAgo);
    expect(await sweepStaleUploads(3_600_000, base)).toBe(1);
    expect([existsSync(old), existsSync(fresh), existsSync(other)]).toEqual([false, true, true]);
  });
});

describe("upload folders named for the server that made them", () => {
  it("are removed at once when that process has ended (or its pid was reused), kept while it runs", async () => {
    const { processStartTime } = await import("../../db/lock.js");
    const { spawn } = await import("node:child_process");
    const dead = spawn("true");
    await new Promise((r) => dead.on("exit", r));
    const mine = join(base, `cb-upload-${process.pid}-${processStartTime(process.pid)}-abc`);
    const gone = join(base, `cb-upload-${dead.pid}-123-abc`);
    const reused = join(base, `cb-upload-${process.pid}-1-abc`);
    for (const d of [mine, gone, reused]) mkdirSync(d);
    expect(await sweepStaleUploads(3_600_000, base)).toBe(2);
    expect([existsSync(mine), existsSync(gone), existsSync(reused)]).toEqual([true, false, false]);
  });
});
