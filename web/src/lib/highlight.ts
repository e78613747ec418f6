/** A character range [start, end) of a text, e.g. a claim's evidence in the abstract. */
export interface Span {
  start: number;
  end: number;
}

interface Segment<T extends Span> {
  start: number;
  end: number;
  text: string;
  /** The spans covering this whole segment, in input order; empty for plain text. */
  spans: T[];
}

export interface Segmentation<T extends Span> {
  segments: Segment<T>[];
  /** Spans whose offsets do not fall inside the text (they cannot be highlighted). */
  unplaced: T[];
}

/**
 * Cuts `text` at every span boundary so that overlapping and nested spans never break the text:
 * each segment is covered by a fixed set of spans, and concatenating the segments gives `text` back.
 * Neighbouring segments covered by the same spans are merged.
 */
export function segmentText<T extends Span>(text: string, spans: readonly T[]): Segmentation<T> {
  const placed: T[] = [];
  const unplaced: T[] = [];
  for (const s of spans) {
    if (Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
      placed.push(s);
    else unplaced.push(s);
  }
  const cuts = new Set<number>([0, text.length]);
  for (const s of placed) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    const covering = placed.filter((s) => s.start <= start && s.end >= end);
    const prev = segments.at(-1);
    if (prev && sameSpans(prev.spans, covering)) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else segments.push({ start, end, text: text.slice(start, end), spans: covering });
  }
  return { segments, unplaced };
}

function sameSpans<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
