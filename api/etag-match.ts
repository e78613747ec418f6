/**
 * If-None-Match against the current ETag, by weak comparison (RFC 9110 §13.1.2): true when the header
 * lists the tag, with or without `W/`, or is `*`. One reading of the header for every route that
 * answers 304.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  const want = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === want);
}
