import { inArray } from "drizzle-orm";
import type { Leaderboard, LeaderboardQuery } from "../contracts/benchmarks.js";
import type { Database } from "../db/client.js";
import { papers } from "../db/schema/index.js";
import { markdownCell, markdownLink, markdownTable } from "../extractors/export/markdown.js";
import { latexToText } from "../extractors/latex-text.js";
import { getLeaderboard } from "./benchmarks.js";

const QUALIFIER_PREFIX: Record<string, string> = {
  up_to: "up to ",
  average: "avg. ",
  at_least: "≥ ",
  more_than: "> ",
  less_than: "< ",
  approx: "≈ ",
};

/** The value as the paper wrote it ("2.10%", "up to 4.86×"), with its qualifier. */
function stated(e: Leaderboard["entries"][number]): string {
  const n = e.valueText?.trim() || String(e.value);
  const unit = e.unit === null ? "" : e.unit === "%" ? "%" : e.unit === "x" ? "×" : ` ${e.unit}`;
  return `${QUALIFIER_PREFIX[e.qualifier] ?? ""}${n}${unit}`;
}

/** The paper's own page: its URL, else its arXiv abstract page; null when neither is known. */
function paperUrl(p: { url: string | null; arxivId: string | null } | undefined): string | null {
  if (p?.url && /^https?:\/\//i.test(p.url)) return p.url;
  return p?.arxivId ? `https://arxiv.org/abs/${encodeURIComponent(p.arxivId)}` : null;
}

/**
 * A leaderboard as a GitHub-flavoured Markdown table for a wiki: rank, system, base model, the value as
 * written, the paper's title and a link to it; a heading line says what the board ranks and which entries
 * it holds. The same entries as GET /api/benchmarks/:id/leaderboard with the same query; NOT_FOUND for an
 * unknown id. Titles and names are shown as text (LaTeX turned into Unicode) and escaped as cells.
 */
export async function exportBenchmarkMarkdown(db: Database, id: string, query: LeaderboardQuery = {}): Promise<string> {
  const board = await getLeaderboard(db, id, query);
  const b = board.benchmark;
  const ids = [...new Set(board.entries.map((e) => e.paper.id))];
  const links = ids.length
    ? await db
        .select({ id: papers.id, url: papers.url, arxivId: papers.arxivId })
        .from(papers)
        .where(inArray(papers.id, ids))
    : [];
  const linkOf = new Map(links.map((l) => [l.id, l]));
  const metric = b.metricDisplay ?? b.metric;
  const scope = [
    board.scope === "all" ? "every extracted entry" : "trusted entries",
    query.model ? `on ${query.model}` : "",
    query.method ? `${query.method} only` : "",
    query.tier ? `tiers: ${query.tier}` : "",
  ].filter(Boolean);
  const head =
    `**${markdownCell(latexToText(b.dataset))} · ${markdownCell(metric)}**` +
    ` (${b.direction === "lower" ? "lower" : "higher"} is better; setting: ${markdownCell(b.setting || "as reported")}; ${markdownCell(scope.join(", "))})\n\n`;
  const rows = board.entries.map((e) => [
    String(e.rank),
    markdownCell(latexToText(e.subject)),
    e.model !== null && e.modelId !== e.subjectId ? markdownCell(latexToText(e.model)) : "",
    markdownCell(stated(e)),
    markdownCell(latexToText(e.paper.title)),
    markdownLink(paperUrl(linkOf.get(e.paper.id)) === null ? "" : "paper", paperUrl(linkOf.get(e.paper.id))),
  ]);
  const table = markdownTable(["Rank", "System", "Model", metric, "Paper", "Link"], rows, new Set([0, 3]));
  const notes = [
    board.entries.length === 0 ? "No entries." : "",
    board.truncated ? `Only the first ${board.entries.length} systems are listed.` : "",
    board.hidden > 0
      ? `${board.hidden} ${board.hidden === 1 ? "system with only unverified numbers is" : "systems with only unverified numbers are"} not listed.`
      : "",
  ].filter(Boolean);
  return `${head}${table}${notes.length ? `\n${notes.join(" ")}\n` : ""}`;
}
