import { useSearchParams } from "wouter";

/** Page state in the query string: read with get(), write with set() (replacing history, so typing does not flood Back). */
export function useQueryParams() {
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string | null | undefined>, options: { push?: boolean } = {}) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === null || v === undefined || v.trim() === "") next.delete(k);
          else next.set(k, v.trim());
        }
        return next;
      },
      { replace: !options.push },
    );
  return { params, get: (k: string) => params.get(k) ?? "", set };
}

/** True when a key press happens while typing into a field, where single-key shortcuts must not fire. */
export function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  if (!t) return false;
  return t.isContentEditable || t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT";
}
