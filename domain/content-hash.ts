import { createHash } from "node:crypto";
import type { Paper } from "../extractors/types.js";

/** A paper's title and abstract as stored: an unchanged hash (and extractor) means nothing to re-extract. */
export function contentHash(paper: Pick<Paper, "title" | "abstract">): string {
  return createHash("sha256").update(paper.title).update("\u0000").update(paper.abstract).digest("hex");
}
