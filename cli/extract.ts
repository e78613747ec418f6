import { extractorOf } from "../config/extractor.js";
import { readSource } from "../domain/read-source.js";
import { envOrFail, fail } from "./open-db.js";

/** Prints one JSON object per claim per line, with the paper's title: no database involved. */
async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) fail("usage: npm run -s extract -- FILE...", 2);
  const extractor = extractorOf(envOrFail());
  for (const path of files) {
    let source;
    try {
      source = await readSource(path);
    } catch (err) {
      fail((err as Error).message);
    }
    for (const p of source.problems) process.stderr.write(`${path}:${p.line ?? "?"}: ${p.reason}\n`);
    for (const paper of source.papers) {
      for (const claim of await extractor.extract(paper)) {
        process.stdout.write(`${JSON.stringify({ title: paper.title, ...claim })}\n`);
      }
    }
  }
}

await main();
