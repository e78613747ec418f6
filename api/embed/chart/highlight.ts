import type { EmbedOptions } from "../../../domain/embed-links/options.js";

/** Subjects match their highlight case-insensitively, as a reader types them into the link. */
export function highlightSet(options: EmbedOptions): Set<string> {
  return new Set(options.highlight.map((s) => s.toLowerCase()));
}

export function isHighlighted(set: Set<string>, subject: string | null): boolean {
  return subject !== null && set.size > 0 && set.has(subject.trim().toLowerCase());
}
