/**
 * The setting of a benchmark: the evaluation protocol or task a number was measured under, read from
 * free text pieces (a claim's condition; a table's task name, split and extra-data mark).
 *
 * Known protocols are normalized ("0-shot" = "zero shot" -> "zero-shot", "five-shot" -> "5-shot",
 * "linear evaluation" -> "linear probe", "10% of labels" -> "semi-supervised 10% labels",
 * "uses additional data" -> "extra data", "cons@64" -> "maj@64", "dev split" -> "dev"); whatever else is
 * written stays, normalized (lowercase, one spelling of separators, British -ise/-isation and
 * "modelling" as American, task acronyms spelled out), so unknown settings and task names still
 * separate. The key joins the parts in a fixed order, whatever order they came in; "" when nothing is
 * given. Hardware and precision ("A100", "4-bit") qualify speed and memory claims: kept as written.
 */
import type { SettingIdentity } from "./types.js";

const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  sixteen: 16,
  twenty: 20,
  "thirty-two": 32,
  "sixty-four": 64,
  single: 1,
};
const NUM = `(?:\\d+|${Object.keys(NUMBER_WORDS).join("|")})`;
const toNumber = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);

/** Order of the parts in a key: protocol, data, inference, split, then text. */
type Kind = 0 | 1 | 2 | 3 | 4 | 5;
interface Part {
  key: string;
  label: string;
  kind: Kind;
  /** Text of kind 5 that names a known task, so it opens a board even from an abstract. */
  known?: boolean;
}

interface Rule {
  re: RegExp;
  part: (m: RegExpExecArray) => Part | null;
}

const p = (key: string, kind: Kind, label = key): Part => ({ key, label, kind });

/** Acronyms of task names, spelled out so "NER" = "Named Entity Recognition". */
const TASK_ACRONYMS: Record<string, string> = {
  asr: "speech recognition",
  "automatic speech recognition": "speech recognition",
  ner: "named entity recognition",
  pos: "part of speech",
  nli: "natural language inference",
  nlu: "natural language understanding",
  vqa: "visual question answering",
  qa: "question answering",
  odqa: "open domain question answering",
  mt: "machine translation",
  nmt: "machine translation",
  "neural machine translation": "machine translation",
  bev: "birds eye view",
  vos: "video object segmentation",
  sts: "semantic textual similarity",
  srl: "semantic role labeling",
  wsd: "word sense disambiguation",
  ocr: "optical character recognition",
  tts: "text to speech",
  "re id": "re identification",
  reid: "re identification",
};
const ACRONYM_RE = new RegExp(
  `\\b(${Object.keys(TASK_ACRONYMS)
    .sort((a, b) => b.length - a.length)
    .join("|")})\\b`,
  "g",
);

/** Words that carry no setting on their own ("in the zero-shot setting" -> "zero-shot"). */
const FILLER = new Set(
  "a an the in on with using under setting settings protocol protocols evaluation evaluated eval mode regime results result performance scenario case and of for w by via at as".split(
    " ",
  ),
);

const RULES: Rule[] = [
  // Negations first: "without extra data" and "no CoT" are the default, not the setting.
  {
    re: /\b(?:without|w\/o|no|not using|does not use|uses no)\s+(?:any\s+)?(?:extra|additional|external)\s+(?:training\s+)?data\b/g,
    part: () => null,
  },
  {
    re: /\b(?:without|w\/o|no)\s+(?:cot|chain[\s-]of[\s-]thoughts?)\b/g,
    part: () => p("no chain-of-thought", 2, "No chain-of-thought"),
  },
  // Shots.
  { re: /\b(?:zero|0)[\s-]*shots?\b/g, part: () => p("zero-shot", 0, "Zero-shot") },
  { re: /\bfew[\s-]*shots?\s*\(\s*(\d+)(?:[\s-]*shots?)?\s*\)/g, part: (m) => p(`${Number(m[1])}-shot`, 0) },
  { re: new RegExp(`\\b(${NUM})[\\s-]*shots?\\b`, "gi"), part: (m) => shot(toNumber(m[1]!)) },
  {
    re: /\b(\d+)\s+(?:in[\s-]context\s+)?(?:examples|demonstrations|exemplars|demos)\b/g,
    part: (m) => shot(Number(m[1])),
  },
  { re: /\bfew[\s-]*shots?\b/g, part: () => p("few-shot", 0, "Few-shot") },
  // Adaptation protocol.
  {
    re: /\blinear[\s-]*(?:prob(?:e|es|ing)|eval(?:uation)?|classifiers?|classification|readout)\b|\bfrozen\s+(?:features|backbones?|encoders?|representations?)\b/g,
    part: () => p("linear probe", 0, "Linear probe"),
  },
  { re: /\b(?:k[\s-]?nn|k[\s-]?nearest[\s-]neighbou?rs?)\b/g, part: () => p("k-nn", 0, "k-NN") },
  {
    re: /\b(\d+)[\s-]?nn\b|\b(\d+)[\s-]nearest[\s-]neighbou?rs?\b/g,
    part: (m) => p(`${m[1] ?? m[2]}-nn`, 0, `${m[1] ?? m[2]}-NN`),
  },
  {
    re: /\b(?:(?:full|supervised|end[\s-]to[\s-]end|full[\s-]parameter)[\s-]+)?fine[\s-]?tun(?:ed|ing|e)\b|\bfinetun(?:ed|ing|e)\b|\bsft\b/g,
    part: () => p("fine-tuned", 0, "Fine-tuned"),
  },
  // Labels: "1% labels", "10% of labels", "semi-supervised (10%)", "1/8 (12.5%) labeled data".
  {
    re: /\b(?:semi[\s-]?supervised\s*\(?\s*)?(?:\d+\s*\/\s*\d+\s*\(\s*)?(\d+(?:\.\d+)?)\s*%\s*\)?\s*(?:of\s+(?:the\s+)?)?(?:(?:imagenet|training)\s+)?(?:labels?|label(?:l?ed)\s+(?:data|images|samples|examples)?|annotations?|labeled|labelled)\b/g,
    part: (m) => p(`semi-supervised ${pct(m[1]!)}% labels`, 0),
  },
  {
    re: /\bsemi[\s-]?supervised\s*\(\s*(\d+(?:\.\d+)?)\s*%\s*\)/g,
    part: (m) => p(`semi-supervised ${pct(m[1]!)}% labels`, 0),
  },
  {
    re: /\b(\d+)\s*\/\s*(\d+)\s+(?:of\s+(?:the\s+)?)?(?:labels?|label(?:l?ed)(?:\s+data)?)\b/g,
    part: (m) => p(`semi-supervised ${pct(String((100 * Number(m[1])) / Number(m[2])))}% labels`, 0),
  },
  { re: /\bsemi[\s-]?supervised\b/g, part: () => p("semi-supervised", 0, "Semi-supervised") },
  // Extra data.
  {
    re: /\b(?:uses?|using|with)?\s*(?:extra|additional|external|more)\s+(?:training\s+|pre[\s-]?training\s+|unlabell?ed\s+)?data\b|\bpre[\s-]?trained\s+on\s+(?:jft|ig[\s-]?3\.5b|instagram|laion)(?:[\s-]?\d+(?:\.\d+)?[mb])?\b|\bjft[\s-]?(?:300m|3b|4b)\b/g,
    part: () => p("extra data", 1, "Extra data"),
  },
  // Inference.
  { re: /\bpass\s*@\s*(\d+|k)\b/g, part: (m) => p(`pass@${m[1]}`, 2) },
  { re: /\b(?:maj|cons|majority)\s*@\s*(\d+)\b/g, part: (m) => p(`maj@${m[1]}`, 2) },
  {
    re: /\bmajority[\s-]vot(?:e|ing)\s*(?:\(\s*(\d+)\s*\)|(?:over|of|with|@)\s*(\d+)(?:\s+samples)?)?|\bself[\s-]consistency\s*(?:\(\s*(\d+)\s*\))?/g,
    part: (m) => {
      const k = m[1] ?? m[2] ?? m[3];
      return k ? p(`maj@${k}`, 2) : p("majority voting", 2, "Majority voting");
    },
  },
  { re: /\bbest[\s-]?of[\s-]?(\d+|n)\b|\bbo(\d+)\b/g, part: (m) => p(`best-of-${m[1] ?? m[2]}`, 2) },
  {
    re: /\b(?:with\s+)?(?:cot|chain[\s-]of[\s-]thoughts?)(?:\s+prompting)?\b/g,
    part: () => p("chain-of-thought", 2, "Chain-of-thought"),
  },
  { re: /\btest[\s-]time\s+(?:compute|scaling)\b/g, part: () => p("test-time compute", 2, "Test-time compute") },
  // Precision: "4-bit" = "4 bit" = "4bit"; hardware stays as written.
  { re: /\b(\d+)[\s-]?bits?\b/g, part: (m) => p(`${m[1]}-bit`, 4) },
  // Tasks that share a dataset and a metric name (nuScenes mAP: detection or HD map construction). They key
  // as their words do when written as a table's task, so table boards keep their keys; only a whole piece
  // counts ("3D human pose estimation" stays one task).
  {
    re: /^\s*(?:hd\s+)?map\s+construction\s*$/g,
    part: () => ({ ...p("map construction", 5, "Map construction"), known: true }),
  },
  {
    re: /^\s*(instance|panoptic|bev)\s+segmentation\s*$/g,
    part: (m) => ({
      ...p(
        `${m[1] === "bev" ? "birds eye view" : m[1]} segmentation`,
        5,
        `${m[1] === "bev" ? "BEV" : m[1]![0]!.toUpperCase() + m[1]!.slice(1)} segmentation`,
      ),
      known: true,
    }),
  },
  {
    re: /^\s*(pose\s+estimation|occupancy\s+prediction|motion\s+forecasting|lane\s+detection)\s*$/g,
    part: (m) => ({ ...p(m[1]!.replace(/\s+/, " "), 5, m[1]![0]!.toUpperCase() + m[1]!.slice(1)), known: true }),
  },
  { re: /^\s*tracking\s*$/g, part: () => ({ ...p("tracking", 5, "Tracking"), known: true }) },
  // Splits.
  { re: /\btest[\s-](dev|std|challenge)\b/g, part: (m) => p(`test-${m[1]}`, 3) },
  { re: /\b(?:test(?:ing)?)\s+(?:split|set|subset|partition)\b/g, part: () => p("test", 3) },
  {
    re: /\b(?:dev(?:elopment)?|val(?:idation)?|held[\s-]out)\s+(?:split|set|subset|partition)\b/g,
    part: () => p("dev", 3),
  },
  { re: /^\s*(?:test)\s*$/g, part: () => p("test", 3) },
  { re: /^\s*(?:dev(?:elopment)?|val(?:idation)?)\s*$/g, part: () => p("dev", 3) },
  { re: /\b(train(?:ing)?)\s+(?:split|set)\b/g, part: () => p("train", 3) },
];

function shot(k: number): Part {
  return k === 0 ? p("zero-shot", 0, "Zero-shot") : p(`${k}-shot`, 0);
}

function pct(s: string): string {
  return String(Number(Number(s).toFixed(2)));
}

/** Free text as written, in one spelling: lowercase, separators as spaces, American spelling, acronyms spelled out. */
function normalizeText(text: string): string {
  let t = text
    .toLowerCase()
    .replace(/['’`]s\b/g, "s")
    .replace(/['’`"“”]/g, "")
    .replace(/[‐-―−]/g, "-");
  // "automatic speech recognition (asr)": a parenthetical acronym of the words before it.
  t = t.replace(/((?:\p{L}+[\s-]+)+)\((\p{L}{2,6})\)/gu, (m, words: string, acr: string) => {
    const ws = words.trim().split(/[\s-]+/);
    const initials = ws
      .slice(-acr.length)
      .map((w) => w[0])
      .join("");
    return initials === acr ? words : m;
  });
  t = t
    .replace(/(\p{L})[-_/]+(?=\p{L})/gu, "$1 ")
    .replace(/\b(\d)\s*-?\s*d\b/g, "$1d")
    .replace(/(\d)\s*-\s*(?=\p{L})/gu, "$1 ")
    .replace(/(\p{L})-(?=\d)/gu, "$1 ")
    .replace(/(\d)-(?=\d)/g, "$1 ")
    .replace(/[()[\]{}:;!?]/g, " ")
    .replace(/(?<!\d)[.,](?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  t = t
    .replace(/\bmodelling\b/g, "modeling")
    .replace(/\blabelling\b/g, "labeling")
    .replace(/\blabelled\b/g, "labeled")
    .replace(/\banalys(e|es|ed|ing)\b/g, "analyz$1")
    .replace(/(\p{L}{3,})isation(s?)\b/gu, "$1ization$2")
    .replace(
      /\b(normal|recogn|summar|visual|optim|token|local|categor|character|general|organ|synthes|standard|regular|minim|maxim|initial|real|util|special|parameter|quant|binar|vector|lemmat|capital|personal|stabil|random)is(e|es|ed|ing|er|ers)\b/g,
      "$1iz$2",
    );
  t = t.replace(ACRONYM_RE, (a) => TASK_ACRONYMS[a] ?? a);
  return t.replace(/\s+/g, " ").trim();
}

/** The parts a free text piece holds: recognized protocols, and the rest as written. */
function partsOf(piece: string): Part[] {
  const out: Part[] = [];
  for (const clause of piece.split(/[,;]|\s+\|\s+/)) {
    let text = clause
      .normalize("NFKC")
      .replace(/[‐-―−]/g, "-")
      .replace(/\s+/g, " ")
      .trim()
      .toLowerCase();
    if (!text) continue;
    for (const rule of RULES) {
      text = text.replace(rule.re, (...args) => {
        const m = args.slice(0, -2) as unknown as RegExpExecArray;
        const part = rule.part(m);
        if (part) out.push(part);
        return " ";
      });
    }
    const rest = normalizeText(text);
    const words = rest.split(" ").filter(Boolean);
    if (words.length && !words.every((w) => FILLER.has(w))) {
      // Edge fillers off: "in the low resource scenario" -> "low resource scenario".
      let a = 0;
      let b = words.length;
      while (a < b && /^(?:a|an|the|in|on|with|using|under|for|at|by|via|w)$/.test(words[a]!)) a++;
      while (
        b > a &&
        /^(?:setting|settings|protocol|evaluation|eval|mode|regime|a|an|the|in|on|with|for|of|and)$/.test(words[b - 1]!)
      )
        b--;
      const kept = words.slice(a, b).join(" ");
      if (kept) out.push(p(kept, 5));
    }
  }
  return out;
}

/**
 * The setting of a claim or table cell from its text pieces (condition, task, split, extra-data mark).
 * With `protocolsOnly`, text that names no known protocol is left out of the key: an abstract's
 * "with 8 sampling steps" or "on A100" qualifies its number (the claim keeps it as its condition) but
 * must not put it on a board of its own, where a table's task name must.
 */
export function normalizeSetting(
  parts: Array<string | null | undefined>,
  opts: { protocolsOnly?: boolean } = {},
): SettingIdentity {
  const byKey = new Map<string, Part>();
  for (const piece of parts) {
    if (typeof piece !== "string" || !piece.trim()) continue;
    for (const part of partsOf(piece))
      if (!(opts.protocolsOnly && part.kind === 5 && !part.known)) byKey.set(part.key, part);
  }
  // "few-shot (5)" says both; the count wins. "semi-supervised" with a label fraction likewise.
  if ([...byKey.keys()].some((k) => /^\d+-shot$/.test(k))) byKey.delete("few-shot");
  if ([...byKey.keys()].some((k) => k.startsWith("semi-supervised "))) byKey.delete("semi-supervised");
  // Reported numbers are test numbers unless they say otherwise: "test split" is the board as reported.
  byKey.delete("test");
  const list = [...byKey.values()].sort((a, b) => a.kind - b.kind || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const key = list.map((x) => x.key).join("; ");
  const label = list.map((x) => x.label).join("; ");
  const first = list[0];
  return { key, label: first?.kind === 5 ? label[0]!.toUpperCase() + label.slice(1) : label };
}
