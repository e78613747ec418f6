/**
 * What a number was measured with and under: the base model a method ran on ("with Llama 3 8B",
 * "on Qwen3-8B", "SD 3.5 Medium", "using GPT-4o as the backbone") and the evaluation setting
 * ("zero-shot", "5-shot", "linear probe", "k-NN", "10% labels", "pass@16", "maj@32", "CoT",
 * "512x512", hardware, precision). Spans are found once per sentence (models once per abstract);
 * each number then takes, per kind of setting, the span that belongs to it.
 */
import { entityKey } from "../names.js";
import type { Span } from "./entities.js";

// ---------------------------------------------------------------- models

// Families written alone or with a version ("BERT", "LLaMA", "GPT-4o", "ResNet-50").
const FAMILY =
  "Llama|LLaMA|LLaMa|LlaMA|LLAMA|LLama|llama(?=[-\\d])|CodeLlama|Code\\s?Llama|TinyLlama|OpenLlama|OpenLLaMA|Vicuna|Alpaca|Qwen|QwQ|GPT|ChatGPT|" +
  "Mistral|Mixtral|Ministral|Codestral|Gemma|CodeGemma|Gemini|Claude|Phi|DeepSeek|Deepseek|Falcon|Pythia|OPT|BLOOMZ?|OLMoE?|" +
  "InternLM|InternVL|LLaVA|LLaVa|MiniCPM|Baichuan|ChatGLM|GLM|Kimi|Grok|StarCoder|SantaCoder|SmolLM|Granite|Nemotron|" +
  "Hunyuan|ERNIE|PaLM|Flan-T5|FLAN-T5|mT5|T5|BART|BERT|RoBERTa|DeBERTa|ALBERT|DistilBERT|ELECTRA|XLM-R|" +
  "ResNet|ResNeXt|ShuffleNet|SqueezeNet|Inception|Xception|WideResNet|Wide-ResNet|WRN|ViT|DeiT|Swin|ConvNeXt|EfficientNet|MobileNet|VGG|DenseNet|RegNet|" +
  "CLIP|OpenCLIP|SigLIP|DINOv2|BLIP|SDXL|Stable\\s+Diffusion|FLUX|Flux|DiT|SiT|PixArt|CogVideoX|HunyuanVideo|" +
  "Whisper|wav2vec|HuBERT|WavLM|YOLO|DETR|Mamba|RWKV|Pixtral|Molmo|Idefics|Aria|Doubao";
// Ambiguous short names that are models only with a version or size ("SD 3.5", "Wan2.1", "SAM-H", "Yi-34B").
const NEEDS_VERSION =
  "SD|Wan|SAM|Yi|Seed|EVA|MAE|DINO|Sora|Veo|Kling|Cosmos|Llemma|Orca|Zephyr|Tulu|Tülu|Hermes|Aya|Jamba|Command";
const SPACE_WORD =
  "Medium|Large|Small|Base|Tiny|Huge|Giant|Instruct|Chat|Pro|Flash|Turbo|Mini|Max|Plus|Ultra|XL|XXL|VL|Coder|Math|Distill|" +
  "Sonnet|Opus|Haiku|Nano|Lite|Vision|Thinking|Scout|Maverick|Omni|Preview|Dev|Schnell|Next";
const SPACE_NUM = "\\d+(?:\\.\\d+)?[BMK]?(?![\\w%@]|[.,]\\d)";
// Lower-case hyphen segments that belong to a name ("-chat", "-instruct", "-mini-high").
const LOWER_SEGMENT =
  /^(?:chat|instruct|it|hf|base|mini|high|low|medium|large|small|tiny|huge|giant|turbo|preview|distill|coder|math|vision|lite|flash|pro|plus|max|nano|ultra|thinking|think|sft|rl|zero|xl|xxl|[a-z]|v\d[\w.]*|\d[\w.]*)$/;
const MODEL_RE = new RegExp(
  // "\\b" rather than a look-behind: V8 then skips most positions fast; "-./@" before a match is checked after.
  "\\b(?:" +
    `(?:${FAMILY})[\\w.]*` +
    `|(?:${NEEDS_VERSION})(?=[\\s\\-]?v?\\d|-[A-Z]\\b|XL|-Turbo)[\\w.]*` +
    "|o[134](?:-(?:mini|pro|preview|high|low|medium))*(?![\\w\\-])" +
    // Any name carrying a parameter count ("Meditron-8B", "R1-Distilled-7B", "AraGPT2-Base" is not enough).
    "|[A-Z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*?-\\d+(?:\\.\\d+)?[BM](?![\\w])" +
    // ... or a numbered name with a size word ("AraGPT2-Base", "BioBERT1-Large").
    "|[A-Z][A-Za-z]*\\d[\\w.]*-(?:Base|Large|Medium|Small|Tiny|Huge|XL|Instruct|Chat)(?![\\w\\-])" +
    ")" +
    "(?:[\\-_][A-Za-z0-9][\\w.]*|/(?=\\d)[\\w.]+" +
    `|\\s(?:${SPACE_NUM}|(?:${SPACE_WORD})\\b|v\\d+(?:\\.\\d+)?\\b)` +
    "|\\s?\\(\\d+(?:\\.\\d+)?[BM]\\)" +
    ")*",
  "g",
);
// "a 7B model", "the 72B LLM": a size that stands for the model.
const SIZE_MODEL_RE =
  /(?<![\w\-.])(\d+(?:\.\d+)?[BM])(?:[\s-]+param(?:eter)?s?)?[\s-]+(?:(?:dense|MoE|base|instruct|chat|student|policy|reasoning|language)\s+)?(?:models?|LLMs?|LMs?|backbones?|variants?|versions?|VLMs?|MLLMs?)\b/g;

// Words before a model that attach it to the claim's method: the model the method ran on.
const ATTACH_BEFORE =
  /(?:\b(?:with|on|using|use[sd]?|atop|upon|for|into|via|under|across|over|based\s+on|built\s+(?:on|upon)|fine-?tun\w*|finetun\w*|(?:post-|pre-)?train\w*|appl\w+\s+to|adapt\w*|instantiat\w*\s+(?:with|on)|initiali[sz]\w*\s+(?:with|from)|powered\s+by|backed\s+by|equipp\w*\s+with|integrat\w*\s+(?:with|into)|plugg\w*\s+into|improv(?:es|ed|ing)|boost\w*|enhanc\w*|strengthen\w*|elevat\w*|lift\w*|help\w*|enabl\w*|when\s+applied\s+to|(?:performance|accuracy|scores?|capabilit\w+|abilit\w+|efficiency|latency|throughput)\s+of|prompting|prompted|run(?:s|ning)?|serv\w*|deploy\w*|quantiz\w*|prun\w*|compress\w*|accelerat\w*|speed\w*\s+up|evaluat\w*\s+(?:on|with))\s+(?:(?:the|a|an|both|our|popular|open|open-source|open-weight|pretrained|pre-trained|base|frozen|instruction-tuned|small|large|strong|state-of-the-art|(?:vanilla|standard))\s+)*(?:(?:model|LLM|LM|VLM|MLLM|backbone|policy|base\s+model)s?\s+)?(?:(?:such\s+as|including|like|e\.g\.,?)\s+)?)$/i;
// ... unless the word is a comparison: "than GPT-4o", "outperforming Llama", "on par with o1".
const COMPARISON_BEFORE =
  /(?:\b(?:(?:close\s+to|approach\w*|near|nearing|similar\s+to|comparable\s+to|on\s+par\s+with|match\w*|rival\w*)\s+(?:that\s+of|(?:the\s+)?(?:performance|accuracy|level|results?|scores?|capabilit\w+)\s+of)|than|vs\.?|versus|against|compared\s+(?:to|with)|comparable\s+(?:to|with)|competitive\s+with|on\s+par\s+with|relative\s+to|rival\w*|match\w*|outperform\w*|surpass\w*|beat\w*|exceed\w*|unlike|over|improv(?:es|ed|ing)?\s+upon|distill\w*\s+from|from|teacher|judge[ds]?|judging|by)\s+(?:(?:the|a|an|strong|larger|proprietary|closed-source|commercial|baseline|models?|LLMs?|[A-Z][\w-]*['’]s)\s+)*)$/i;
// Words after a model that attach it: "Qwen2.5-7B as the backbone", "LLaMA-7B backbone", "Llama-3 fine-tuned with ...".
const ATTACH_AFTER =
  /^(?:\s+(?:model\s+|LLM\s+)?(?:as\s+(?:the|a|an|our)\s+(?:\w+\s+)?(?:backbone|base|base\s+model|base\s+LLM|policy|policy\s+model|encoder|decoder|generator|foundation|LLM|model|student|reasoner|agent))|[\s-]+(?:based|backbones?|base\s+models?|backed|powered)\b|\s+(?:(?:model|LLM)\s+)?(?:fine-?tuned|trained|post-trained|equipped|augmented|enhanced)\s+(?:with|using|via|on|by)\b|\s*(?:\+|with|using|w\/)\s+(?:our|the\s+proposed))/i;

export interface ModelSpan extends Span {
  key: string;
  /** Written where it names what the method ran on (not a baseline or a comparison). */
  attached: boolean;
  /** Written as what the paper builds on ("fine-tune X", "X as the backbone"), not just "on X". */
  strong?: boolean;
  /** Written as a point of comparison ("than X", "compared to X"). */
  compared?: boolean;
}

// The setup words that scope a model over the whole abstract.
const STRONG_BEFORE =
  /\b(?:fine-?tun\w*|finetun\w*|(?:post-|pre-|re)?train\w*|built\s+(?:on|upon)|based\s+on|initiali[sz]\w*\s+(?:with|from)|appl\w+\s+(?:\w+\s+)?to|adapt\w*|instantiat\w*\s+(?:with|on)|atop|upon|using|backbones?|base\s+models?)\s+(?:(?:the|a|an|our|both|open-source|pretrained|pre-trained|base|popular)\s+)*(?:(?:model|LLM|backbone|policy|base\s+model)s?\s+)?(?:(?:such\s+as|including|like)\s+)?$/i;

function trimModel(text: string): string {
  let t = text.replace(/[.,;:]+$/, "");
  // Drop trailing lower-case hyphen words that are not part of the name ("GPT-4o-based", "-like").
  for (;;) {
    const mt = /[-_]([A-Za-z][a-z]*)$/.exec(t);
    if (!mt || LOWER_SEGMENT.test(mt[1] ?? "") || /[A-Z]/.test(mt[1] ?? "")) break;
    t = t.slice(0, mt.index);
  }
  return t.replace(/[.,;:]+$/, "");
}

const LIST_GAP = /^\s*(?:,|\/|and|or|,\s*(?:and|or))\s*$/;
const PARALLEL_BEFORE = /\bby\s+[+~]?[\d.]+\s*(?:%|x|×|times|points?|pp)?\s*(?:,\s*and|and|,)\s+$/;

/** Every model mentioned in `text` (a sentence or a whole abstract), with whether it is attached. */
export function findModels(text: string): ModelSpan[] {
  if (!/\d|[A-Z]{2}|[a-z][A-Z]|o[134]\b/.test(text)) return [];
  const spans: ModelSpan[] = [];
  MODEL_RE.lastIndex = 0;
  for (let mt = MODEL_RE.exec(text); mt; mt = MODEL_RE.exec(text)) {
    if (/[-./@]/.test(text[mt.index - 1] ?? "")) continue;
    const t = trimModel(mt[0]);
    // Benchmarks named after a model family are datasets ("LLaVA-Bench", "GPT-4-Eval", "CLIP-QA").
    if (t.length < 2 || /bench|eval|arena|QA\b|test\b|set\b/i.test(t)) continue;
    spans.push({ start: mt.index, end: mt.index + t.length, text: t, key: entityKey(t), attached: false });
  }
  SIZE_MODEL_RE.lastIndex = 0;
  for (let mt = SIZE_MODEL_RE.exec(text); mt; mt = SIZE_MODEL_RE.exec(text)) {
    const t = mt[1] ?? "";
    if (spans.some((o) => o.start <= mt!.index && o.end >= mt!.index)) continue;
    // "1.2B parameters" as a result is not a model; "a 7B model" is.
    const before = text.slice(Math.max(0, mt.index - 24), mt.index);
    if (/\b(?:only|just|uses?|using|requires?|with\s+only|reduc\w*\s+(?:\w+\s+)?to)\s*$/i.test(before)) continue;
    spans.push({ start: mt.index, end: mt.index + t.length, text: t, key: entityKey(t), attached: false });
  }
  if (spans.length === 0) return spans;
  spans.sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    const lineStart = Math.max(0, text.lastIndexOf(". ", sp.start) + 1, sp.start - 90);
    const before = text.slice(lineStart, sp.start);
    const after = text.slice(sp.end, sp.end + 60);
    const listed = i > 0 && LIST_GAP.test(text.slice(spans[i - 1]!.end, sp.start)) ? spans[i - 1]! : null;
    sp.compared = COMPARISON_BEFORE.test(before) || (listed?.compared ?? false);
    if (ATTACH_AFTER.test(after)) sp.attached = sp.strong = true;
    else if (ATTACH_BEFORE.test(before) && !sp.compared) [sp.attached, sp.strong] = [true, STRONG_BEFORE.test(before)];
    else if (listed?.attached) [sp.attached, sp.strong] = [true, listed.strong ?? false];
    // Parallel results: "improves Phi-4 by 45.6% and Gemini 2.5 Pro by 9.9%".
    else if (i > 0 && spans[i - 1]!.attached && PARALLEL_BEFORE.test(before) && /^\s+by\b/.test(after))
      [sp.attached, sp.strong] = [true, false];
    // A model inside parentheses after a name is its base: "EORM (Llama-3-8B)".
    else if (/(?:^|\s)[\w\-+.]*[A-Z0-9][\w\-+.]*\s*\((?:[^()]{0,30}[,;]\s*)?$/.test(before) && /^\s*[,;)]/.test(after))
      sp.attached = true;
  }
  return expandSizes(text, spans);
}

const SIZE = "\\d+(?:\\.\\d+)?[BM]";
const SIZE_LIST = new RegExp(
  `^(\\s+(?:models?|LLMs?|series|family|variants?)?\\s*(?:with|of|at|in|across)?\\s*(?:sizes?\\s+(?:of\\s+)?)?\\(?)(${SIZE}(?:(?:,\\s*|,?\\s*and\\s+|,?\\s*or\\s+|\\s*\\/\\s*)${SIZE})+)`,
);

const SLASH_SIZES = new RegExp(`^(.*?)(${SIZE})((?:\\/${SIZE})+)$`);
const SIZE_G = new RegExp(SIZE, "g");

/** "Qwen2.5 models with 1.5B, 3B, and 7B parameters", "Llama-3B/8B": one model per size. */
function expandSizes(text: string, spans: ModelSpan[]): ModelSpan[] {
  const out: ModelSpan[] = [];
  for (const sp of spans) {
    const slash = sp.text.includes("/") ? SLASH_SIZES.exec(sp.text) : null;
    if (slash) {
      const stem = slash[1] ?? "";
      let at = sp.start + stem.length;
      for (const size of [slash[2] ?? "", ...(slash[3] ?? "").split("/").filter(Boolean)]) {
        const t = stem + size;
        const start = text.indexOf(size, at);
        out.push({ start, end: start + size.length, text: t, key: entityKey(t), attached: sp.attached });
        at = start + size.length;
      }
      continue;
    }
    const list =
      /\d[BM]\b/.test(sp.text) || !/\d[BM]\b/.test(text.slice(sp.end, sp.end + 120))
        ? null
        : SIZE_LIST.exec(text.slice(sp.end, sp.end + 120));
    if (list) {
      const base = sp.end + (list[1] ?? "").length;
      const re = SIZE_G;
      re.lastIndex = 0;
      for (let mt = re.exec(list[2] ?? ""); mt; mt = re.exec(list[2] ?? "")) {
        const t = `${sp.text}-${mt[0]}`;
        out.push({
          start: base + mt.index,
          end: base + mt.index + mt[0].length,
          text: t,
          key: entityKey(t),
          attached: sp.attached,
        });
      }
      // The family itself stays a mention (not a dataset), but the sizes are what ran.
      out.push({ ...sp, attached: false });
      continue;
    }
    out.push(sp);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "on LLaMA-3.1-8B and Mistral-7B" without "respectively": the number is about the list, so the
 * model is the whole list as written, never just its first item.
 */
export function modelRun(s: string, models: readonly ModelSpan[], chosen: ModelSpan): string {
  const i = models.indexOf(chosen);
  if (i < 0) return chosen.text;
  let a = i;
  let b = i;
  while (a > 0 && LIST_GAP.test(s.slice(models[a - 1]!.end, models[a]!.start))) a--;
  while (b + 1 < models.length && LIST_GAP.test(s.slice(models[b]!.end, models[b + 1]!.start))) b++;
  if (a === b) return chosen.text;
  const run = models.slice(a, b + 1);
  const asWritten = run.every((m) => s.slice(m.start, m.end) === m.text);
  return asWritten ? s.slice(run[0]!.start, run[run.length - 1]!.end) : run.map((m) => m.text).join(", ");
}

/** The abstract's one base model: every model it names is the same one, and it is written as a base. */
export function abstractModel(models: readonly ModelSpan[]): { text: string; from: number } | null {
  if (models.length === 0) return null;
  let best: ModelSpan | null = null;
  for (const m of models) if (!best || m.key.length > best.key.length) best = m;
  if (!best) return null;
  // A family name alone ("LLaMA") is compatible with a sized one ("LLaMA-2-7B").
  if (!models.every((m) => best!.key.startsWith(m.key))) return null;
  const setup = models.find((m) => m.attached && m.strong);
  if (!setup || models.some((m) => m.compared)) return null;
  // The scope runs forward from where the paper says what it builds on.
  return { text: best.text, from: setup.start };
}

/** The subject is itself the model (or contains it): no separate base model is recorded. */
export function sameSystem(model: string, subject: string | null, own: readonly string[]): boolean {
  const mk = entityKey(model);
  if (!mk) return true;
  const keys = subject ? [entityKey(subject), ...own.map(entityKey)] : own.map(entityKey);
  return keys.some(
    (k) =>
      k.length > 0 &&
      (k === mk || (k.length >= 3 && mk.includes(k)) || (mk.length >= 3 && k.includes(mk) && k.length > mk.length)),
  );
}

// ---------------------------------------------------------------- settings

type SettingCategory =
  | "shots"
  | "protocol"
  | "labels"
  | "sampling"
  | "resolution"
  | "hardware"
  | "precision"
  | "phase"
  | "split"
  | "validation"
  | "shift";

export interface SettingSpan extends Span {
  cat: SettingCategory;
}

const NUM_WORD = "zero|one|two|three|four|five|six|eight|ten|sixteen|thirty-two|few|many|\\d+";
// [kind, cheap gate, matcher, text of a match (default: as written)]. The gate keeps sentences without
// any trigger word from paying for the matchers.
const SETTING_RULES: ReadonlyArray<
  [SettingCategory, RegExp, RegExp, ((m: RegExpExecArray, s: string) => string) | null]
> = [
  [
    "shots",
    /shot|in-context|few-example/i,
    new RegExp(
      `\\b(?:${NUM_WORD})[- ]shot\\b(?!s)|\\b\\d+\\s+shots\\b|\\b(?:in-context|few-example)\\s+learning\\b`,
      "gi",
    ),
    null,
  ],
  ["protocol", /linear/i, /\blinear[- ]prob(?:e|es|ing)\b|\blinear\s+evaluation\b/gi, () => "linear probe"],
  ["protocol", /frozen/i, /\bfrozen\s+(?:backbone|features|encoder|representations?)\b/gi, null],
  ["protocol", /NN|nearest/, /\bk-?NN\b|\bk-nearest[- ]neighbou?rs?\b|\bkNN\b/g, () => "k-NN"],
  [
    "protocol",
    /tun/,
    /\b(?:fine-?tun(?:ed|ing)|finetun(?:ed|ing))\b/gi,
    (m, s) =>
      `${/\b(?:full(?:-parameter)?|supervised|end-to-end|LoRA|after)\s+$/i.exec(s.slice(Math.max(0, m.index - 20), m.index))?.[0] ?? ""}${m[0]}`,
  ],
  [
    "protocol",
    /semi-supervised|training-free|without|few-label/,
    /\b(?:without\s+(?:any\s+)?(?:fine-?tuning|training|retraining)|training-free|semi-supervised|few-label)\b/gi,
    null,
  ],
  [
    "labels",
    /label|annot|supervision/i,
    /(?<![\w.])(\d+(?:\.\d+)?\s?%|1\/\d+|\d+)\s+(?:of\s+(?:the\s+)?(?:\w+\s+)?)?(?:labell?ed|labels?|annotations?|annotated|supervision)(?:\s+(?:per\s+class|data|samples|images|examples|training\s+data))?\b/gi,
    (m) => `${(m[1] ?? "").replace(/\s/g, "")} labels${/per\s+class/i.test(m[0]) ? " per class" : ""}`,
  ],
  [
    "sampling",
    /@|best-of|vot|consisten|CoT|chain-of|greedy/i,
    /\b(?:pass|maj|cons|avg|best|mean|bo|BoN|rm)@\d+\b|\bbest-of-\d+\b|\bbest-of-N\b|\bmajority[- ]vot(?:e|ing)\b|\bself-consistency\b|\b(?:with|w\/|using|under)\s+(?:CoT|chain-of-thought)\b|\b(?:CoT|chain-of-thought)\s+prompting\b|\bgreedy\s+decoding\b/gi,
    null,
  ],
  [
    "resolution",
    /\d\s?(?:x|×|times|\*)\s?\d|\dp\b|K\s+res/,
    /\b\d{2,4}\s?(?:x|×|times|\*)\s?\d{2,4}(?:\s+(?:resolution|images?|pixels))?(?![\w.]|\.\d)|\b(?:720|1080|480|360|2160)p\b|\b[248]K\s+resolution\b/g,
    null,
  ],
  ["precision", /$^/, /\b(?:\d+-bit|W\dA\d+|INT\d|FP8|FP4|NVFP4|MXFP4)\b/g, null],
  [
    "phase",
    /$^/,
    /\blong-context\b|\blow[- ]resource\s+\w+|\bprefill(?:ing)?\s+phase\b|\bdecoding\s+phase\b|\b(?:in|at|during)\s+inference\b|\bduring\s+training\b|\bpre-?training\b/gi,
    null,
  ],
  [
    "validation",
    /fold|valid|LOOCV|leave-one|box/i,
    /\b(?:\d+-fold\s+cross-validation|cross-validat(?:ion|ed)|LOOCV|leave-one-[\w-]+-out|(?:black|white|gr[ae]y)-box(?:\s+setting)?)\b/gi,
    null,
  ],
  [
    "shift",
    /distribution|cross-|OOD/,
    /\b(?:out-of-distribution|in-distribution|OOD|cross-dataset|cross-domain|cross-lingual)\b/g,
    null,
  ],
  // "99.2% training accuracy": measured on the data the model was fitted to, never the benchmark's test board.
  [
    "split",
    /train/i,
    /\b(?:training|train)(?:[- ]set)?\s+(?:accuracy|accuracies|error|loss|f1)\b|\bon\s+the\s+training\s+(?:set|data|split)\b/gi,
    () => "training set",
  ],
  [
    "split",
    /subset|split|partition/,
    /\b(?:on|in|for)\s+(?:the\s+)?((?!a\s|an\s|this\s|each\s|every\s|one\s)(?:[a-z][\w-]*\s+){1,2}(?:subset|split|partition))(?!\s+of\b)\b/g,
    (m) => m[1] ?? m[0],
  ],
];

// "zero-shot generalization", "few-shot learners": a capability, not the setting of a number.
const NOT_SETTING_AFTER =
  /^[\s-]*(?:generalization|capabilit\w+|abilit\w+|transfer\s+abilit\w+|learners?|performance\s+of\s+(?:existing|prior))/i;

/** Setting spans of one sentence (hardware, precision and phases come from `extra`). */
export function findSettings(s: string, extra: readonly Span[]): SettingSpan[] {
  const spans: SettingSpan[] = [];
  for (const [cat, gate, re, text] of SETTING_RULES) {
    if (cat === "precision" || cat === "phase" || !gate.test(s)) continue;
    re.lastIndex = 0;
    for (let mt = re.exec(s); mt; mt = re.exec(s)) {
      if (cat === "shots" && NOT_SETTING_AFTER.test(s.slice(mt.index + mt[0].length, mt.index + mt[0].length + 40)))
        continue;
      let t = text ? text(mt, s) : mt[0].replace(/^(?:with|w\/|using|under|in|at|during)\s+/i, "");
      if (!/[A-Z].*[A-Z]/.test(t)) t = t.toLowerCase();
      if (cat === "sampling" && /^pass@1$/i.test(t)) continue;
      spans.push({ start: mt.index, end: mt.index + mt[0].length, text: t, cat });
    }
  }
  for (const e of extra) {
    const cat: SettingCategory = /^(?:\d+-bit|W\dA\d+|INT\d|FP8)$/i.test(e.text)
      ? "precision"
      : /GPU|CPU|TPU|NPU|A100|H100|V100|RTX|iPhone|Android|device|SoC|Jetson/i.test(e.text)
        ? "hardware"
        : "phase";
    if (cat === "phase" && spans.some((o) => o.start < e.end && o.end > e.start)) continue;
    spans.push({ ...e, cat });
  }
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

// ---------------------------------------------------------------- which span is whose

// Between a number and a span after it: no clause break, no list conjunction.
const BREAK = /[;]|,\s*(?:and|while|whereas|but|which|with)\b|\b(?:while|whereas|but|and)\b/i;

// A sentence opening with an adverbial phrase ("In the zero-shot setting, ...", "On Qwen3-8B, ...").
const LEAD =
  /^(?:In|Under|With|On|For|Using|When|Across|At|Without|After|Given|From|Applied|Evaluated|Trained|Built|Fine-tuned|Finetuned|Starting|Taking|Equipped|Paired)\b/;
const HARD_BREAK = /[;]|\b(?:while|whereas|but|compared|than|outperform\w*|surpass\w*|respectively)\b|\.\s/i;

export interface Positions {
  /** Starts and ends of every kept number in the sentence, in order. */
  starts: readonly number[];
  ends: readonly number[];
}

/** The number a span is written right after ("40% zero-shot"), or -1. */
function ownerOf(s: string, sp: Span, pos: Positions): number {
  let owner = -1;
  for (let i = 0; i < pos.ends.length; i++) if (pos.ends[i]! <= sp.start) owner = i;
  if (owner < 0) return -1;
  const gap = s.slice(pos.ends[owner]!, sp.start);
  return gap.length <= 80 && !BREAK.test(gap) ? owner : -1;
}

/**
 * The span of `spans` that belongs to the number(s) [from, to): one right after it with nothing
 * in between that starts a new clause, else the closest before it that no earlier number owns
 * (within the clause, or a lead phrase of the sentence: "In the zero-shot setting, ...").
 */
export function spanFor<T extends Span>(
  s: string,
  spans: readonly T[],
  from: number,
  to: number,
  pos: Positions,
  clauseAt: number,
  trailing = true,
): T | null {
  let next = Infinity;
  for (const st of pos.starts)
    if (st >= to) {
      next = st;
      break;
    }
  for (const sp of spans) {
    if (sp.start < to) continue;
    // A span may start at the next number when it holds it ("with 92 labels").
    if (sp.start > next || (sp.start === next && sp.end === next) || sp.start - to > 80) break;
    if (!BREAK.test(s.slice(to, sp.start))) return sp;
    break;
  }
  let before: T | null = null;
  const first = pos.starts[0] ?? s.length;
  for (const sp of spans) {
    if (sp.end > from) break;
    const owner = ownerOf(s, sp, pos);
    // Written right after an earlier number: that number's setting.
    if (owner >= 0 && pos.ends[owner]! <= from) continue;
    const lead =
      sp.end <= first &&
      ((LEAD.test(s) && !/[,;]/.test(s.slice(0, sp.start)) && /,/.test(s.slice(sp.end, first))) ||
        // In the subject of the sentence: "Our W4A8 LLMs achieve ..., while using 1.36x fewer resources".
        (sp.start < 40 &&
          /^(?:Our|The|This|These|Its)\s/.test(s) &&
          !/[,;]|\b(?:is|are|was|were|ha[sd]|have)\b|\w+(?:s|ed)\s+(?:by|to|on|up)\b/.test(s.slice(0, sp.start))));
    if (sp.start >= clauseAt || lead) before = sp;
  }
  if (before || !trailing) return before;
  // A modifier closing a list of results scopes all of them: "92.0% accuracy and an RMSE of 7.7 with the
  // EfficientNet-B0 backbone", "40% on A and 50% on B in the zero-shot setting".
  for (const sp of spans) {
    if (sp.start < to) continue;
    if (sp.start - to > 160 || HARD_BREAK.test(s.slice(to, sp.start))) break;
    return sp;
  }
  return null;
}

/**
 * Inside a list of numbers ("+4.4% on COCO (with 232 labels), +3.1% on VOC (with 92 labels)"), a span
 * written between the item and its neighbours belongs to that item alone.
 */
export function itemSpan<T extends Span>(
  s: string,
  spans: readonly T[],
  from: number,
  to: number,
  pos: Positions,
  clauseAt: number,
  item?: { start: number; end: number },
): T | null {
  if (!item || (item.start === from && item.end === to)) return null;
  const sp = spanFor(s, spans, item.start, item.end, pos, clauseAt, false);
  return sp && sp.start >= from && sp.end <= to ? sp : null;
}

/** Setting spans of a sentence split by kind, each list in text order. */
export type SettingsByKind = ReadonlyMap<SettingCategory, readonly SettingSpan[]>;

export function byKind(spans: readonly SettingSpan[]): SettingsByKind {
  const out = new Map<SettingCategory, SettingSpan[]>();
  for (const sp of spans) {
    const list = out.get(sp.cat);
    if (list) list.push(sp);
    else out.set(sp.cat, [sp]);
  }
  return out;
}

/** The settings of the number(s) [from, to): at most one per kind, in text order. */
export function settingsFor(
  s: string,
  kinds: SettingsByKind,
  from: number,
  to: number,
  pos: Positions,
  clauseAt: number,
  skip: (sp: SettingSpan) => boolean,
  item?: { start: number; end: number },
): SettingSpan[] {
  const out: SettingSpan[] = [];
  for (const list of kinds.values()) {
    const sp =
      itemSpan(s, list, from, to, pos, clauseAt, item) ??
      spanFor(s, list, from, to, pos, clauseAt, list[0]?.cat === "hardware");
    if (sp && !skip(sp)) out.push(sp);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
