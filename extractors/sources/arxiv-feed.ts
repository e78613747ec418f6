/**
 * The paging facts of an arXiv API Atom page (OpenSearch elements): how many results the query has in
 * all, and where this page starts. null when the page does not say.
 */
export function arxivFeedTotal(xml: string): number | null {
  const m = /<(?:opensearch:)?totalResults[^>]*>\s*(\d+)\s*</.exec(xml);
  return m ? Number(m[1]) : null;
}
