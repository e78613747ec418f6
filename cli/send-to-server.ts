import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { IngestSummarySchema } from "../contracts/ingest.js";
import { ErrorSchema } from "../contracts/common.js";
import { fail } from "./open-db.js";
import { formatSummary } from "./summary.js";

/** Uploads files to a running server's POST /api/ingest, streaming each one, and prints its summaries. */
export async function sendToServer(
  url: string,
  token: string,
  files: string[],
  opts: { format?: string | undefined; sourceId?: string | undefined; dryRun: boolean; json: boolean },
) {
  process.stderr.write(`the embedded database is held by the server at ${url}: sending the files to it\n`);
  for (const file of files) {
    try {
      await stat(file);
    } catch {
      fail(`${file}: no such file`);
    }
    const q = new URLSearchParams({ filename: basename(file), dryRun: String(opts.dryRun) });
    if (opts.format) q.set("format", opts.format);
    if (opts.sourceId) q.set("source", opts.sourceId);
    const res = await fetch(`${url}/api/ingest?${q}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/octet-stream",
        "content-length": String((await stat(file)).size),
      },
      body: Readable.toWeb(createReadStream(file)) as ReadableStream,
      duplex: "half",
    } as RequestInit & { duplex: "half" });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const err = ErrorSchema.safeParse(body);
      fail(
        `${file}: the server answered ${res.status}${err.success ? ` ${err.data.error.code}: ${err.data.error.message}` : ""}`,
      );
    }
    const summary = IngestSummarySchema.parse(body);
    console.log(opts.json ? JSON.stringify(summary) : formatSummary(summary));
  }
}
