import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../db/client.js";
import { seedMetrics } from "../domain/entities.js";
import { ingestSources } from "../domain/ingest.js";
import { largestLeaderboards } from "../domain/leaderboard-audit.js";
import { extractorOf } from "../config/extractor.js";
import { envOrFail, fail } from "./open-db.js";
import { openSource } from "../domain/read-source.js";

const USAGE =
  "usage: npm run -s audit:leaderboards -- [--boards M] [--top N] [--min-systems K] [--entries trusted|all|both] FILE...";

/**
 * Real-scale audit: ingests the files into a fresh temporary database and prints the top N entries of the
 * M largest leaderboards (by systems ranked) with model, setting and the evidence sentence, for a person to
 * judge against the abstracts. Nothing is kept.
 */
async function main() {
  const { values, positionals: files } = parseArgs({
    allowPositionals: true,
    options: {
      boards: { type: "string", default: "15" },
      top: { type: "string", default: "10" },
      "min-systems": { type: "string", default: "2" },
      entries: { type: "string", default: "trusted" },
    },
  });
  if (files.length === 0) fail(`no FILE given\n${USAGE}`, 2);
  const entries = values.entries;
  if (entries !== "trusted" && entries !== "all" && entries !== "both")
    fail(`--entries must be trusted, all or both, not ${entries}\n${USAGE}`, 2);
  const work = mkdtempSync(join(tmpdir(), "cb-audit-"));
  try {
    const handle = await openDatabase({ dataDir: join(work, "db"), purpose: "audit:leaderboards" });
    try {
      await seedMetrics(handle.db);
      const t0 = performance.now();
      const summary = await ingestSources(
        handle.db,
        (async function* () {
          for (const f of files) yield await openSource(f);
        })(),
        extractorOf(envOrFail()),
        { files },
      );
      process.stderr.write(
        `ingested ${summary.papersSeen} papers, ${summary.claimsInserted} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
      );
      // "both": every entry first (what extraction reads), then the default board (what a visitor sees).
      for (const scope of entries === "both" ? (["all", "trusted"] as const) : [entries as "all" | "trusted"]) {
        if (entries === "both")
          console.log(`\n# ${scope === "all" ? "Every entry (?entries=all)" : "Default boards: trusted entries"}`);
        const boards = await largestLeaderboards(handle.db, {
          boards: Number(values.boards),
          top: Number(values.top),
          minSystems: Number(values["min-systems"]),
          entries: scope,
        });
        for (const b of boards) {
          console.log(
            `\n## ${b.dataset} · ${b.metric}${b.setting ? ` · ${b.setting}` : ""} (${b.systems} systems, ${b.direction} is better${scope === "trusted" ? `, ${b.hidden} hidden as unverified` : ""}) [${b.id}]`,
          );
          for (const e of b.entries) {
            console.log(
              `${e.rank}. ${e.subject}${e.model && e.model !== e.subject ? ` [on ${e.model}]` : ""}: ${e.value}${e.condition ? ` (${e.condition})` : ""} — "${e.sentence.replace(/\s+/g, " ").slice(0, 300)}" — ${e.paper}`,
            );
          }
        }
      }
    } finally {
      await handle.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
