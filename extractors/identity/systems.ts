/**
 * System identity: the method and/or model a leaderboard entry is about.
 *
 * - `systemIdentity` tidies a written name (articles, possessives, wrapping quotes, stray brackets and hub
 *   or vendor prefixes off) and keys it with `nameKey`, so markers and sizes still tell systems apart
 *   ("RefineDet512+" != "RefineDet512", "ViT-B/16" != "ViT-B/32", "(single model)" != "(ensemble)").
 *   It marks names that are no cross-paper identity (`generic`): bare architectures ("LSTM", "ResNet-50",
 *   "Transformer (big)"), placeholders ("baseline", "ours", "human") and lowercase descriptions
 *   ("vanilla counterparts", "auto-regressive baseline").
 * - `isModelName` / `modelFamilyOf` read a foundation-model checkpoint name (families in model-families.ts,
 *   plus the shape "Name-7B" for families no list knows).
 * - `splitMethodModel` takes "EORM with Llama 3 8B", "Qwen2.5-7B + EORM", "GRPO on Qwen3-8B" apart.
 */
import { nameTokens } from "./name-key.js";
import { HUB_ORGS, MODEL_FAMILIES, VENDOR_WORDS, type ModelFamilySpec } from "./model-families.js";
import type { SystemIdentity } from "./types.js";
import { escapeRegExp } from "../regex-escape.js";

// ---------------------------------------------------------------------------------------------------
// Tokens with positions (the same tokens as nameTokens, so keys and matches agree).

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const TOKEN = /\p{L}+|\d+(?:\.\d+)*|\++|\*+|#+|\/|@|&|%/gu;

interface Tok {
  t: string;
  s: number;
  e: number;
  /** Whitespace right before the token. */
  spaced?: boolean;
}

function clean(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(DASHES, "-")
    .replace(/×/g, "x")
    .replace(/\s+/g, " ")
    .trim();
}

function tokensOf(text: string): Tok[] {
  const all: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    // A version "v" glued to a name ("DINOv2", "MobileNetV2"; not "wav2vec") reads as "DINO v2".
    const glued = /^(\p{L}{2,}?)([vV])$/u.exec(m[0]);
    const before = glued?.[1]?.slice(-1) ?? "";
    if (
      glued &&
      /^\d/.test(text.slice(m.index + m[0].length)) &&
      (before.toUpperCase() === before) !== (glued[2] === "V")
    ) {
      all.push({ t: glued[1]!.toLowerCase(), s: m.index, e: m.index + glued[1]!.length });
      continue;
    }
    all.push({ t: m[0].toLowerCase(), s: m.index, e: m.index + m[0].length });
  }
  for (const k of all) k.spaced = k.s > 0 && /\s/.test(text[k.s - 1]!);
  return all.filter((k, i) => !(k.t === "v" && i > 0 && /^\d/.test(all[i + 1]?.t ?? "")));
}

const isNum = (t: string | undefined): boolean => t !== undefined && /^\d/.test(t);

// ---------------------------------------------------------------------------------------------------
// Model families.

interface CompiledFamily {
  spec: ModelFamilySpec;
  stems: string[][];
  versions: Array<{ display: string; toks: string[] }>;
  lines: Array<{ display: string; toks: string[] }>;
}

const tail = (s: string): string[] => nameTokens(`x ${s}`).slice(1);
const byLength = <T extends { toks: string[] }>(a: T, b: T): number => b.toks.length - a.toks.length;

const FAMILIES: CompiledFamily[] = MODEL_FAMILIES.map((spec) => ({
  spec,
  stems: spec.stems.map((s) => nameTokens(s)).sort((a, b) => b.length - a.length),
  versions: (spec.versions ?? []).map((v) => ({ display: v, toks: tail(v) })).sort(byLength),
  lines: (spec.lines ?? []).map((l) => ({ display: l, toks: tail(l) })).sort(byLength),
}));

/** Size, variant and release words that may follow a family ("Instruct", "Chat", "large", "Turbo"). */
const SUFFIX_WORDS = new Set(
  (
    "base large small tiny mini medium huge giant xl xxl xlarge xxlarge big nano micro pico lite light pro flash ultra plus max " +
    "turbo preview exp experimental latest sonnet opus haiku instant scout maverick instruct instruction instructed chat it hf " +
    "sft dpo rlhf dev schnell uncased cased wwm ext distill distilled vision moe vl math coder code hd patch in px next " +
    "onevision zero thinking reasoning omni audio long high low deep dense awq gptq gguf int fp bf nf vit rn " +
    "llm lm guard edge codex oss tt ti"
  ).split(" "),
);
/** Unit letters that make a number a size ("7B", "350M", "8x7B"), not a version. */
const SIZE_UNITS = new Set(["b", "m", "t", "k", "x"]);

interface ModelMatch {
  /** Token index after the model. */
  end: number;
  family: string;
  spec: ModelFamilySpec | null;
  /** A version, size or variant was read after the stem: "Llama-3" or "Llama-7B", not bare "LLaMA". */
  specific: boolean;
}

function seqAt(toks: Tok[], i: number, seq: string[]): boolean {
  return seq.length > 0 && seq.every((t, k) => toks[i + k]?.t === t);
}

/** A number directly followed by a unit letter ("7B", "8x7B"): a size, not a version. */
function sizeAt(toks: Tok[], i: number): boolean {
  const n = toks[i];
  const u = toks[i + 1];
  return isNum(n?.t) && u !== undefined && SIZE_UNITS.has(u.t) && u.s === n!.e;
}

function suffixEnd(toks: Tok[], i: number, depth: number): { end: number; numbers: boolean } {
  let numbers = false;
  while (i < toks.length) {
    const t = toks[i]!.t;
    if (isNum(t)) numbers = true;
    else if (t === "/" && isNum(toks[i + 1]?.t)) {
      /* patch size: ViT-L/14 */
    } else if ((t === "distill" || t === "distilled") && depth === 0) {
      const inner = familyAt(toks, i + 1, 1);
      if (inner) {
        i = inner.end;
        numbers = true;
        continue;
      }
    } else if (t.length === 1 && /\p{L}/u.test(t)) {
      // A size letter sits on the name ("ViT-L/14", "8x7B") or before a number, not after a space ("w/ X").
      const spaced = toks[i]!.spaced === true;
      if (spaced && !isNum(toks[i + 1]?.t) && !(toks[i + 1]?.t === "/" && isNum(toks[i + 2]?.t))) break;
    } else if (!SUFFIX_WORDS.has(t)) break;
    i++;
  }
  return { end: i, numbers };
}

function familyAt(toks: Tok[], i: number, depth = 0): ModelMatch | null {
  let best: ModelMatch | null = null;
  for (const f of FAMILIES) {
    const stem = f.stems.find((s) => seqAt(toks, i, s));
    if (!stem) continue;
    let j = i + stem.length;
    let version: string | null = null;
    let line: string | null = null;
    let lineFirst = false;
    const readVersion = (): void => {
      const v = f.versions.find(
        (x) => seqAt(toks, j, x.toks) && !(isNum(x.toks[0]) && sizeAt(toks, j + x.toks.length - 1)),
      );
      if (v) {
        version = v.display;
        j += v.toks.length;
      } else if (f.spec.anyNumber && isNum(toks[j]?.t) && !sizeAt(toks, j)) {
        version = toks[j]!.t;
        j++;
      }
    };
    const readLine = (): void => {
      const l = f.lines.find((x) => seqAt(toks, j, x.toks));
      if (l) {
        line = l.display;
        j += l.toks.length;
      }
    };
    readVersion();
    if (version === null) {
      readLine();
      if (line !== null) {
        lineFirst = true;
        readVersion();
      }
    } else readLine();
    if (f.spec.versionRequired && version === null) continue;
    const suffix = suffixEnd(toks, j, depth);
    const base = version === null && f.spec.bare ? f.spec.bare : f.spec.name;
    const v = version === null ? "" : `${f.spec.join}${version}`;
    const l = line === null ? "" : `-${line}`;
    const family = lineFirst ? `${base}${l}${v}` : `${base}${v}${l}`;
    const m: ModelMatch = {
      end: suffix.end,
      family,
      spec: f.spec,
      specific: version !== null || suffix.numbers || suffix.end > j,
    };
    if (!best || m.end > best.end) best = m;
  }
  return best;
}

/** Words that start a description, not a model name ("trained 7B model"). */
const NOT_A_NAME = new Set(
  "a an the our ours this that with using on of for in to and or trained model models parameter parameters params size total only".split(
    " ",
  ),
);

/** The shape of a checkpoint no list knows: one name chunk then a parameter count ("Pythia-160M", "Foo 1.3B"). */
function shapeAt(text: string, toks: Tok[], i: number): ModelMatch | null {
  const first = toks[i];
  if (!first || !/^\p{L}{2,}/u.test(first.t) || NOT_A_NAME.has(first.t)) return null;
  const chunkEnd = (() => {
    const m = /\s/.exec(text.slice(first.s));
    return m ? first.s + m.index : text.length;
  })();
  for (let j = i + 1; j < toks.length && j < i + 6; j++) {
    const tk = toks[j]!;
    // The size sits in the name chunk or right after one space ("Pythia 1.4B").
    if (tk.s > chunkEnd + 1) break;
    // A known family inside the chunk makes it a method on that model ("EORM-Llama-3-8B").
    if (/\p{L}/u.test(tk.t) && familyAt(toks, j)) return null;
    if (isNum(tk.t) && sizeAt(toks, j) && toks[j - 1]!.t !== "v") {
      const unitEnd = toks[j + 1]!.e;
      if (/[\p{L}\d]/u.test(text[unitEnd] ?? "")) continue;
      const suffix = suffixEnd(toks, j + 2, 1);
      return {
        end: suffix.end,
        family: text.slice(first.s, toks[j - 1]!.e).replace(/[-_ ]+$/, ""),
        spec: null,
        specific: true,
      };
    }
    if (!/^[\p{L}\d.]+$/u.test(tk.t) || tk.s > chunkEnd) break;
  }
  return null;
}

function modelAt(text: string, toks: Tok[], i: number): ModelMatch | null {
  return familyAt(toks, i) ?? shapeAt(text, toks, i);
}

// ---------------------------------------------------------------------------------------------------
// Tidying.

const looseName = (s: string): string => escapeRegExp(s).replace(/[- ]/g, "[-_ ]?");
const HUB_PREFIX = new RegExp(`(^|[\\s(+,])(?:${HUB_ORGS.map(looseName).join("|")})/(?=[\\p{L}\\d])`, "giu");
const VENDOR_PREFIX = new RegExp(
  `^(?:${[...VENDOR_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(looseName)
    .join("|")})(?:['’]s)?[-_ ]+`,
  "iu",
);
const QUOTES = `"'“”‘’\`«»„`;

function dropUnbalanced(s: string): string {
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  const drop = new Set<number>();
  const stack: Array<{ c: string; i: number }> = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "(" || c === "[" || c === "{") stack.push({ c, i });
    else if (c in pairs) {
      if (stack.length && stack[stack.length - 1]!.c === pairs[c]) stack.pop();
      else drop.add(i);
    }
  }
  for (const o of stack) drop.add(o.i);
  // Only a stray bracket at either end is the extractor's cut ("(single model"); one inside the name is
  // part of what was written and stays.
  const chars = [...s];
  for (const i of drop) if (i !== 0 && i !== chars.length - 1) drop.delete(i);
  return drop.size ? chars.filter((_, i) => !drop.has(i)).join("") : s;
}

function wrappedWhole(s: string, open: string, close: string): boolean {
  if (!s.startsWith(open) || !s.endsWith(close)) return false;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === open) depth++;
    else if (s[i] === close && --depth === 0 && i < s.length - 1) return false;
  }
  return true;
}

/** The display name: as written, with what does not name the system taken off. */
function tidySystemName(raw: string): string {
  let s = clean(raw);
  for (let k = 0; k < 4; k++) {
    const before = s;
    s = s.replace(/^[\s\-–—•·*:;,]+(?=\S)/, "").replace(/^[-•·]\s+/, "");
    // Trailing sentence punctuation (not the "." of "et al.").
    s = s.replace(/(?<!\bal)[\s,;:.!?]+$/, "");
    // Wrapping quotes, or a lone quote at one end.
    if (s.length > 1 && QUOTES.includes(s[0]!) && QUOTES.includes(s[s.length - 1]!)) s = s.slice(1, -1).trim();
    s = s.replace(new RegExp(`^[${QUOTES}](?=\\S)`), "").replace(/(?<=\S)["“”`«»„]$/, "");
    s = dropUnbalanced(s).trim();
    for (const [o, c] of [
      ["(", ")"],
      ["[", "]"],
      ["{", "}"],
    ] as const)
      if (wrappedWhole(s, o, c)) s = s.slice(1, -1).trim();
    // Articles and "our".
    s = s.replace(/^(?:the|our|a|an)\s+(?=\S)/i, "");
    // Possessives: "GPT-4's" -> "GPT-4", "Meta's approach" -> "Meta approach".
    s = s.replace(/(\p{L}|\d)['’]s(?=\s|$|[),;:])/gu, "$1").replace(/(\p{L}s)['’](?=\s|$)/gu, "$1");
    if (s === before) break;
  }
  // "Stable Diffusion (SD)": an acronym of the words before it says nothing more.
  s = s.replace(/((?:[\p{L}\d]+[\s-]+)+)\((\p{Lu}{2,6})\)(?=\s|$)/gu, (m, words: string, acr: string) => {
    const ws = words.trim().split(/[\s-]+/);
    return ws
      .slice(-acr.length)
      .map((w) => w[0]!.toUpperCase())
      .join("") === acr
      ? words.trimEnd()
      : m;
  });
  // Hub paths and vendor words before a model: "meta-llama/Llama-3.1-8B" , "Meta-Llama-3-8B".
  s = s.replace(HUB_PREFIX, "$1");
  const slash = /^([\w.-]+)\/(\S.*)$/u.exec(s);
  if (slash && familyAt(tokensOf(slash[2]!), 0) && !familyAt(tokensOf(slash[1]!), 0)) s = slash[2]!;
  const vendor = VENDOR_PREFIX.exec(s);
  if (vendor && familyAt(tokensOf(s.slice(vendor[0].length)), 0)) s = s.slice(vendor[0].length);
  // Stable Diffusion short names.
  s = s
    .replace(/\bSD[-_ ]?XL\b/g, "Stable Diffusion XL")
    .replace(/\bSD[-_ ]?v?(\d(?:\.\d)?)\b(?![.\d])/g, "Stable Diffusion $1");
  // "-hf": a Hugging Face conversion of the same checkpoint.
  if (/[-_ ]hf$/i.test(s) && familyAt(tokensOf(s), 0)) s = s.replace(/[-_ ]hf$/i, "");
  return s.replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------------------------------
// Models.

function wholeModel(name: string): ModelMatch | null {
  const toks = tokensOf(name);
  if (!toks.length) return null;
  const m = modelAt(name, toks, 0);
  return m && m.end === toks.length ? m : null;
}

/** Whether the name is a foundation / base model checkpoint ("Llama-3-8B", "GPT-4o", "ResNet-50", "Pythia-160M"). */
export function isModelName(raw: string): boolean {
  return wholeModel(tidySystemName(raw)) !== null;
}

/** The family a model name belongs to ("Llama-3.1-8B-Instruct" -> "Llama 3.1", "Qwen2.5-7B" -> "Qwen2.5"), or null. */
export function modelFamilyOf(raw: string): string | null {
  const name = tidySystemName(raw);
  const whole = wholeModel(name);
  if (whole) return whole.family;
  const { model } = splitMethodModel(name);
  return model ? (wholeModel(model)?.family ?? null) : null;
}

// ---------------------------------------------------------------------------------------------------
// Method + model.

/** Words before a hyphen that make the family part of another name ("Code-Llama", "Med-PaLM", "VoCo-LLaMA"). */
const NAME_PREFIXES = new Set(
  "code tiny open med sky vision video long chat star wizard mini super meta vi".split(" "),
);
const LEADING =
  /^(?:[\s,+&:;\-/|]+|(?:with|using|w\/|via|on|upon|over|atop|onto|to|applied\s+to|trained\s+with|tuned\s+with|fine[- ]?tuned\s+with|finetuned\s+with|built\s+on|based\s+on|and|for|of|in|by|from|under)(?=\s|$))+/i;
const TRAILING =
  /(?:[\s,+&:;\-/|(]+|(?<=^|[\s-])(?:with|using|w\/|via|on|upon|over|atop|onto|to|applied|fine[- ]?tuned|finetuned|fine[- ]?tuning|trained|tuned|aligned|distilled|based|built|enhanced|augmented|initiali[sz]ed|for|of|in|by|and))+$/i;
/** What is left when a model is named with a qualifier only ("original LLaMA3-8B", "Llama 3 models"). */
const MODEL_QUALIFIERS = new Set(
  "original vanilla base pretrained pre trained raw frozen untuned plain model models checkpoint checkpoints backbone the a an".split(
    " ",
  ),
);

function cleanMethod(rest: string): string | null {
  let m = rest
    .replace(/\(\s*\)|\[\s*\]|\{\s*\}/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (let k = 0; k < 4; k++) {
    const before = m;
    m = m.replace(LEADING, "").replace(TRAILING, "").trim();
    m = dropUnbalanced(m).trim();
    if (m === before) break;
  }
  if (!m) return null;
  const words = nameTokens(m);
  if (words.length === 0 || words.every((w) => MODEL_QUALIFIERS.has(w))) return null;
  return m;
}

/**
 * Method and model of a subject: "EORM with Llama 3 8B", "EORM (Llama-3-8B)", "Qwen2.5-7B + EORM",
 * "EORM-Llama-3-8B", "GRPO on Qwen3-8B", "LoRA fine-tuned Llama-2-7B" -> EORM/GRPO/LoRA + the model;
 * a bare model name has no method, a name without a model no model.
 */
export function splitMethodModel(raw: string): { method: string | null; model: string | null } {
  const name = tidySystemName(raw);
  if (!name) return { method: null, model: null };
  const toks = tokensOf(name);
  for (let i = 0; i < toks.length; i++) {
    const at = toks[i]!.s;
    const prev = at === 0 ? "" : name[at - 1]!;
    const hyphen = prev === "-" || prev === "_";
    if (at > 0 && !hyphen && !/[\s([{+,/&:]/.test(prev)) continue;
    if (hyphen && (i === 0 || NAME_PREFIXES.has(toks[i - 1]!.t))) continue;
    const m = hyphen ? familyAt(toks, i) : modelAt(name, toks, i);
    if (!m || m.end === i) continue;
    const start = at;
    const end = toks[m.end - 1]!.e;
    const after = name[end] ?? "";
    // A bare family glued by a hyphen is part of another name ("LLaMA-Adapter", "VoCo-LLaMA").
    if (!m.specific && (hyphen || after === "-")) continue;
    if (i === 0 && m.end === toks.length) return { method: null, model: name };
    const model = name.slice(start, end).replace(/[-_ ]+$/, "");
    const method = cleanMethod(`${name.slice(0, start)} ${name.slice(end)}`);
    // A name chunk glued on after a sized model ("Llama-3-8B-EORM") must look like a name.
    if (method === null) return { method: null, model };
    if (after === "-" && i === 0 && !/\p{Lu}/u.test(method)) continue;
    return { method, model };
  }
  return { method: name, model: null };
}

// ---------------------------------------------------------------------------------------------------
// Generic names.

/** Bare architectures: the same name trained by each paper its own way. */
const ARCHITECTURES = (
  "lstm lstms blstm bilstm bilstms gru grus bigru rnn rnns birnn cnn cnns dnn dnns mlp mlps fcn fcns tcn convnet convnets " +
  "transformer transformers seq2seq attention gcn gcns gat gats gin sgc graphsage sage dgcnn pointnet unet resnet resnets resnext " +
  "wrn vgg vggnet densenet mobilenet efficientnet inception alexnet googlenet lenet vit vits bert crf hmm gmm svm svms knn " +
  "xgboost lightgbm catboost gbdt gbm vae vaes gan gans dcgan autoencoder autoencoders perceptron llm llms lm lms slm slms vlm " +
  "vlms mllm mllms ctc lr nn nns ann anns snn snns ddpm ode"
).split(" ");
/** Words that describe without naming: placeholders, qualifiers and the parts of architecture phrases. */
const GENERIC_WORDS = new Set([
  ...ARCHITECTURES,
  ...(
    "baseline baselines method methods model models approach approaches system systems algorithm algorithms network networks " +
    "net nets technique techniques framework frameworks pipeline pipelines architecture architectures variant variants version " +
    "counterpart counterparts ensemble ensembles single multi human humans performance expert experts annotator annotators " +
    "random chance guess guessing majority minority class classes vote voting most frequent oracle upper lower bound bounds " +
    "proposed ours our the a an this work previous prior existing recent best second third state of art sota strong simple " +
    "naive vanilla standard original default plain basic reference teacher student unnamed anonymous submission w o without " +
    "with only full ablation deep shallow bidirectional bi stacked layer layers hidden large base small big tiny medium char " +
    "word words character level based pretrained pre trained training untrained from scratch linear logistic regression " +
    "classifier classifiers forest forests tree trees decision boosting gradient boosted nearest neighbor neighbors neighbour " +
    "neighbours bayes gram grams ngram bag tf idf tfidf lexicon rule rules heuristic heuristics supervised unsupervised fine tuned " +
    "tuning finetuned language vision multimodal encoder decoder encoders decoders seq to conv convolutional convolution " +
    "recurrent neural feedforward feed forward multilayer graph point residual skip connection connections dropout batch norm " +
    "normalization fp bf bit bits precision accuracy task tasks result results open weight weights source general purpose other " +
    "others competing competitor competitors leading current conventional traditional typical classical regular same fixed " +
    "alternative alternatives candidate candidates control group average mean median top prompt prompting zero shot few greedy " +
    "u net transformer big"
  ).split(" "),
]);
const GENERIC_HEADS = new Set(
  (
    "baseline baselines method methods model models approach approaches algorithm algorithms system systems counterpart " +
    "counterparts technique techniques strategy strategies network networks architecture architectures framework frameworks " +
    "pipeline pipelines implementation implementations version versions variant variants policy policies checkpoint " +
    "checkpoints solver solvers optimizer optimizers engine engines setting settings configuration configurations works"
  ).split(" "),
);
const GENERIC_LEADS = new Set(
  (
    "vanilla standard original previous prior existing recent conventional default naive simple traditional typical classical " +
    "other competing leading current full plain regular state sota best second"
  ).split(" "),
);
/** Released encoders whose bare name is also the architecture's ("a BERT model"). */
const GENERIC_BARE_MODELS = new Set(["BERT"]);

function isGenericName(name: string): boolean {
  const toks = nameTokens(name);
  const words = toks.filter((t) => /\p{L}/u.test(t));
  if (words.length === 0) return toks.length === 0 || !toks.some((t) => /\d/.test(t));
  // A word with its last letter capitalized is a coined name, not the word: "SimplE", "TransE", "RotatE".
  if (words.length === 1 && /^\p{Lu}?\p{Ll}+\p{Lu}$/u.test(name.trim())) return false;
  const model = wholeModel(name);
  if (model) return !!model.spec?.backbone || (!model.specific && GENERIC_BARE_MODELS.has(model.spec?.name ?? ""));
  if (words[0] === "ours" || /^(?:ours|proposed|this work|our)\b/i.test(name)) return true;
  if (words.includes("baseline") || words.includes("baselines")) return true;
  // The input itself or a reference point, not a system: "Noisy/unprocessed", "Oracle", "Human".
  if (
    /^(?:noisy|unprocessed|no processing|input|identity|oracle|human|humans|human performance|random|random guess|chance|majority)(?:\s*\/\s*\w+)?$/i.test(
      name.trim(),
    )
  )
    return true;
  // "He et al.", "Idrees et al. (2013)": a citation names a paper's authors, who publish many systems.
  if (/\bet\s+al\b/i.test(name)) return true;
  // Every word an architecture part, a size or a placeholder: "LSTM", "2-layer BiLSTM + attention", "Transformer (big)".
  if (toks.every((t) => GENERIC_WORDS.has(t) || /^\d/.test(t) || t.length === 1 || /^[+*/]+$/.test(t))) return true;
  // A lowercase description rather than a coined name: "vanilla counterparts", "previous one-step methods".
  if (!/[\p{Lu}\d]/u.test(name) && words.length >= 2) {
    if (GENERIC_HEADS.has(words[words.length - 1]!) || GENERIC_LEADS.has(words[0]!)) return true;
  }
  return false;
}

/**
 * A paper's own reference point rather than a system anyone else could rank: "the Oracle baseline", "the
 * initial reasoner", "the original model", "uncompressed baseline", "existing SOTA". Its number stays on the
 * paper's page; a leaderboard has no entry to give it, since every paper's "baseline" is another system.
 * Named systems stay systems ("GPT-4o"), and so do humans.
 */
export function isReferencePoint(raw: string): boolean {
  const name = raw.trim().replace(/^(?:(?:from|of|to|than|over|the|an?|its|their|our)\s+)+/i, "");
  if (/^(?:(?:existing|previous|prior|current)\s+)?(?:sota|state[- ]of[- ]the[- ]art|oracle)$/i.test(name)) return true;
  const words = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  // "the ByT5 baseline", "the GRPO baseline": the paper's own run of it, in its own configuration.
  if (last === "baseline" || last === "baselines") return true;
  // Lowercase descriptions only: a capital or a digit makes a coined name ("Original-VAR-d30" is not this).
  if (/[\p{Lu}\d]/u.test(name)) return false;
  return words.some((w) => REFERENCE_LEADS.has(w)) && words.length <= 4;
}
const REFERENCE_LEADS = new Set(
  "oracle original initial vanilla untuned unmodified uncompressed unpruned unquantized reference base teacher previous prior existing sota".split(
    " ",
  ),
);

/**
 * The key of a system name: `nameKey`'s tokens, with two more spellings meeting: a version "v" glued to a
 * name splits off as nameKey means it to ("MobileNetV2" = "MobileNet V2", "DINOv2" = "DINO v2"; "wav2vec"
 * stays whole), and words written apart or together are one ("Bi-LSTM" = "BiLSTM", "Deep Speech" =
 * "DeepSpeech"). Numbers, markers and Greek letters still stand apart ("Llama 3.1" != "Llama 31",
 * "Sarsa-ε" != "SARSA").
 */
function systemKey(name: string): string {
  const out: string[] = [];
  let prevWord = false;
  for (const { t } of tokensOf(clean(name))) {
    const word = /^[a-z]+$/.test(t);
    if (word && prevWord) out[out.length - 1] += t;
    else out.push(t);
    prevWord = word;
  }
  return out.join(" ");
}

export function systemIdentity(raw: string): SystemIdentity {
  const name = tidySystemName(raw);
  return { name, key: systemKey(name), generic: isGenericName(name) };
}
