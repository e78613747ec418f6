import { and, asc, eq, gt, inArray, isNotNull, sql } from "drizzle-orm";
import type { ClaimOut, ClaimQuery } from "../contracts/claims.js";
import type { ClaimExportFormat } from "../contracts/export.js";
import type { Database } from "../db/client.js";
import { claims, papers, subjects } from "../db/schema/index.js";
import { toModelIndexYaml } from "../extractors/tables/model-index.js";
import { getLeaderboard, getSeries } from "./benchmarks.js";
import { listClaims, selectClaims, toClaimOut } from "./claims.js";
import { notFound } from "./errors.js";
import {
  benchmarkCsv,
  claimAsTableRecord,
  claimCsvHeader,
  claimCsvRow,
  claimLine,
  type PaperLinks,
} from "./export-format.js";
import { resolveSubjectId } from "./lookup.js";

/** The filters of GET /api/claims, without paging: an export walks every page itself. */
export type ClaimFilters = Omit<ClaimQuery, "limit" | "cursor">;

// The API's largest page: one query per 200 claims, and never more than a page in memory.
const PAGE = 200;

/** Every claim the filters match, page by page in id order (keyset), so memory stays bounded at any table size. */
async function* claimPages(db: Database, filters: ClaimFilters): AsyncGenerator<ClaimOut[]> {
  let cursor: string | undefined;
  do {
    const page = await listClaims(db, { ...filters, limit: PAGE, cursor });
    if (page.items.length) yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

async function paperLinks(db: Database, ids: number[]): Promise<Map<number, PaperLinks>> {
  const rows = await db
    .select({ id: papers.id, url: papers.url, arxivId: papers.arxivId })
    .from(papers)
    .where(inArray(papers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { url: r.url, arxivId: r.arxivId }]));
}

/** The claims export as text pieces (the CSV header, then one piece per page), ready to stream. */
export async function* exportClaims(
  db: Database,
  filters: ClaimFilters,
  format: ClaimExportFormat,
): AsyncGenerator<string> {
  if (format === "csv") yield claimCsvHeader();
  for await (const page of claimPages(db, filters)) {
    if (format === "csv") {
      yield page.map(claimCsvRow).join("");
      continue;
    }
    const links = await paperLinks(
      db,
      page.map((c) => c.paper.id),
    );
    yield page.map((c) => `${JSON.stringify(claimLine(c, links.get(c.paper.id)))}\n`).join("");
  }
}

/**
 * A benchmark's absolute claims with leaderboard ranks, as CSV; NOT_FOUND for an unknown id. An export is
 * data for analysis: every live claim, ranked as the board with every entry shown (`?entries=all`).
 */
export async function exportBenchmarkCsv(db: Database, id: string): Promise<string> {
  const series = await getSeries(db, id, { entries: "all" });
  return benchmarkCsv(series, await getLeaderboard(db, id, { entries: "all" }));
}

/** A subject by id ("12") or by any name or alias it is known by; null when nothing matches. */
export async function findSubjectId(db: Database, nameOrId: string): Promise<number | null> {
  if (/^\d{1,9}$/.test(nameOrId.trim())) {
    const [row] = await db
      .select({ id: subjects.id })
      .from(subjects)
      .where(eq(subjects.id, Number(nameOrId)));
    if (row) return row.id;
  }
  return resolveSubjectId(db, nameOrId);
}

/**
 * A subject's live absolute claims that name a dataset, as Hugging Face model-index YAML: what a model
 * card can state, and what the model-index importer reads back to the same values.
 */
export async function exportSubjectModelIndex(db: Database, id: number): Promise<{ name: string; yaml: string }> {
  const [subject] = await db.select({ name: subjects.name }).from(subjects).where(eq(subjects.id, id));
  if (!subject) throw notFound(`subject ${id}`);
  const records = [];
  let after = 0;
  for (;;) {
    const rows = await selectClaims(db)
      .where(
        and(
          eq(claims.subjectId, id),
          eq(claims.kind, "absolute"),
          isNotNull(claims.datasetId),
          sql`${claims.reviewStatus} is distinct from 'rejected'`,
          gt(claims.id, after),
        ),
      )
      .orderBy(asc(claims.id))
      .limit(1000);
    for (const r of rows) {
      const record = claimAsTableRecord(toClaimOut(r));
      if (record) records.push(record);
    }
    const last = rows.at(-1);
    if (!last || rows.length < 1000) break;
    after = last.id;
  }
  return { name: subject.name, yaml: toModelIndexYaml(subject.name, records) };
}
