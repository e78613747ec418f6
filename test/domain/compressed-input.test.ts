import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSource, readSource, SourceReadError } from "../../domain/read-source.js";
import { dailyPapersDump, gzip, gzipBomb, papersJsonl, truncated } from "../helpers/gzip-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "cb-gz-"));
const file = (name: string, bytes: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function drain(path: string, options = {}) {
  const source = await openSource(path, undefined, options);
  const titles = (source.papers ?? []).map((p) => p.title);
  for await (const chunk of source.chunks ?? []) titles.push(...chunk.papers.map((p) => p.title));
  return { titles, progress: source.progress.bytesRead, size: source.size };
}

describe("gzip input", () => {
  it("streams a .jsonl.gz in chunks and counts progress in the file's own (compressed) bytes", async () => {
    const path = file("many.jsonl.gz", gzip(papersJsonl(1200, "Gz")));
    const source = await openSource(path);
    expect(source.papers).toBeUndefined();
    const r = await drain(path);
    expect(r.titles).toHaveLength(1200);
    expect(r.titles[1199]).toBe("Gz paper 1199");
    expect(r.progress).toBe(r.size);
  });

  it("is told by its bytes, not its name: a gzip named .jsonl is unpacked, a plain file named .gz is read as it is", async () => {
    expect((await drain(file("hidden.jsonl", gzip(papersJsonl(3, "Hidden"))))).titles).toEqual([
      "Hidden paper 0",
      "Hidden paper 1",
      "Hidden paper 2",
    ]);
    expect((await drain(file("plain.jsonl.gz", papersJsonl(2, "Plain")))).titles).toEqual([
      "Plain paper 0",
      "Plain paper 1",
    ]);
  });

  it("reads whole-file formats compressed: a Daily Papers dump .txt.gz", async () => {
    const plain = await readSource(file("dp.txt", dailyPapersDump()));
    const packed = await readSource(file("dp.txt.gz", gzip(dailyPapersDump())));
    expect(packed.format).toBe("daily-papers");
    expect(packed.papers.map((p) => p.title)).toEqual(plain.papers.map((p) => p.title));
    expect(packed.papers.length).toBeGreaterThan(40);
  });

  it("refuses a gzip bomb once it unpacks past the bound, naming what sets it", async () => {
    const bomb = file("bomb.jsonl.gz", gzipBomb(30));
    const options = { maxUnpackedBytes: 10 * 1024 * 1024, maxUnpackedName: "the test's bound" };
    await expect(drain(bomb, options)).rejects.toThrow(
      /bomb\.jsonl\.gz: unpacks to more than 10 MB, the most this ingest unpacks \(the test's bound\): a gzip bomb\?/,
    );
    const wholeBomb = file("bomb.json.gz", gzipBomb(30));
    await expect(readSource(wholeBomb, "json", options)).rejects.toThrow(/unpacks to more than 10 MB/);
  });

  it("refuses a truncated gzip with a message that says so, after the chunks before the damage", async () => {
    const path = file("cut.jsonl.gz", truncated(gzip(papersJsonl(3000, "Cut"))));
    const source = await openSource(path);
    let seen = 0;
    const read = async () => {
      for await (const chunk of source.chunks!) seen += chunk.papers.length;
    };
    await expect(read()).rejects.toThrow(SourceReadError);
    await expect(drain(path)).rejects.toThrow(/cut\.jsonl\.gz: the gzip data ends early \(truncated/);
    // The damage is found mid-stream: the ingest's transaction is what keeps those chunks from being stored.
    expect(seen).toBeGreaterThan(0);
    await expect(readSource(file("cut.txt.gz", truncated(gzip(dailyPapersDump()))))).rejects.toThrow(/ends early/);
  });

  it("names compressions it cannot read instead of calling them 'not UTF-8'", async () => {
    const zst = file("x.jsonl.zst", Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0, 0]));
    await expect(openSource(zst)).rejects.toThrow(
      /zstd-compressed input is not supported; decompress it first or recompress it with gzip/,
    );
  });
});
