import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { describeIssues } from "../contracts/describe-issues.js";
import { ClaimExportQuerySchema } from "../contracts/export.js";
import { exportBenchmarkCsv, exportClaims, exportSubjectModelIndex, findSubjectId } from "../domain/export.js";
import { envOrFail, fail, openConfiguredDatabase } from "./open-db.js";

const USAGE = `usage:
  npm run -s export -- claims [--format csv|jsonl] [--metric M] [--dataset D] [--subject S] [--benchmark B] [--paper ID] [--kind K] [--out FILE]
  npm run -s export -- benchmark ID [--out FILE]        (CSV: absolute claims with leaderboard ranks)
  npm run -s export -- subject NAME_OR_ID [--out FILE]  (Hugging Face model-index YAML)
Writes to stdout unless --out is given.`;

const OPTIONS = {
  format: { type: "string" },
  metric: { type: "string" },
  dataset: { type: "string" },
  subject: { type: "string" },
  benchmark: { type: "string" },
  paper: { type: "string" },
  kind: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean" },
} as const;

const usageError = (message: string): never => fail(`${message}\n${USAGE}`, 2);

/**
 * Writes text pieces to FILE or stdout with backpressure. A file is written under a temporary name and
 * renamed at the end, so a failed export never leaves a half file where a whole one is expected.
 */
async function write(pieces: AsyncIterable<string> | Iterable<string>, out: string | undefined): Promise<void> {
  const source = Readable.from(pieces, { objectMode: false });
  if (out === undefined) return pipeline(source, process.stdout as Writable, { end: false });
  const partial = `${out}.partial`;
  try {
    await pipeline(source, createWriteStream(partial));
    await rename(partial, out);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (err) {
    return usageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return void console.log(USAGE);
  const [what, target, ...extra] = positionals;
  if (!what) return usageError("say what to export: claims, benchmark or subject");
  if (!["claims", "benchmark", "subject"].includes(what)) return usageError(`unknown export "${what}"`);
  if (extra.length || (what === "claims" && target !== undefined))
    return usageError(`unexpected argument "${what === "claims" ? target : extra[0]}"`);
  if (what !== "claims" && !target)
    return usageError(`${what} needs ${what === "benchmark" ? "an ID" : "a NAME_OR_ID"}`);
  const filterFlags = ["format", "metric", "dataset", "subject", "benchmark", "paper", "kind"] as const;
  const misplaced = what === "claims" ? undefined : filterFlags.find((f) => values[f] !== undefined);
  if (misplaced) return usageError(`--${misplaced} applies to claims exports only`);

  // The same validation as the API's query: one definition of what a filter may be.
  let query;
  if (what === "claims") {
    const checked = ClaimExportQuerySchema.safeParse(
      Object.fromEntries(filterFlags.flatMap((f) => (values[f] === undefined ? [] : [[f, values[f]]]))),
    );
    if (!checked.success) return usageError(describeIssues(checked.error.issues));
    query = checked.data;
  }

  const handle = await openConfiguredDatabase("npm run export", envOrFail());
  try {
    if (query) {
      const { format, ...filters } = query;
      await write(exportClaims(handle.db, filters, format), values.out);
    } else if (what === "benchmark") {
      await write([await exportBenchmarkCsv(handle.db, target!)], values.out);
    } else {
      const id = await findSubjectId(handle.db, target!);
      if (id === null) throw new Error(`no subject is called "${target}" (give its name, an alias, or its id)`);
      await write([(await exportSubjectModelIndex(handle.db, id)).yaml], values.out);
    }
  } catch (err) {
    await handle.close();
    fail((err as Error).message);
  }
  await handle.close();
}

await main();
