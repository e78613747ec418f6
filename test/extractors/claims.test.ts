import { describe, expect, it } from "vitest";
import { extractClaims } from "../../extractors/claims/index.js";
import { ClaimSchema, type Claim } from "../../extractors/types.js";

type Expected = Partial<
  Pick<
    Claim,
    "value" | "unit" | "metric" | "kind" | "qualifier" | "subject" | "dataset" | "baseline" | "condition" | "model"
  >
>;

interface Row {
  name: string;
  title?: string;
  text: string;
  /** Claims that must be present (subset match on the given fields). */
  expect?: Expected[];
  /** Values that must not be extracted as claims. */
  none?: number[];
}

const T = "FlashDecoding++: Faster Large Language Model Inference on GPUs";

const ROWS: Row[] = [
  {
    name: "list with per-item hardware conditions and a baseline",
    title: T,
    text: "FlashDecoding++ can achieve up to 4.86x and 2.18x speedup on both NVIDIA and AMD GPUs compared to Hugging Face implementations.",
    expect: [
      {
        value: 4.86,
        unit: "x",
        metric: "speedup",
        kind: "ratio",
        qualifier: "up_to",
        subject: "FlashDecoding++",
        baseline: "Hugging Face implementations",
        condition: "NVIDIA GPUs",
      },
      { value: 2.18, unit: "x", metric: "speedup", kind: "ratio", qualifier: "up_to", condition: "AMD GPUs" },
    ],
  },
  {
    name: "average speedup",
    title: T,
    text: "FlashDecoding++ also achieves an average speedup of 1.37x compared to state-of-the-art LLM inference engines.",
    expect: [
      {
        value: 1.37,
        unit: "x",
        metric: "speedup",
        qualifier: "average",
        baseline: "state-of-the-art LLM inference engines",
      },
    ],
  },
  {
    name: "LaTeX percent escape and dataset",
    text: "Our model achieves 53.3\\% accuracy on GSM8K.",
    expect: [{ value: 53.3, unit: "%", metric: "accuracy", kind: "absolute", dataset: "GSM8K" }],
  },
  {
    name: "LaTeX times inside math",
    text: "Our method is $2.1\\times$ faster than FlashAttention.",
    expect: [{ value: 2.1, unit: "x", metric: "speedup", kind: "ratio", baseline: "FlashAttention" }],
  },
  {
    name: "glued times",
    text: "Empirically, our method achieves a 40times acceleration in training speed compared to REPA.",
    expect: [{ value: 40, unit: "x", metric: "speedup", kind: "ratio", baseline: "REPA" }],
  },
  {
    name: "glued decimal times and throughput",
    text: "LightTransfer achieves up to 2.17times throughput improvement with minimal performance loss.",
    expect: [{ value: 2.17, unit: "x", metric: "throughput", kind: "ratio", qualifier: "up_to" }],
  },
  {
    name: "capital X range",
    text: "Our kernels run 7.5-29.5X faster than the baseline implementation.",
    expect: [
      { value: 7.5, unit: "x", metric: "speedup", qualifier: "at_least" },
      { value: 29.5, unit: "x", metric: "speedup", qualifier: "up_to" },
    ],
  },
  {
    name: "percent range gives two claims",
    text: "With a similar inference time, SEW reduces word error rate by 25-50% across different model sizes.",
    expect: [
      { value: 25, unit: "%", metric: "wer", kind: "delta", qualifier: "at_least" },
      { value: 50, unit: "%", metric: "wer", kind: "delta", qualifier: "up_to" },
    ],
  },
  {
    name: "ranging from X to Y is a range",
    text: "Our approach improves accuracy ranging from 3% to 20% on the target tasks.",
    expect: [
      { value: 3, metric: "accuracy", qualifier: "at_least" },
      { value: 20, metric: "accuracy", qualifier: "up_to" },
    ],
  },
  {
    name: "from X to Y gives two levels",
    text: "We reduce the memory footprint of training a Llama-3 8B model from 31GB to less than 16GB.",
    expect: [
      { value: 31, unit: "GB", metric: "memory", kind: "absolute", qualifier: "exact" },
      { value: 16, unit: "GB", metric: "memory", kind: "absolute", qualifier: "less_than" },
    ],
    none: [8],
  },
  {
    name: "half is a ratio of 0.5",
    text: "SGD-SaI cuts the optimizer's memory usage by half compared to AdamW.",
    expect: [{ value: 0.5, unit: "x", metric: "memory", kind: "ratio", baseline: "AdamW" }],
  },
  {
    name: "more than half",
    text: "In inference, our method can reduce memory usage by more than half while maintaining near-lossless performance.",
    expect: [{ value: 0.5, unit: "x", metric: "memory", kind: "ratio", qualifier: "more_than" }],
  },
  {
    name: "doubling is a ratio of 2",
    text: "AGD leverages lightweight adapters, effectively doubling the sampling speed while maintaining sample quality.",
    expect: [{ value: 2, unit: "x", metric: "speedup", kind: "ratio" }],
  },
  {
    name: "approximately half the training tokens",
    text: "Our optimizer reaches Adam's validation perplexity in approximately half the training tokens.",
    expect: [{ value: 0.5, unit: "x", kind: "ratio", qualifier: "approx" }],
  },
  {
    name: "half as a setting is no claim",
    text: "Even when half of the layers are identified as lazy, the model keeps its quality.",
    none: [0.5],
  },
  {
    name: "metric before the number",
    text: "Our DDT-XL/2 achieves a new state-of-the-art FID of 1.28 on ImageNet 512x512.",
    expect: [{ value: 1.28, unit: null, metric: "fid", kind: "absolute", subject: "DDT-XL/2" }],
    none: [512],
  },
  {
    name: "bare speedup number is a factor",
    text: "We illustrate that an average speedup of 1.27 compared to standard training in float32 can be achieved.",
    expect: [{ value: 1.27, unit: "x", metric: "speedup", qualifier: "average" }],
    none: [32],
  },
  {
    name: "delta with points and baseline after than",
    text: "We improve ImageNet Top-1 accuracy by 0.52 points than LARS.",
    expect: [{ value: 0.52, unit: "pp", metric: "top-1 accuracy", kind: "delta", baseline: "LARS" }],
  },
  {
    name: "reduction in an unnamed acronym metric",
    text: "This model outperforms previous state-of-the-art methods by a 9% reduction in NMVE on AGORA.",
    expect: [{ value: 9, unit: "%", metric: "nmve", kind: "delta", dataset: "AGORA" }],
  },
  {
    name: "fraction of a resource is a ratio",
    text: "Notably, ViG-S matches DeiT-B's accuracy while using only 27% of the parameters.",
    expect: [{ value: 27, unit: "%", metric: "parameters", kind: "ratio", subject: "ViG-S" }],
  },
  {
    name: "fewer FLOPs with glued times",
    text: "At 1024times1024 resolution, ViG-T uses 5.2times fewer FLOPs than DeiT-T.",
    expect: [{ value: 5.2, unit: "x", metric: "flops", kind: "ratio", subject: "ViG-T", baseline: "DeiT-T" }],
    none: [1024],
  },
  {
    name: "acronym subject introduced in the abstract",
    title: "Efficient Generative Model Training via Embedded Representation Warmup",
    text: "We propose Embedded Representation Warmup (ERW), a plug-and-play framework. Empirically, our method achieves a 40times acceleration in training speed compared to REPA.",
    expect: [{ value: 40, subject: "ERW", baseline: "REPA" }],
  },
  {
    name: "over as a qualifier",
    text: "The generalization gap is significantly reduced by over 65% with our method.",
    expect: [{ value: 65, unit: "%", kind: "delta", qualifier: "more_than" }],
  },
  {
    name: "sim as approx",
    text: "Our approach can reduce up to sim30% of the peak memory usage.",
    expect: [{ value: 30, unit: "%", metric: "memory", qualifier: "up_to" }],
  },
  {
    name: "parameters as a result",
    text: "We propose SYENet, a network with only ~6K parameters.",
    expect: [{ value: 6, unit: "K", metric: "parameters", qualifier: "approx" }],
  },
  {
    name: "FPS throughput and respective devices",
    text: "Furthermore, our model runs at 56.8 FPS and 48.6 FPS on the latest Android and iPhone mobile devices, respectively.",
    expect: [
      { value: 56.8, unit: "FPS", metric: "throughput", kind: "absolute" },
      { value: 48.6, unit: "FPS", metric: "throughput", kind: "absolute" },
    ],
  },
  {
    name: "time as a result",
    text: "AGVM enables training an object detector in just 3.5 hours, reducing the training time by 20.9x.",
    expect: [
      { value: 3.5, unit: "h", metric: "training time", kind: "absolute" },
      { value: 20.9, unit: "x", metric: "training time", kind: "ratio" },
    ],
  },
  {
    name: "memory in GB as a change",
    text: "SGD-SaI reduces memory usage by 5.93 GB for GPT-2 compared to AdamW.",
    expect: [{ value: 5.93, unit: "GB", metric: "memory", kind: "delta" }],
    none: [2],
  },
  {
    name: "negative change in parentheses",
    text: "For example, it reduces Llama3.1-8B's parameters to 7.32B (-9%) in just 129 seconds.",
    expect: [
      { value: 7.32, unit: "B", metric: "parameters" },
      { value: -9, unit: "%", metric: "parameters", kind: "delta" },
    ],
    none: [8, 3.1],
  },
  {
    name: "thousands separator",
    text: "Our two-stage gain reaches 3.7% with a strong 64,865x speedup.",
    expect: [{ value: 64865, unit: "x", metric: "speedup" }],
  },
  {
    name: "respectively distributes datasets",
    text: "LoRA-GA shows performance improvements of 11.52% and 5.05% on GSM8K and HumanEval, respectively.",
    expect: [
      { value: 11.52, dataset: "GSM8K", metric: "accuracy" },
      { value: 5.05, dataset: "HumanEval" },
    ],
  },
  {
    name: "dB unit",
    text: "The enhanced Conv-TasNet model yields an SI-SDR of 10.6 dB.",
    expect: [{ value: 10.6, unit: "dB", metric: "si-sdr", kind: "absolute" }],
  },
  {
    name: "PER with a parenthetical definition",
    text: "As a result, SoundChoice achieves a Phoneme Error Rate (PER) of 2.65% on LibriSpeech.",
    expect: [{ value: 2.65, unit: "%", metric: "per", dataset: "LibriSpeech" }],
  },
  {
    name: "method on a base model, with its setting",
    text: "TestNet with Gemma-2-9B reaches 71.3% accuracy on MMLU in the 5-shot setting.",
    expect: [{ value: 71.3, subject: "TestNet", model: "Gemma-2-9B", dataset: "MMLU", condition: "5-shot" }],
  },
  {
    name: "a plain model as subject has no separate base model",
    title: "How Far Do Small Models Go?",
    text: "Phi-3-mini achieves 68.8% accuracy on MMLU.",
    expect: [{ value: 68.8, subject: "Phi-3-mini", model: null }],
  },
  {
    name: "semi-supervised with a label fraction",
    text: "In the semi-supervised setting with 1% labels, TestNet reaches 69.2% top-1 accuracy on ImageNet.",
    expect: [{ value: 69.2, dataset: "ImageNet", condition: "semi-supervised, 1% labels" }],
    none: [1],
  },
  // ------------------------------------------------------------ non-claims
  {
    name: "years and citations",
    text: "This aligns with the downstream benchmark (Huang et al., 2024) and prior work from 2019.",
    none: [2024, 2019],
  },
  {
    name: "bracket citations",
    text: "The two popular datasets ScanRefer [16] and ReferIt3D [3] connect language to 3D data.",
    none: [16, 3],
  },
  {
    name: "enumerations",
    text: "Our method (1) reduces coupling and (2) mitigates bias, 3) resolves blur.",
    none: [1, 2, 3],
  },
  {
    name: "model sizes in names",
    text: "We evaluate LLaMA 7B, Qwen2.5-VL-3B and Llama2-7B on reasoning tasks, improving accuracy.",
    none: [7, 3, 2.5],
  },
  {
    name: "GPU counts",
    text: "Our model was trained on 8 A100 GPUs and evaluated across 12 benchmarks with better accuracy.",
    none: [8, 12],
  },
  { name: "dataset sizes", text: "We build a dataset of 52K demonstrations and 1,062 questions.", none: [52, 1062] },
  {
    name: "resolutions",
    text: "We generate images at 256x256 and 512 x 512 resolution, and videos at 720p.",
    none: [256, 512, 720],
  },
  {
    name: "bit-widths as settings",
    text: "We quantize weights to 4-bit and 3 bits with W4A8 kernels, improving accuracy.",
    none: [4, 3],
  },
  {
    name: "versions",
    text: "We focus on wav2vec 2.0 and GPT-3.5 and release v1.5 of our toolkit.",
    none: [2, 3.5, 1.5],
  },
  { name: "complexity notation", text: "The attention runs in O(d) memory instead of O(n^2).", none: [2] },
  {
    name: "hyperparameters",
    text: "We use a learning rate of 0.001, batch size of 256 and k = 5 for the best accuracy.",
    none: [0.001, 256, 5],
  },
  {
    name: "motivation figures",
    title: T,
    text: "However, the softmax operation leads to ~20% overheads for the attention computation in LLMs. We present FlashDecoding++.",
    none: [20],
  },
  { name: "percent settings", text: "With a 25% pruning ratio at 80% sparsity our model is faster.", none: [25, 80] },
  { name: "an order of magnitude", text: "Our method is an order of magnitude faster.", none: [] },
];

describe("extractClaims: tricky forms", () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const claims = extractClaims({ title: row.title ?? "TestNet: A Method", abstract: row.text });
      for (const c of claims) {
        ClaimSchema.parse(c);
        expect(row.text.slice(c.start, c.end)).toBe(c.evidence);
      }
      for (const want of row.expect ?? []) {
        const hit = claims.find((c) => Object.entries(want).every(([k, v]) => (c as Record<string, unknown>)[k] === v));
        expect(hit, `expected ${JSON.stringify(want)} in ${JSON.stringify(claims, null, 1)}`).toBeDefined();
      }
      for (const v of row.none ?? []) {
        expect(
          claims.map((c) => c.value),
          `value ${v} must not be a claim`,
        ).not.toContain(v);
      }
      if (row.name === "an order of magnitude") expect(claims).toEqual([]);
    });
  }
});
