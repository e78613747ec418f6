/**
 * Who and what a number is about: subject (the proposed method or a named model), dataset,
 * baseline and condition. Sentence-level spans are found once per sentence; each claim then
 * takes the span nearest to its number.
 */
import { DATASET_SPELLINGS, canonicalSubjectName, entityKey, knownDataset } from "../names.js";
import { lookupMetricAlias } from "../metrics.js";
import { escapeRegExp } from "../regex-escape.js";

export interface Span {
  start: number;
  end: number;
  text: string;
}

// ---------------------------------------------------------------- names

/** A token that reads as a system or dataset name: internal capital, digit, or an acronym. */
export function isNameLike(tok: string): boolean {
  if (tok.length < 2 || tok.length > 40) return false;
  if (!/^[A-Za-z]/.test(tok)) return false;
  if (/[a-z][A-Z]|[A-Z]{2}|\d|[+^]/.test(tok)) return true;
  return /^[A-Z][a-z]+-[A-Za-z]/.test(tok);
}

// Acronyms and words that are names of fields or hardware, never the proposed system.
const NOT_SUBJECT = new Set(
  [
    "LLM",
    "LLMs",
    "LM",
    "LMs",
    "SLM",
    "SLMs",
    "VLM",
    "VLMs",
    "MLLM",
    "MLLMs",
    "LVLM",
    "LVLMs",
    "GPU",
    "GPUs",
    "CPU",
    "CPUs",
    "TPU",
    "TPUs",
    "NLP",
    "AI",
    "ML",
    "CV",
    "RL",
    "CNN",
    "CNNs",
    "RNN",
    "RNNs",
    "GNN",
    "GNNs",
    "DNN",
    "DNNs",
    "NN",
    "NNs",
    "SOTA",
    "SoTA",
    "API",
    "APIs",
    "KV",
    "QA",
    "VQA",
    "ASR",
    "TTS",
    "MT",
    "NMT",
    "OCR",
    "ID",
    "OOD",
    "IID",
    "FP16",
    "BF16",
    "FP32",
    "FP8",
    "INT8",
    "INT4",
    "GEMM",
    "GEMMs",
    "MoE",
    "SFT",
    "RLHF",
    "DPO",
    "PPO",
    "GRPO",
    "CoT",
    "ICL",
    "RAG",
    "PEFT",
    "LoRA",
    "ViT",
    "ViTs",
    "MLP",
    "MLPs",
    "SGD",
    "Adam",
    "AdamW",
    "US",
    "USD",
    "DL",
    "DRL",
    "HPC",
    "IoT",
    "PDF",
    "PDFs",
    "URL",
    "HTML",
    "JSON",
    "SQL",
    "GAN",
    "GANs",
    "VAE",
    "VAEs",
    "NeRF",
    "3D",
    "2D",
    "4D",
    "1D",
    "II",
    "III",
    "IV",
    "FLOPs",
    "FLOPS",
    "TFLOPS",
    "GFLOPs",
    "MACs",
    "NVIDIA",
    "AMD",
    "Intel",
    "ARM",
    "PyTorch",
    "TensorFlow",
    "JAX",
    "CUDA",
    "ImageNet",
    "COCO",
    "GLUE",
    "MMLU",
    "FID",
    "BLEU",
    "PSNR",
    "SSIM",
    "WER",
    "mAP",
    "mIoU",
    "AUC",
    "ROC",
    "EER",
    "PPL",
  ].map((s) => s.toLowerCase()),
);

const TITLE_NAME = /^\s*([^:]{1,60}?)\s*:\s+\S/;
const REPORT_TITLE = /^\s*(\S+(?:\s+\S+)?)\s+(?:Technical\s+Report|Model\s+Card|System\s+Card)\s*$/i;
const INTRO_ACRONYM =
  /\b(?:we|this\s+(?:paper|work|study)|here)\s+(?:\w+\s+){0,2}?(?:propose|introduce|present|develop|design|devise|build|call|name|term|dub|release|create|construct|offer)[sd]?\s+(?:[^.;()]{0,160}?)\(([A-Za-z][\w\-+.^$]*[A-Z0-9][\w\-+.^$]*)\)/i;
// "We propose X" and "here we present X": the name is capitalized, the sentence start may be too.
const INTRO_NAME =
  /\b(?:[Ww]e|[Tt]his\s+(?:paper|work|study)|[Hh]ere)\s+(?:\w+\s+){0,2}?(?:propose|introduce|present|develop|design|devise|build|release|create|construct|offer)[sd]?\s+(?:an?\s+|the\s+)?(?:(?:novel|new|simple|general|efficient|effective|unified|lightweight|scalable|generic|plug-and-play|training-free|first|framework|method|approach|model|architecture|technique|algorithm|system|pipeline|benchmark|dataset|family|suite|strategy|paradigm|module|optimizer|mechanism|recipe|toolkit|library|engine|yet|and|,|called|named|dubbed|termed)\s+)*([A-Z][\w\-+.^$]*(?:\s+[A-Z0-9][\w\-+.^$]*){0,2})/;
const CALLED = /\b(?:called|named|dubbed|termed|coined|namely)\s+([A-Z][\w\-+.^$]*)/;

const NAME_EXPANSION = /(?<![\w-])([A-Z][\w\-+]{1,30})\s+\(([A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){1,6})\)/g;
const DEFINED_ACRONYM = /\(([A-Za-z][\w\-+.^$]*[A-Z0-9][\w\-+.^$]*)\)/g;
const SELF_SENTENCE = /\b(?:we|our|this\s+(?:paper|work|study)|propos\w*|introduc\w*|present\w*)\b/i;
const TITLE_SPLIT = /^(.{3,80}?)\s+(?:for|via|with|through|using|by|from|in|on|towards|to)\s+/i;

function usable(name: string | undefined): name is string {
  return !!name && name.length > 1 && !NOT_SUBJECT.has(name.toLowerCase()) && !datasetLike(name);
}

/** A known dataset, or a new split of one ("ImageNet-D", "CIFAR10-C"): a place results are measured, not a system. */
function datasetLike(name: string): boolean {
  if (knownDataset(name)) return true;
  const cut = /^(.{3,})-[A-Z0-9]{1,3}$/.exec(name);
  return !!cut && !!knownDataset(cut[1] ?? "");
}

export interface PaperNames {
  /** The name claims default to. */
  subject: string | null;
  /** Every name the paper gives its own systems (title prefix, introduced acronyms and names). */
  own: string[];
}

/** The paper's own system names: title prefix ("FlashDecoding++: ..."), names introduced in the abstract. */
export function paperNames(title: string, abstract: string): PaperNames {
  const own: string[] = [];
  const add = (n: string | null | undefined) => {
    if (n && usable(n) && !own.some((o) => entityKey(o) === entityKey(n))) own.push(n);
  };
  const lowerAbs = abstract.toLowerCase();
  // "STEP3-VL-10B Technical Report": the report is about the named model.
  const tm = TITLE_NAME.exec(title) ?? REPORT_TITLE.exec(title);
  const titlePrefix = tm && (tm[1] ?? "").split(/\s+/).length <= 6 ? canonicalSubjectName(tm[1] ?? "") : null;
  let prefixInAbstract: string | null = null;
  if (titlePrefix) {
    if (lowerAbs.includes(titlePrefix.toLowerCase())) prefixInAbstract = titlePrefix;
    else {
      const first = titlePrefix.split(/\s+/)[0] ?? "";
      if (isNameLike(first) && lowerAbs.includes(first.toLowerCase())) prefixInAbstract = canonicalSubjectName(first);
    }
  }
  add(prefixInAbstract);
  const acr = INTRO_ACRONYM.exec(abstract);
  if (acr) add(canonicalSubjectName(acr[1] ?? ""));
  const called = CALLED.exec(abstract);
  if (called?.[1] && isNameLike(called[1])) add(canonicalSubjectName(called[1]));
  const intro = INTRO_NAME.exec(abstract);
  if (intro?.[1]) {
    const first = (intro[1].split(/\s+/)[0] ?? "").replace(/[,.]$/, "");
    // A plain word or hyphenated adjective ("We propose Latent Memory ...", "Phase-Aware ...") starts a description,
    // not a name, unless the abstract keeps writing it mid-sentence.
    // "We propose Latent Memory, ...": a name of plain words is the whole phrase, when the abstract repeats it.
    const plain = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(first);
    const phrase = intro[1].replace(/[,.]$/, "");
    const timesMid = (w: string) => abstract.split(new RegExp(`(?<![.!?]\\s)\\b${escapeRegExp(w)}\\b`)).length - 1;
    if (!plain) {
      if (isNameLike(first) || lowerAbs.split(first.toLowerCase()).length > 2) add(canonicalSubjectName(first));
    } else if (phrase !== first && /^[A-Z][\w-]*\s+[A-Z]/.test(phrase) && abstract.split(phrase).length > 2)
      add(phrase);
    else if (timesMid(first) > 2) add(canonicalSubjectName(first));
  }
  // "Lion (EvoLved Sign Momentum)": a name followed by its expansion.
  NAME_EXPANSION.lastIndex = 0;
  for (let mt = NAME_EXPANSION.exec(abstract); mt; mt = NAME_EXPANSION.exec(abstract)) {
    const n = mt[1] ?? "";
    if (lowerAbs.split(n.toLowerCase()).length > 2) add(n);
  }
  // Acronyms defined in sentences where the paper speaks about itself.
  DEFINED_ACRONYM.lastIndex = 0;
  for (let mt = DEFINED_ACRONYM.exec(abstract); mt; mt = DEFINED_ACRONYM.exec(abstract)) {
    const sentStart = Math.max(abstract.lastIndexOf(". ", mt.index), 0);
    // "short-term memory (STM)", "a knowledge graph (KG)": a plain acronym for a lowercase concept names no system
    // ("efficient modulation (EfficientMod)" does).
    if (
      /^[A-Z]{2,5}s?$/.test(mt[1] ?? "") &&
      /(?:^|[\s(])[a-z][a-z-]*\s+[a-z][a-z-]*\s*$/.test(abstract.slice(Math.max(0, mt.index - 40), mt.index))
    )
      continue;
    if (SELF_SENTENCE.test(abstract.slice(sentStart, mt.index))) add(canonicalSubjectName(mt[1] ?? ""));
  }
  let subject: string | null = own[0] ?? null;
  if (!subject) {
    const split = TITLE_SPLIT.exec(title);
    if (titlePrefix) subject = titlePrefix;
    else if (title.trim().split(/\s+/).length <= 4) subject = canonicalSubjectName(title);
    else if (split && (split[1] ?? "").split(/\s+/).length <= 6) subject = canonicalSubjectName(split[1] ?? "");
    else subject = frequentName(abstract);
  }
  if (subject) add(subject);
  return { subject, own };
}

/** The most repeated name-like token of the abstract. */
function frequentName(abstract: string): string | null {
  const counts = new Map<string, number>();
  for (const tok of abstract.match(/\b[A-Za-z][\w\-+]*[A-Za-z0-9+]\b/g) ?? []) {
    // "F1" repeated in "F1 score of 0.98 ... F1 scores of 0.96" is the metric, not the paper's system.
    if (!isNameLike(tok) || NOT_SUBJECT.has(tok.toLowerCase()) || knownDataset(tok) || lookupMetricAlias(tok)) continue;
    counts.set(tok, (counts.get(tok) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 2;
  for (const [tok, n] of counts) if (n > bestN) [best, bestN] = [tok, n];
  return best;
}

const RESULT_VERB =
  /^,?\s+(?:\w+ly\s+)?(?:achieves|achieved|attains|reaches|obtains|scores|yields|matches|outperforms|surpasses|uses|runs|requires|provides|delivers|improves|reduces|shows|sets|exceeds|boosts|enables|gets|performs|cuts|saves|speeds|accelerates|consumes|takes|offers|brings|leads|can|could)\b/;
const OUR_GENERIC =
  /\bour\s+(?:proposed\s+|final\s+|full\s+)?(?:method|approach|model|framework|system|algorithm|technique|pipeline)\b/i;
const OUR_NAME =
  /\bour\s+(?:(?:proposed|final|best|largest|smallest|base|full|method|model|approach|framework|system)\s+)*(?:\(([^)]{2,40})\)|([A-Z][\w\-+./]*[\w+]))/g;
const NAME_TOKEN = /(?<![\w-])([A-Z][\w\-+./]*[\w+]|[a-z]+[A-Z][\w\-+./]*[\w+])/g;

/**
 * A named system acting in this sentence before `pos`: "our model (M-LSD-tiny)", one of the
 * paper's own names, or a name followed by a result verb ("ViG-S matches ...", "GPT-4o, achieves").
 */
export function localSubject(
  s: string,
  pos: number,
  own: readonly string[],
  models: readonly Span[] = [],
): string | null {
  OUR_NAME.lastIndex = 0;
  let ours: string | null = null;
  for (let mt = OUR_NAME.exec(s); mt && mt.index < pos; mt = OUR_NAME.exec(s)) {
    const name = (mt[1] ?? mt[2] ?? "").trim();
    if (name && isNameLike(name) && !NOT_SUBJECT.has(name.toLowerCase())) ours = name;
  }
  if (ours) return canonicalSubjectName(ours);
  // The last own name written before the number (papers often propose several).
  let ownAt = -1;
  let ownName: string | null = null;
  const lower = s.toLowerCase();
  for (const n of own) {
    // A whole name, not a piece of a longer one ("Ray" inside "CrossRay3D").
    const key = n.toLowerCase();
    let at = lower.lastIndexOf(key, pos);
    while (at >= 0 && (/[\p{L}\d]/u.test(lower[at - 1] ?? "") || /[\p{L}\d]/u.test(lower[at + key.length] ?? "")))
      at = at === 0 ? -1 : lower.lastIndexOf(key, at - 1);
    if (at >= 0 && at > ownAt) [ownAt, ownName] = [at, n];
  }
  let found: string | null = null;
  let foundAt = -1;
  NAME_TOKEN.lastIndex = 0;
  for (let mt = NAME_TOKEN.exec(s); mt && mt.index < pos; mt = NAME_TOKEN.exec(s)) {
    const name = mt[1] ?? "";
    // "mAP50", "F1": a metric's name is never the system ("mAP50:95 of 0.41" read as "mAP50 achieves").
    if (
      !isNameLike(name) ||
      NOT_SUBJECT.has(name.toLowerCase()) ||
      knownDataset(name) ||
      lookupMetricAlias(name) !== undefined
    )
      continue;
    const after = s.slice(mt.index + name.length, mt.index + name.length + 40);
    const before = s.slice(Math.max(0, mt.index - 24), mt.index);
    // "..., with PURe272 reaching 95.01%": the name the clause gives the result to.
    if (
      /^\s+(?:reaching|achieving|attaining|obtaining|scoring)\b/.test(after) &&
      /\bwith\s+(?:the\s+)?$/i.test(before)
    ) {
      [found, foundAt] = [name, mt.index];
      continue;
    }
    if (!RESULT_VERB.test(after)) continue;
    // A name right after a comparison word is a baseline, not the subject.
    if (
      /(?:than|over|vs\.?|versus|to|with|against|of|from|outperform\w*|surpass\w*|beat\w*|exceed\w*)\s+(?:the\s+)?$/i.test(
        s.slice(Math.max(0, mt.index - 24), mt.index),
      )
    )
      continue;
    [found, foundAt] = [name, mt.index];
  }
  // A model written in full ("Llama 3 8B achieves", "o3-mini-high reaches") acting before the number.
  for (const md of models) {
    if (md.start >= pos || md.start < foundAt) continue;
    if (!RESULT_VERB.test(s.slice(md.end, md.end + 40))) continue;
    if (
      /(?:than|over|vs\.?|versus|to|with|against|of|from|on|using|outperform\w*|surpass\w*|beat\w*|exceed\w*)\s+(?:the\s+)?$/i.test(
        s.slice(Math.max(0, md.start - 24), md.start),
      )
    )
      continue;
    [found, foundAt] = [md.text, md.start];
  }
  // "UniConvNet-XL reaches 88.4%" in the UniConvNet paper: the variant written is the system, not the family name.
  if (
    ownName &&
    found &&
    foundAt === ownAt &&
    found.length > ownName.length &&
    found.toLowerCase().startsWith(ownName.toLowerCase())
  )
    return canonicalSubjectName(found);
  if (ownName && ownAt >= foundAt) return ownName;
  if (found && !OUR_GENERIC.test(s.slice(0, pos))) return canonicalSubjectName(found);
  return ownName;
}

// ---------------------------------------------------------------- datasets

// A known name may carry its variant: a resolution, a year, a version, a split, "Level 5" (a subset of MATH).
const KNOWN_DATASET_RE = new RegExp(
  `(?<![\\w\\-])(${DATASET_SPELLINGS.map(escapeRegExp).join("|")})(?:\\s?\\d{2,4}\\s?(?:x|×|times)\\s?\\d{2,4}|\\s\\d{2,4}\\^2|\\s(?:19|20)\\d\\d|\\s[vV]?\\d\\.\\d|-\\d+[kK]|\\s\\((?:dev|test|val)\\)|\\s(?:Level|Lvl\\.?|Tier|Track|Subset)\\s?\\d+)?(?![\\w\\-]|\\.\\d)`,
  "g",
);
// Model names with a size ("Llama2-7B", "Qwen-72B") are systems, not datasets.
const SIZED_MODEL = /[-\s]\d+(?:\.\d+)?[BMK]\b|^(?:SV|SSL)$/;

// Names that follow "on" but are hardware, model families or generic words, not datasets.
const NOT_DATASET =
  /^(?:NVIDIA|AMD|Intel|Apple|Google|Qualcomm|ARM|Snapdragon|Jetson|iPhone|Android|GPUs?|CPUs?|TPUs?|A100|H100|V100|A800|H800|RTX|MI\d+|LLaMA|Llama|GPT|Qwen|Mistral|Mixtral|Gemma|Phi|OPT|BERT|RoBERTa|T5|ViT|ResNet|DeiT|Swin|CLIP|DiT|SD|SDXL|Stable|LLaVA|Vicuna|Falcon|Pythia|DeepSeek|Claude|Gemini|PaLM|InternVL|MobileNet|VGG|EfficientNet|Transformer|Transformers|Average|Overall|In|On|The|This|These|Our|We|Both|All|Each|Moreover|Specifically|Notably|Furthermore|Additionally|Compared|Experiments?|Extensive|Code|Project|Using|With|For|Top-\d|FP16|BF16|INT\d|W\dA\d+|LLMs?|VLMs?|MLLMs?|LVLMs?)\b|^(?:OCR|QA|ASR|TTS|NER|NLU|NLG|NLP|MT|MOS|SLAM|HAR)\b(?!-)/;
const ON_NAME =
  /\b(?:on|On|in|In|for|For|across)\s+(?:the\s+|both\s+|several\s+|standard\s+|popular\s+|challenging\s+|widely[- ]used\s+|large-scale\s+|public\s+|real-world\s+)*([A-Z][\w\-+.'’/^]*(?:\s+(?:[A-Z0-9][\w\-+.'’/^]*|\d+\^2|\d+(?:x|×|times)\d+)){0,3})(\s+(?:datasets?|benchmarks?|corpus|test\s+set|test-dev|val|validation\s+set|challenge|leaderboard|suite|split|tasks?))?/g;
const SHORT_ACRONYM = /^[A-Z]{2,3}(?:\/[A-Z]{1,4})?s?$/;
// "on ImageNet-1K (60.1%), ImageNette (87.2%), and ImageWoof (72.9%)": a bracketed result may follow a name.
const LIST_NEXT =
  /^(?:\s*\([^()]{1,30}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*)([A-Z][\w\-+.'’^]*(?:\s+[A-Z0-9][\w\-+.'’^]*){0,2}?)(?=[\s,;:.)]|$)/;
const NAMED_DATASET =
  /(?<![\w-])([A-Z][\w\-+.'’/]*(?:\s+[A-Z0-9][\w\-+.'’/]*){0,3})\s+(?:dataset|benchmark|corpus|challenge)\b/g;

function findDatasets(
  s: string,
  ownKeys: ReadonlySet<string>,
  metricSpans: readonly { start: number; end: number }[],
): Span[] {
  const spans: Span[] = [];
  const add = (start: number, text: string) => {
    const t = text.replace(/[.,;:'’]+$/, "");
    if (!t || ownKeys.has(entityKey(t)) || (SIZED_MODEL.test(t) && !knownDataset(t))) return;
    if (metricSpans.some((h) => h.start < start + t.length && h.end > start)) return;
    if (spans.some((o) => o.start <= start && o.end >= start + t.length)) return;
    for (let i = spans.length - 1; i >= 0; i--) {
      const o = spans[i]!;
      if (start <= o.start && start + t.length >= o.end) spans.splice(i, 1);
    }
    spans.push({ start, end: start + t.length, text: t });
  };
  KNOWN_DATASET_RE.lastIndex = 0;
  for (let mt = KNOWN_DATASET_RE.exec(s); mt; mt = KNOWN_DATASET_RE.exec(s)) add(mt.index, mt[0]);
  ON_NAME.lastIndex = 0;
  for (let mt = ON_NAME.exec(s); mt; mt = ON_NAME.exec(s)) {
    const name = mt[1] ?? "";
    const first = name.split(/\s+/)[0] ?? "";
    if (NOT_DATASET.test(first) || NOT_SUBJECT.has(first.toLowerCase())) continue;
    const explicit = mt[2] !== undefined;
    if (!explicit && !isNameLike(first) && !knownDataset(first)) continue;
    // "Built on IndoBERT Large": what a model was built on is a model; "on IBM's Heron r2 quantum processor" is
    // hardware; "across public MOS benchmarks", "on QA tasks": a short acronym with a plural names a task.
    if (/\b(?:built|based|runs?|running|deployed)\s+(?:up)?$/i.test(s.slice(Math.max(0, mt.index - 16), mt.index)))
      continue;
    if (
      /^\s*(?:[\w-]+\s+)?(?:quantum\s+)?(?:processors?|chips?|hardware|devices?|boards?|computers?|machines?)\b/i.test(
        s.slice(mt.index + mt[0].length, mt.index + mt[0].length + 30),
      )
    )
      continue;
    if (explicit && /s$/.test(mt[2] ?? "") && SHORT_ACRONYM.test(name) && !knownDataset(name)) continue;
    // "screening for DR", "in MAS", "on ICE/EV vehicles": a short acronym alone is a topic unless called a
    // dataset; in a list of names ("on FFU, FLIR and M3FD") it is one of them.
    if (
      !explicit &&
      SHORT_ACRONYM.test(name) &&
      !knownDataset(name) &&
      !LIST_NEXT.test(s.slice(mt.index + mt[0].length))
    )
      continue;
    add(mt.index + mt[0].indexOf(name), name);
    // "on FLIR, M3FD, and DroneVehicle": the names listed after the first one.
    let at = mt.index + mt[0].indexOf(name) + name.length;
    for (let n = 0; n < 8; n++) {
      const next = LIST_NEXT.exec(s.slice(at));
      const item = next?.[1];
      if (!next || !item) break;
      const head = item.split(/\s+/)[0] ?? "";
      if (NOT_DATASET.test(head) || NOT_SUBJECT.has(head.toLowerCase())) break;
      // "On CIFAR-10, PURe34 reaches 92.1%": a name that acts is the system, not the next dataset.
      if (RESULT_VERB.test(s.slice(at + next[0].length))) break;
      // A plain word ("Waymo") counts only where the list goes on or says what it lists.
      const listed =
        /^\s*(?:,|and\b|datasets?\b|benchmarks?\b|respectively\b|show\w*|demonstrat\w*|confirm\w*|reveal\w*|validat\w*|indicat\w*)/i.test(
          s.slice(at + next[0].length),
        );
      if (!isNameLike(head) && !knownDataset(item) && !(/^[A-Z][a-z]{2,}$/.test(item) && listed)) break;
      add(at + next[0].length - item.length, item);
      at += next[0].length;
    }
  }
  NAMED_DATASET.lastIndex = 0;
  for (let mt = NAMED_DATASET.exec(s); mt; mt = NAMED_DATASET.exec(s)) {
    const name = (mt[1] ?? "").replace(/^(?:The|On|In|For|Using|Our|A|An)\s+/, "");
    const first = name.split(/\s+/)[0] ?? "";
    // "A dataset comprising nine devices": an article, not a name.
    if (
      !name ||
      NOT_DATASET.test(first) ||
      /^(?:A|An|The|This|That|These|Those|Each|Every|One|Another|Such|Any|New|Large|Public|Synthetic|Real)$/i.test(name)
    )
      continue;
    add(mt.index + mt[0].indexOf(name), name);
  }
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** Datasets are reported as written (GUIDELINES.md); `canonicalDatasetName` is for keys and display. */
/** The datasets of a sentence, less the spans that are models in it: "On Qwen2.5 models, ..." names no dataset. */
export function datasetsBesideModels(
  s: string,
  ownKeys: ReadonlySet<string>,
  metricSpans: readonly { start: number; end: number }[],
  models: readonly Span[],
): Span[] {
  return findDatasets(s, ownKeys, metricSpans).filter(
    (d) => !models.some((md) => md.start < d.end && md.end > d.start) || knownDataset(d.text),
  );
}

export function datasetName(span: Span): string {
  return span.text.replace(/^(?:the|a|an)\s+/i, "").trim();
}

// ---------------------------------------------------------------- baselines

const BASELINE_RE =
  /\b(compared\s+(?:to|with)|relative\s+to|in\s+comparison\s+(?:to|with)|over|than|vs\.?|versus|against|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|improv(?:es|ed|ing)\s+(?:up)?on|from)\s+(?:both\s+)?/g;
const BASELINE_STOP =
  /\s(?:by|on|in|with|while|across|at|for|under|using|when|without|which|that|to|through|via|as|is|are|was|were|achieving|reaching|yielding|resulting|leading|respectively|and\s+(?!the\s|other\s|competing\s|existing\s|prior\s|previous\s|[A-Z]))\b|[,;:()[\]]|\.(?:\s|$)|\s[~\d]/;
const WEAK_START =
  /^(?:the\s+)?(?:[A-Z0-9]|state|sota|baselines?|previous|prior|existing|vanilla|standard|original|full|dense|conventional|competing|other|its|their|current|recent|leading|strong|uniform|default|naive|random|traditional|fp16|bf16|\d+-bit|full-precision|single|best|second|canonical|per-sample|direct|hugging|autoregressive|auto-regressive|uncompressed|unpruned|non-)/i;

export function findBaselines(s: string): Span[] {
  const spans: Span[] = [];
  BASELINE_RE.lastIndex = 0;
  for (let mt = BASELINE_RE.exec(s); mt; mt = BASELINE_RE.exec(s)) {
    const verb = (mt[1] ?? "").toLowerCase();
    const start = mt.index + mt[0].length;
    const rest = s.slice(start, start + 100);
    const stop = BASELINE_STOP.exec(rest);
    let text = (stop ? rest.slice(0, stop.index) : rest).trim();
    const words = text.split(/\s+/);
    if (words.length > 8) text = words.slice(0, 8).join(" ");
    if (
      !text ||
      /^[\d~<>≈]/.test(text) ||
      /^(?:half|twice|double|a\s+factor|an?\s+order|time|all|baseline\s+performance)\b/i.test(text)
    )
      continue;
    if (/^(?:over|than|vs\.?|versus|against|from)$/.test(verb) && !WEAK_START.test(text)) continue;
    if (verb === "from" && !/\b(?:baseline|original|standard|vanilla|full|dense)\b/i.test(text)) continue;
    if (verb.startsWith("exceed") && !WEAK_START.test(text)) continue;
    text = text.replace(/^(?:the|a|an)\s+/i, "").replace(/['’]s$/, "");
    if (text.length < 2) continue;
    spans.push({ start, end: start + text.length, text });
  }
  return spans;
}

// ---------------------------------------------------------------- conditions
// Hardware, precision and phases. Shots, protocols and sampling settings are in setting.ts.

const HARDWARE =
  /\b(?:on|using|with)\s+(?:an?\s+|the\s+|both\s+|a\s+single\s+|single\s+|two\s+|four\s+|eight\s+|\d+\s+)?((?:(?:NVIDIA|Nvidia|AMD|Intel|Apple|Qualcomm|ARM|octa-core|mobile|edge|consumer|commodity)\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:(?:and|or)\s+[A-Z][\w-]*\s+)?(?:GPUs?|CPUs?|TPUs?|NPUs?|A100(?:\s+GPUs?)?|H100(?:\s+GPUs?)?|V100(?:\s+GPUs?)?|RTX\s?\d+\w*(?:\s+GPUs?)?|iPhone\w*|Android(?:\s+devices?)?|mobile\s+devices?|edge\s+devices?|SoC|Jetson\s+\w+))/g;
const SETTING =
  /\b(\d+-bit|W\dA\d+|INT\d|FP8|long-context|low[- ]resource\s+\w+|prefill(?:ing)?\s+phase|decoding\s+phase|in\s+inference|at\s+inference|during\s+inference|during\s+training|pre-training|pretraining)\b/gi;

export function findConditions(s: string): Span[] {
  const spans: Span[] = [];
  HARDWARE.lastIndex = 0;
  for (let mt = HARDWARE.exec(s); mt; mt = HARDWARE.exec(s)) {
    const text = (mt[1] ?? "").trim();
    spans.push({ start: mt.index + mt[0].indexOf(text), end: mt.index + mt[0].indexOf(text) + text.length, text });
  }
  SETTING.lastIndex = 0;
  for (let mt = SETTING.exec(s); mt; mt = SETTING.exec(s)) {
    const text = (mt[1] ?? "").replace(/^(?:in|at|during)\s+/i, "");
    if (spans.some((o) => o.start <= mt!.index && o.end >= mt!.index)) continue;
    spans.push({ start: mt.index, end: mt.index + mt[0].length, text });
  }
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** Splits "NVIDIA and AMD GPUs" into per-item conditions when a list of n numbers meets n names. */
export function distributeCondition(text: string, n: number): string[] | null {
  const mt = /^(.*?)((?:[\w-]+,\s+)*[\w-]+,?\s+(?:and|or)\s+[\w-]+)\s+([A-Za-z]+)$/.exec(text);
  if (!mt) return null;
  const items = (mt[2] ?? "").split(/,\s*|\s+(?:and|or)\s+/).filter(Boolean);
  if (items.length !== n) return null;
  return items.map((it) => `${it} ${mt[3]}`.trim());
}

/**
 * The dataset a number is reported on: a name right before it ("Boolq accuracy 90.6%",
 * "CIFAR10-C (8.5% error)"), else one introduced by a preposition after it ("... on COCO"),
 * else a sentence-initial "On X," / "For X,", else the closest one before it.
 */
export function datasetFor(spans: readonly Span[], s: string, from: number, to: number): Span | null {
  // "92.2% on MMBench and 80.11% on MMMU", "74.05% (STL10)", "0.87 GenEval score": a dataset right after
  // the number is its own.
  for (const sp of spans) {
    if (sp.start < to) continue;
    const gap = s.slice(to, sp.start);
    if (/^\s*\(?\s*(?:on\s+)?$/.test(gap)) return sp;
    // "67.1% (+5.3%) on AIME24": a bracketed gain between the number and its dataset.
    if (/^\s*\(\s*[+\-\u2212]?\d[\d.,]*\s*(?:%|pp|points?)?\s*\)\s*(?:on|in)\s+(?:the\s+)?$/i.test(gap)) return sp;
    if (
      /^\s*(?:[\w\-@.]+\s+){0,2}(?:on|in)\s+(?:the\s+)?$/i.test(gap) &&
      !/\d/.test(gap.replace(/[A-Za-z][\w@\-./]*\d[\w@\-./]*/g, ""))
    )
      return sp;
    break;
  }
  let before: Span | null = null;
  for (const sp of spans) {
    if (sp.end <= from) {
      const gap = s.slice(sp.end, from);
      if (/^\s*(?:\(|[\w\-@]+\s+){0,3}\(?\s*$/.test(gap) && !/[,;]/.test(gap)) before = sp;
    }
  }
  if (before) return before;
  for (const sp of spans) {
    if (sp.start >= to && sp.start - to <= 90) {
      const gap = s.slice(to, sp.start);
      // Another number in between ends the search; digits inside names ("top-1", "F1", "mAP@50") do not.
      if (/[;]|\d/.test(gap.replace(/[A-Za-z][\w@\-./]*\d[\w@\-./]*/g, ""))) break;
      if (/\b(?:on|in|for|across|over|of)\s+(?:the\s+|both\s+|\w+\s+){0,3}$/i.test(gap)) return sp;
    }
  }
  const lead = spans[0];
  if (lead && lead.end <= from && /^(?:On|For|In|Across)\s+(?:the\s+)?$/.test(s.slice(0, lead.start))) return lead;
  let closest: Span | null = null;
  for (const sp of spans) if (sp.end <= from && (!closest || sp.end > closest.end)) closest = sp;
  return closest;
}

// ---------------------------------------------------------------- nearest span

/** The span nearest to [from, to): first one starting after it within `ahead` chars, else the closest before. */
export function nearestSpan(
  spans: readonly Span[],
  from: number,
  to: number,
  ahead: number,
  limitStart = 0,
  limitEnd = Infinity,
): Span | null {
  let after: Span | null = null;
  let before: Span | null = null;
  for (const sp of spans) {
    if (sp.start >= to && sp.start - to <= ahead && sp.start < limitEnd) {
      if (!after || sp.start < after.start) after = sp;
    } else if (sp.end <= from && sp.start >= limitStart) {
      if (!before || sp.end > before.end) before = sp;
    }
  }
  return after ?? before;
}
