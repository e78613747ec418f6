import { and, asc, desc, eq, gt, ilike, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { papers } from "../db/schema/index.js";
import type { PaperDetail, PaperList, PaperQuery } from "../contracts/papers.js";
import { claimsOfPaper } from "./claims.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { notFound } from "./errors.js";

/** LIKE wildcards typed by a user are literal characters. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export async function listPapers(db: Database, q: PaperQuery): Promise<PaperList> {
  const where: SQL[] = [];
  for (const word of (q.q ?? "").split(/\s+/).filter(Boolean).slice(0, 10)) {
    where.push(ilike(papers.title, `%${escapeLike(word)}%`));
  }
  let order: SQL[];
  if (q.sort === "date") {
    // Newest first, undated last; the id breaks ties so the keyset is total.
    const after = decodeCursor(q.cursor, z.tuple([z.string().nullable(), z.number().int()]));
    if (after) {
      const [date, id] = after;
      where.push(
        date === null
          ? and(isNull(papers.date), lt(papers.id, id))!
          : or(lt(papers.date, date), and(eq(papers.date, date), lt(papers.id, id)), isNull(papers.date))!,
      );
    }
    order = [sql`${papers.date} desc nulls last`, desc(papers.id)];
  } else {
    const after = decodeCursor(q.cursor, z.tuple([z.number().int()]));
    if (after) where.push(gt(papers.id, after[0]));
    order = [asc(papers.id)];
  }
  const rows = await db
    .select({
      id: papers.id,
      title: papers.title,
      date: papers.date,
      url: papers.url,
      arxivId: papers.arxivId,
      // Counted per row of the page only: a join + group by would aggregate every claim first.
      claimCount: sql<number>`(select count(*) from claims c where c.paper_id = "papers"."id")::int`,
    })
    .from(papers)
    .where(and(...where))
    .orderBy(...order)
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const next =
    rows.length > q.limit && last
      ? q.sort === "date"
        ? encodeCursor([last.date, last.id])
        : encodeCursor([last.id])
      : null;
  return { items: page, nextCursor: next };
}

export async function getPaper(db: Database, id: number): Promise<PaperDetail> {
  const [paper] = await db.select().from(papers).where(eq(papers.id, id));
  if (!paper) throw notFound(`paper ${id}`);
  const paperClaims = await claimsOfPaper(db, id);
  return {
    id: paper.id,
    title: paper.title,
    date: paper.date,
    url: paper.url,
    arxivId: paper.arxivId,
    abstract: paper.abstract,
    sourceFile: paper.sourceFile,
    claimCount: paperClaims.length,
    claims: paperClaims,
  };
}
