/**
 * The identity key of a written name (system, dataset, or a metric the registry does not know).
 *
 * Spellings meet: case, separators ("-", "_", ".", spaces) and letter/digit boundaries do not matter,
 * so "LLaMA-7B" = "LLaMA 7B" = "llama7b" and "CIFAR10" = "CIFAR-10". What tells two systems or
 * variants apart is kept: "+", "*", "#", "/", "@" and Greek letters ("RefineDet512+" != "RefineDet512",
 * "Sarsa-ε" != "SARSA", "ViT-B/16" != "ViT-B/32"), and a dot between digits ("1.1" != "11").
 * Invisible characters (zero-width, bidi controls) are dropped first so a pasted "GPT\u200b-4" is "GPT-4".
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
// A token: a run of letters, a number (dots between digits kept), or a run of one marker symbol.
const TOKEN = /\p{L}+|\d+(?:\.\d+)*|\++|\*+|#+|\/|@|&|%/gu;

export function nameTokens(raw: string): string[] {
  const text = raw.normalize("NFKC").replace(INVISIBLE, "").replace(DASHES, "-").replace(/×/g, "x").toLowerCase();
  const tokens = text.match(TOKEN) ?? [];
  // "v2" and "2" name the same version: "SQuAD v2.0" = "SQuAD 2.0", "YOLOv5" = "YOLO 5".
  return tokens.filter((t, i) => !(t === "v" && i > 0 && /^\d/.test(tokens[i + 1] ?? "")));
}

/**
 * A name as it may be stored and shown: without zero-width and bidi control characters, which render as
 * nothing or reorder text ("Bidi\u202egnp.exe" shows as "Bidiexe.png") and would make a stored spelling
 * unfindable by the same name typed plainly.
 */
export function visibleName(raw: string): string {
  return raw.replace(INVISIBLE, "");
}

export function nameKey(raw: string): string {
  return nameTokens(raw).join(" ");
}
