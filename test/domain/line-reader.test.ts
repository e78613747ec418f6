import { mkdtempSync, writeFileSync, createWriteStream } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLines, type Line } from "../../domain/line-reader.js";

const dir = mkdtempSync(join(tmpdir(), "cb-lines-"));
async function all(path: string, max = 1000): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of readLines(path, max)) out.push(l);
  return out;
}

describe("line reader", () => {
  it("splits lines, handles CRLF, a missing final newline and multi-byte characters across chunks", async () => {
    const path = join(dir, "a.jsonl");
    writeFileSync(path, "one\r\ntwo ü\n\nthree é");
    expect(await all(path)).toEqual([
      { n: 1, text: "one" },
      { n: 2, text: "two ü" },
      { n: 3, text: "" },
      { n: 4, text: "three é" },
    ]);
  });

  it("skips a 100 MB line without holding it, and goes on", { timeout: 120_000 }, async () => {
    const path = join(dir, "huge.jsonl");
    const out = createWriteStream(path);
    out.write('{"title": "before"}\n{"title": "');
    const block = "x".repeat(1 << 20);
    for (let i = 0; i < 100; i++) if (!out.write(block)) await once(out, "drain");
    out.end('"}\n{"title": "after"}\n');
    await once(out, "finish");
    const before = process.memoryUsage().rss;
    let peak = before;
    const lines: Line[] = [];
    for await (const l of readLines(path, 10 * 1024 * 1024)) {
      lines.push(l);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(lines).toEqual([
      { n: 1, text: '{"title": "before"}' },
      { n: 2, tooLong: true },
      { n: 3, text: '{"title": "after"}' },
    ]);
    // Holding the line would take 100 MB or more; reading it past the limit must not.
    expect(peak - before).toBeLessThan(60 * 1024 * 1024);
  });

  it("fails a file that is not UTF-8, naming the line", async () => {
    const path = join(dir, "latin1.jsonl");
    writeFileSync(path, Buffer.from([0x6f, 0x6b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    await expect(all(path)).rejects.toThrow(/line 2 is not UTF-8/);
  });
});

describe("streamed JSON Lines sources", () => {
  it("report an over-long line with its number and keep the papers around it", async () => {
    const { openSource } = await import("../../domain/read-source.js");
    const path = join(dir, "long.jsonl");
    const ok = (t: string) => JSON.stringify({ title: t, abstract: "An abstract." });
    writeFileSync(
      path,
      `${ok("First")}\n${JSON.stringify({ title: "Huge", abstract: "x".repeat(11 * 1024 * 1024) })}\n${ok("Third")}\n`,
    );
    const source = await openSource(path);
    const titles: string[] = [];
    const problems: unknown[] = [];
    for await (const chunk of source.chunks!) {
      titles.push(...chunk.papers.map((p) => p.title));
      problems.push(...(chunk.problems ?? []));
    }
    expect(titles).toEqual(["First", "Third"]);
    expect(problems).toEqual([{ line: 2, reason: "line longer than 10 MB" }]);
  });
});
