/**
 * A paper's link as something safe to put in an `href`: an absolute http(s) URL, or null. Anything
 * else (`javascript:`, `data:`, relative paths, garbage) is dropped rather than stored, and the
 * dashboard checks again before rendering rows stored by older versions.
 */
export function webUrl(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text || !URL.canParse(text)) return null;
  const url = new URL(text);
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}
