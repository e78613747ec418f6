/**
 * Numbers that are not claims (GUIDELINES.md "Not claims"): years, citations, enumerations,
 * versions, sizes inside model names, resolutions, bit-widths and other settings, counts of
 * GPUs / tasks / benchmarks, dataset sizes and hyperparameters. Each rule looks only at a few
 * characters around the mention, so the cost is constant per mention.
 */
import type { Mention } from "./numbers.js";

const COUNT_UNITS = new Set(["K", "M", "B", "T"]);

// Nouns after a bare count that make it a setting or a dataset size, not a result.
const COUNT_NOUN =
  /^[\s-]*(?:\w+[\s-]+)?(?:bits?|bit-width|channels?|layers?|heads?|dimensions?|dims?|dimensional|frames?|shots?|epochs?|gpus?|tpus?|nodes?|cores?|tasks?|benchmarks?|datasets?|languages?|domains?|classes|categories|experiments?|models?|llms?|lvlms?|mllms?|vlms?|images?|videos?|questions?|problems?|documents?|pages?|papers?|rollouts?|prompts?|seeds?|runs?|clients?|agents?|users?|annotators?|participants?|subjects?|hours of|examples?|instances?|pairs?|samples?|demonstrations?|instructions?|trajectories|episodes?|sentences?|utterances?|conversations?|dialogues?|scenes?|objects?|points?\s+clouds?|environments?|games?|robots?|cameras?|views?|steps?\s+of|stages?|modules?|blocks?|experts?|variants?|configurations?|settings?|metrics?|a100s?|h100s?|v100s?|accelerators?|devices?|parameters?\s+(?:models?|llms?|variants?|scale)|params?\s+models?|-?parameter\b|-?param\b|-?scale|-?sized?|times\s+(?:more|larger|fewer|smaller)\s+data|(?:textual\s+|text\s+|input\s+|visual\s+)?tokens?|functions?|methods?|baselines?|approaches|algorithms?|architectures?|losses|competitors?|teams?|submissions?)\b/i;

// Percentages that describe a setting: sparsity, pruning or masking ratios, budgets, data fractions.
const PERCENT_SETTING =
  /^\s*(?:of\s+(?:the\s+)?(?:labell?ed|training|unlabell?ed|available|original|full|total)?\s*(?:data|dataset|samples|examples|labels|images|tokens|questions|problems|layers|heads|weights\s+(?:are|is))\b|(?:labell?ed\s+)?data\b|(?:labels?|annotations?|supervision|labell?ed\s+(?:samples|examples|images|points))\b|(?:\w+\s+)?(?:sparsity|sparse|pruning\s+(?:ratio|rate)|prune\s+ratio|masking|mask\s+ratio|budgets?|kv\s+cache\s+budgets?|quantile|percentile|noise|noisy|corruption|dropout|of\s+the\s+questions|of\s+questions|label\s+noise|missing|occlusion|confidence\s+(?:level|intervals?)|CIs?|significance)\b)/i;
const PERCENT_SETTING_LEFT =
  /(?:\bat|\bwith\s+(?:a|an)?|\bunder)\s*(?:~|only\s+)?$|(?:sparsity|pruning\s+ratio|masking\s+ratio|budget|confidence)\s*(?:of|=|:)?\s*$/i;

// Hyperparameter names directly before a bare number ("learning rate of 0.001", "k = 5").
const HYPERPARAM_LEFT =
  /(?:\b(?:learning\s+rate|lr|batch\s+sizes?|temperature|rank|dropout|weight\s+decay|window\s+size|beam\s+size|top-k|top-p|seed|epochs?|alpha|beta|gamma|lambda)\s*(?:of|=|:|is|set\s+to)?|(?<![A-Za-z])[A-Za-zλαβγτ]\s*[=:])\s*$/i;

const HARDWARE_AFTER =
  /^\s*(?:(?!(?:AP|AR|APs|MR|R|F|PQ|SQ|EM|BLEU)\d)[A-Z]{1,3}\d{2,4}[A-Za-z]*|(?:NVIDIA|AMD|Nvidia|Intel|Apple|Google)\b|(?:consumer|commodity|single|mobile)?\s*(?:GPUs?|TPUs?|CPUs?|cards?)\b|of\s+(?:VRAM|GPU\s+memory|HBM))/;
const HARDWARE_BEFORE = /(?:\b[A-Z]{1,3}\d{2,4}[A-Za-z]*|\bGPUs?|\bRTX|\bA100|\bH100)[\s-]*$/;

const MODEL_NAME_BEFORE = /(?:[A-Z][A-Za-z]*\d*(?:\.\d+)?[A-Za-z]*|\b[a-z]+[A-Z][A-Za-z]*)[\s-]*$/;
const NAME_WORD_BEFORE_STOP =
  /(?:^|\s)(?:The|A|An|In|On|At|With|For|From|To|By|Our|We|It|This|These|Only|Just|Using|Over|Under|Up|About|Nearly|Approximately|Roughly|Around|Less|More|Than|And|Or|Of|Overall|Specifically|Moreover|Furthermore|Finally|Notably|Remarkably|Additionally|Similarly|Compared|Experiments?|Results?|Code|Achieving|Reducing)[\s-]*$/;

const ONLY_BEFORE =
  /(?:\bonly|\bjust|\bmere(?:ly)?|\bfewer\s+than|\bless\s+than|~|\babout|\bapproximately|\bwith\s+only|\bwith\s+just|\b(?:reduc\w*|compress\w*|cut\w*|shrink\w*|parameters|params|memory|size)\b[^,;]{0,40}\bto)\s*$/i;

// "50% and 35% KV cache budgets": look past list mates to the noun they share.
const LIST_PREFIX = /^(?:\s*(?:,|and|or|,\s*and)\s*[\d.]+\s?%)+/;

/** Why this mention is not a claim, or null when it may be one. */
export function exclusionReason(s: string, m: Mention, prev: Mention | undefined): string | null {
  const before = s.slice(Math.max(0, m.start - 40), m.start);
  const after = s.slice(m.end, Math.min(s.length, m.end + 48));
  const charBefore = s[m.start - 1] ?? "";
  const charAfter = s[m.end] ?? "";
  const bare = m.unit === null;

  if (m.word) return null;

  // Years: 1900-2099 written bare.
  if (
    bare &&
    Number.isInteger(m.value) &&
    m.value >= 1900 &&
    m.value <= 2099 &&
    !/\./.test(s.slice(m.numStart, m.numEnd))
  )
    return "year";
  // Citations and enumerations: "[16]", "(1)", "1)", "(O1)".
  if (bare && /^\s*[\])]/.test(after) && /(?:^|[\s([])[[(]?\s*$/.test(before) && /[[(]\s*$|(?:^|\s)$/.test(before)) {
    if (Number.isInteger(m.value) && m.value < 100) return "enumeration";
  }
  if (/et al\.?,?\s*$/.test(before) || (/^\s*\)/.test(after) && /et al/.test(before))) return "citation";
  // Hyphen glue to a word on the left: a size or version inside a name ("LLaMA-7B", "GPT-4", "Qwen2.5-VL-3B").
  if (charBefore === "-" || charBefore === "−") {
    const beforeHyphen = s[m.start - 2] ?? "";
    const isRange = prev !== undefined && prev.end === m.start - 1;
    if (/[A-Za-z]/.test(beforeHyphen) && !isRange) return "name";
    if (/\d/.test(beforeHyphen) && !isRange) return "name";
  }
  if (/^[\s-]*v\d/.test(before.slice(-3))) return "version";
  // Glued to a letter on the right without a unit: "4o", "3D", "1st", "2MPix".
  if (/[A-Za-z]/.test(charAfter) && m.unitText === "") return "glued";
  if (/^\d*(?:st|nd|rd|th)\b/.test(after) && bare) return "ordinal";
  // Compound adjectives: "4-bit", "128-channel", "256-frame" (but "3-fold", "2.5-point" are results).
  if (
    /^-[A-Za-z]/.test(after) &&
    !/^-(?:fold|times|point|pp)\b/i.test(after) &&
    (bare || COUNT_UNITS.has(m.unit ?? ""))
  )
    return "adjective";
  if (
    m.unit !== null &&
    /^-[A-Za-z]/.test(after) &&
    /^-(?:bit|parameter|param|scale|sized?|token|level|resolution|frame|step)/i.test(after)
  )
    return "adjective";
  // Resolutions and shapes: "256x256", "36times 64", "512 x 512", "256^2", "720p".
  if (m.unit === "x" && /^\s*\d/.test(after) && !m.word) return "resolution";
  if (/\d\s*(?:[x×]|times)\s*$/.test(before)) return "resolution";
  if (bare && /^[\^]\d|^p\b/.test(after)) return "resolution";
  // The far end of a span written into a name or a ratio: "mAP@0.5:0.95", "AP50:95", "a 3:1 mix".
  if (charBefore === ":" && /\d$/.test(s.slice(Math.max(0, m.start - 2), m.start - 1)) && m.unit === null)
    return "name";
  // An example the sentence gives in passing, not a result: "(e.g., all 0 or all 1 reward)".
  // A bare whole number there is a label or a setting; a measured one ("e.g., perplexity = 129.55") stays.
  if (
    bare &&
    !/\./.test(s.slice(m.numStart, m.numEnd)) &&
    !/[=:]\s*$/.test(before) &&
    /\(\s*(?:e\.\s?g\.|for\s+example|for\s+instance)[^()]*$/i.test(s.slice(Math.max(0, m.start - 80), m.start))
  )
    return "example";
  // The bounds of an interval around a result: "(95% CI: 90-94%)", "confidence interval [0.81, 0.88]".
  if (/(?:\bCIs?|\bconfidence\s+intervals?)\s*(?:[:=]|of)?\s*[[(]?\s*(?:[\d.]+\s*%?\s*(?:-|–|to|,)\s*)?$/i.test(before))
    return "interval";
  // Fractions and slashes: "1/8", "CIFAR10/100".
  if (/^\/\d/.test(after)) return "fraction";
  if (charBefore === "/") return "fraction";
  // Bit-widths and precisions as settings.
  if (/^\s*(?:-|\s)?bits?\b/i.test(s.slice(m.numEnd, m.numEnd + 6))) return "bit-width";
  // Hardware: "8 A100 GPUs", "24 GB consumer GPU", "A800 80GB".
  if ((bare || COUNT_UNITS.has(m.unit ?? "")) && HARDWARE_AFTER.test(after)) return "hardware";
  if (
    (m.unit === "GB" || m.unit === "MB" || m.unit === "TB") &&
    (HARDWARE_AFTER.test(after) || HARDWARE_BEFORE.test(before))
  )
    return "hardware";
  // Counts of things: "across 12 benchmarks", "52K demonstrations", "on 8 GPUs".
  if ((bare || COUNT_UNITS.has(m.unit ?? "")) && COUNT_NOUN.test(after)) {
    // "only 1.2M learnable parameters" is a resource claim.
    const paramsOrTokens =
      /^\s*(?:\w+\s+)?(?:parameters|params|tokens|samples|examples|images)\b(?![\s-]+(?:models?|llms?|variants?))/i.test(
        after,
      );
    if (!(paramsOrTokens && COUNT_UNITS.has(m.unit ?? "") && ONLY_BEFORE.test(before))) return "count";
  }
  // Step counts set up a run ("5 Heun steps reach FID 2.0", "1.30 FID in 20 steps"); "only 4 steps" and "as few
  // as 15 denoising steps" are costs presented as results.
  if (
    bare &&
    Number.isInteger(m.value) &&
    /^[\s-]*(?:(?!(?:at|in|with|of|for|and|or|to|on|per|by)\b)[\w-]+\s+)?(?:steps|iterations|NFEs?|function\s+evaluations)\b/i.test(
      after,
    ) &&
    !/(?:\bonly|\bjust|\bmerely|\bas\s+few\s+as|\bfewer\s+than|\bless\s+than|\bsingle|\bto)\s*(?:\d+\s*(?:or|and|to|-)\s*)?$/i.test(
      before,
    )
  )
    return "count";
  // Model sizes in names: "LLaMA 7B", "a 70B LLM", "Llama 2 7B".
  if (COUNT_UNITS.has(m.unit ?? "")) {
    // "(1.5B parameters)", "from 60M to 1B parameters": the size of what was evaluated.
    if (/\(\s*~?\s*$/.test(before) || /\b(?:from|between)\s+[\d.]+\s*[KMBT]?\s*(?:to|and|-)\s*$/i.test(before))
      return "model-size";
    if (!/^\s*(?:\w+\s+)?(?:context|effective)/i.test(after) && !ONLY_BEFORE.test(before)) return "count";
    if (
      /^\s*(?:[A-Za-z]*-)?(?:models?|llms?|lms?|variants?|versions?|backbones?|networks?|transformers?|vlms?|mllms?|parameters?\s+(?:models?|llms?)|model|dense|moe|base|chat|instruct)\b/i.test(
        after,
      )
    )
      return "model-size";
    if (MODEL_NAME_BEFORE.test(before) && !NAME_WORD_BEFORE_STOP.test(before)) return "model-size";
    if (!/^\s*(?:\w+\s+)?(?:parameters|params|tokens|samples|examples|images|context|effective|tok)/i.test(after)) {
      // A bare count with nothing it counts is a size or a dataset size.
      if (!ONLY_BEFORE.test(before)) return "count";
    }
  }
  // Batch sizes and context sizes written with a count unit are settings.
  if (COUNT_UNITS.has(m.unit ?? "") && /batch\s+sizes?\s*(?:of|=|:)?\s*(?:up\s+to\s+)?$/i.test(before))
    return "hyperparameter";
  // Hours of data and named splits: "the 100h-960h semi-supervised setup".
  if (
    (m.unit === "h" || m.unit === "min") &&
    (/^\s*(?:-\s*\d+\s*\w+\s+)?(?:[\w-]+\s+)?(?:setup|setting|split|subset|of\s+(?:labell?ed\s+|transcribed\s+|unlabell?ed\s+)?(?:speech|audio|data|video|training))/i.test(
      after,
    ) ||
      /-$/.test(before) ||
      /\bthe\s*$/i.test(before))
  )
    return "setting";
  // Time steps and growth rates describe the world, not a system: "a temporal resolution of 6 hours", "1.4 times every 2 years".
  if (
    m.unit !== null &&
    ["ms", "s", "min", "h", "days"].includes(m.unit) &&
    /\b(?:resolution|interval|horizon|window|period|step|lead\s+time|granularity|frequency)\s+of\s*$/i.test(before)
  )
    return "setting";
  if (m.unit === "x" && /^\s*(?:\w+\s+)?(?:every|per\s+year|annually|each\s+year|a\s+year)\b/i.test(after))
    return "growth-rate";
  // Percentages that set up an experiment.
  if (
    m.unit === "%" &&
    (PERCENT_SETTING.test(after.replace(LIST_PREFIX, "")) ||
      (PERCENT_SETTING_LEFT.test(before) &&
        /^\s*(?:\w+\s+){0,2}(?:sparsity|pruning|masking|budgets?|ratio|of\s+(?:the\s+)?(?:data|labell?ed|training))/i.test(
          after,
        )))
  )
    return "setting";
  // "does not achieve a 100% accuracy", "fails to reach 90%": a level not reached is no result.
  if (
    /\b(?:(?:does|do|did|could|can|would)\s+not|doesn't|don't|didn't|cannot|can't|never|fails?\s+to|failing\s+to|unable\s+to)\s+(?:\w+\s+){0,2}?(?:achiev\w*|reach\w*|attain\w*|obtain\w*|exceed\w*|surpass\w*|get|hit)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$/i.test(
      before.slice(-60),
    )
  )
    return "negated";
  // Hyperparameters.
  if (
    bare &&
    HYPERPARAM_LEFT.test(before) &&
    !/(?:rmse|mse|mae|fid|loss|score|ppl|acc|f1|auc|bleu|map|psnr|ssim|rel)\s*(?:of|=|:|is)?\s*$/i.test(before)
  )
    return "hyperparameter";
  return null;
}
