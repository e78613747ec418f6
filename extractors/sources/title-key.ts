/** Case, spacing and punctuation ignored: the same paper listed on two pages gets one key. */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
