/**
 * Text preparation: LaTeX / markup cleanup with an offset map back to the original abstract,
 * and sentence splitting. Every later stage works on the cleaned text and maps spans back
 * with `toRawSpan`, so evidence offsets always index the abstract as given.
 */

/** Abstracts are ~2 KB; anything past this is not an abstract and is ignored (bounds the work). */
const MAX_ABSTRACT_CHARS = 20_000;
/** Long sentences are cut into pieces of at most this size so per-sentence work stays bounded. */
const MAX_SENTENCE_CHARS = 1_200;

export interface CleanText {
  text: string;
  /** map[i] = index in the raw text of cleaned char i; null when the text needed no cleanup. */
  map: Int32Array | null;
  /** endMap[i] = raw index just past the markup that produced cleaned char i ("\\%" -> after "%"). */
  endMap: Int32Array | null;
  rawLength: number;
}

// Markup that is rewritten. Every replacement is no longer than what it replaces, so the
// cleaned text never outgrows the raw text and one Int32Array of raw length holds the map.
const MARKUP =
  /\\%|\\times|\\sim|\\approx|\\pm|\\[a-zA-Z]+|\\.|\$|\*\*|[{}]|(?<![A-Za-z])sim(?=\s?\d)|&?#?x201[34];?|&amp;|&lt;|&gt;/g;
const NEEDS_CLEANUP = /[\\${}*&]|sim|x201/;

function replacementFor(token: string): string {
  switch (token) {
    case "\\%":
      return "%";
    case "\\times":
      return "×";
    case "\\sim":
    case "\\approx":
    case "sim":
      return "~";
    case "\\pm":
      return "±";
    case "&amp;":
      return "&";
    case "&lt;":
      return "<";
    case "&gt;":
      return ">";
    default:
      if (/^&?#?x201[34];?$/.test(token)) return "—";
      // "\\," "\\ " and similar spacing commands become a space; other commands vanish.
      if (token.length === 2 && token[0] === "\\" && !/[a-zA-Z]/.test(token[1] ?? ""))
        return token[1] === "," || token[1] === " " ? " " : (token[1] ?? "");
      return "";
  }
}

export function cleanAbstract(raw: string): CleanText {
  const input = raw.length > MAX_ABSTRACT_CHARS ? raw.slice(0, MAX_ABSTRACT_CHARS) : raw;
  if (!NEEDS_CLEANUP.test(input)) return { text: input, map: null, endMap: null, rawLength: input.length };
  const map = new Int32Array(input.length + 1);
  const endMap = new Int32Array(input.length + 1);
  let out = "";
  let n = 0;
  let last = 0;
  MARKUP.lastIndex = 0;
  for (let mt = MARKUP.exec(input); mt; mt = MARKUP.exec(input)) {
    const at = mt.index;
    for (let i = last; i < at; i++) {
      map[n] = i;
      endMap[n++] = i + 1;
    }
    out += input.slice(last, at);
    const rep = replacementFor(mt[0]);
    for (let i = 0; i < rep.length; i++) {
      map[n] = at;
      endMap[n++] = at + mt[0].length;
    }
    out += rep;
    last = at + mt[0].length;
    if (mt[0].length === 0) MARKUP.lastIndex++;
  }
  for (let i = last; i < input.length; i++) {
    map[n] = i;
    endMap[n++] = i + 1;
  }
  out += input.slice(last);
  map[n] = input.length;
  endMap[n] = input.length;
  return { text: out, map, endMap, rawLength: input.length };
}

/** Maps a [start, end) span of the cleaned text to the raw text. */
export function toRawSpan(ct: CleanText, start: number, end: number): [number, number] {
  if (!ct.map || !ct.endMap) return [start, end];
  const s = ct.map[start] ?? ct.rawLength;
  const e = end > start ? (ct.endMap[end - 1] ?? s) : s;
  return [s, Math.max(s, e)];
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// A period ends a sentence when followed by space and an upper-case letter, digit or bracket,
// unless it closes a common abbreviation.
const BOUNDARY = /[.!?](?=\s+["“([]?[A-Z0-9])|[.!?]$|\n+/g;
const ABBREV = /(?:\b(?:e\.g|i\.e|et al|vs|etc|Fig|Eq|approx|resp|cf|No|Sec|al)|\b[A-Z])$/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    // Bound the size of one sentence: cut long runs at the last space before the cap.
    while (e - s > MAX_SENTENCE_CHARS) {
      let cut = text.lastIndexOf(" ", s + MAX_SENTENCE_CHARS);
      if (cut <= s) cut = s + MAX_SENTENCE_CHARS;
      out.push({ start: s, end: cut, text: text.slice(s, cut) });
      s = cut;
    }
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  BOUNDARY.lastIndex = 0;
  for (let mt = BOUNDARY.exec(text); mt; mt = BOUNDARY.exec(text)) {
    const end = mt.index + (mt[0][0] === "\n" ? 0 : 1);
    if (mt[0][0] === "." && ABBREV.test(text.slice(Math.max(start, mt.index - 8), mt.index))) continue;
    push(start, end);
    start = mt.index + mt[0].length;
    if (mt[0].length === 0) BOUNDARY.lastIndex++;
  }
  push(start, text.length);
  return out;
}
