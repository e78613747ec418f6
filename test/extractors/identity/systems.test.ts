import { describe, expect, it } from "vitest";
import {
  isModelName,
  isReferencePoint,
  modelFamilyOf,
  splitMethodModel,
  systemIdentity,
} from "../../../extractors/identity/systems.js";

const key = (s: string): string => systemIdentity(s).key;

// Spellings of one system: one key. Includes names no list knows, to check the general rules.
const SAME: Array<[string, string]> = [
  ["Llama-3-8B", "Llama 3 8B"],
  ["Llama-3-8B", "LLaMA3-8B"],
  ["Llama-3-8B", "llama-3-8b"],
  ["Meta-Llama-3-8B", "Llama-3-8B"],
  ["Meta Llama 3 8B", "Llama-3-8B"],
  ["meta-llama/Llama-3.1-8B-Instruct", "Llama-3.1-8B-Instruct"],
  ["meta-llama/Meta-Llama-3.1-8B-Instruct", "Llama 3.1 8B Instruct"],
  ["Qwen/Qwen2.5-7B-Instruct", "Qwen2.5 7B Instruct"],
  ["mistralai/Mistral-7B-v0.1", "Mistral 7B v0.1"],
  ["Llama-2-7b-hf", "Llama 2 7B"],
  ["GPT-4", "GPT4"],
  ["GPT-4's", "GPT-4"],
  ["OpenAI GPT-4o", "gpt-4o"],
  ["Mixtral 8×7B", "Mixtral-8x7B"],
  ["SDXL", "Stable Diffusion XL"],
  ["SD 1.5", "Stable Diffusion v1.5"],
  ["BERT-LARGE", "BERT large"],
  ["the baseline", "Baseline"],
  ["our method", "method"],
  ['"FooNet"', "FooNet"],
  ["“FooNet”", "FooNet"],
  ["FooNet)", "FooNet"],
  ["(FooNet", "FooNet"],
  ["FooNet.", "FooNet"],
  ["MobileNetV2", "MobileNet V2"],
  ["DINOv2", "DINO v2"],
  ["ZorbNet-v3", "ZorbNet V3"],
  ["Zorb_Net 2", "zorb-net-2"],
  ["SQuAD\u200b-Reader", "SQuAD-Reader"],
  ["BiLSTM-CRF", "Bi-LSTM CRF"],
  ["DeepCNNs (ensemble)", "Deep-CNNs (ensemble)"],
  ["Deep Speech", "DeepSpeech"],
  ["Zorb-Net", "ZorbNet"],
];

// Different systems: never one key.
const DIFFERENT: Array<[string, string]> = [
  ["RefineDet512+", "RefineDet512"],
  ["SLQA+", "SLQA"],
  ["Sarsa-ε", "SARSA"],
  ["IDE*", "IDE"],
  ["BiDAF++", "BiDAF+"],
  ["ViT-B/16", "ViT-B/32"],
  ["DiT-XL/2", "DiT-XL/4"],
  ["BERT (single model)", "BERT (ensemble)"],
  ["ResNet-50 (2x)", "ResNet-50"],
  ["Llama-3.1-8B-Instruct", "Llama-3.1-8B"],
  ["Qwen2.5-7B", "Qwen2.5-72B"],
  ["Qwen2.5-7B", "Qwen2-7B"],
  ["Llama-3.1-8B", "Llama-3-8B"],
  ["Llama 3 8B", "Llama 38B"],
  ["GPT-4", "GPT-4o"],
  ["GPT-4o", "GPT-4o-mini"],
  ["Phi-3-mini", "Phi-3-medium"],
  ["Stable Diffusion 1.5", "Stable Diffusion 2.1"],
  ["Stable Diffusion 3.5 Medium", "Stable Diffusion 3.5 Large"],
  ["BERT-base", "BERT-large"],
  ["RoBERTa-base", "BERT-base"],
  ["ZorbNet-1.1", "ZorbNet-11"],
  ["ZorbNet+", "ZorbNet"],
  ["ZorbNet-S", "ZorbNet-L"],
  ["Zorb#2", "Zorb 2"],
  ["Transformer-XL", "Transformer"],
  ["Sarsa ε", "Sarsa"],
  ["Zorb-Net 1.1", "Zorb-Net 11"],
  ["Zorb-Net (single model)", "Zorb-Net (ensemble)"],
];

const GENERIC = [
  "LSTM",
  "BiLSTM",
  "Bi-LSTM",
  "GRU",
  "CNN",
  "RNN",
  "MLP",
  "Transformer",
  "Transformer (big)",
  "transformer-base",
  "BERT",
  "ResNet-50",
  "ResNet-101",
  "VGG-16",
  "U-Net",
  "GCN",
  "GAT",
  "GraphSAGE",
  "DGCNN",
  "PointNet",
  "PointNet++",
  "ViT-B/16",
  "DenseNet121 (single model)",
  "2-layer BiLSTM + attention",
  "CNN-LSTM",
  "baseline",
  "the baseline",
  "Baseline (ours)",
  "ours",
  "Ours (full)",
  "our method",
  "proposed",
  "proposed method",
  "model",
  "ensemble",
  "human",
  "Human performance",
  "random",
  "Random guess",
  "majority class",
  "SOTA methods",
  "previous state-of-the-art",
  "LLMs",
  "Unnamed System",
  "vanilla counterparts",
  "auto-regressive baseline on an A100",
  "16-bit baselines",
  "logistic regression",
  "SVM",
  "previous one-step diffusion-based methods",
  "training from scratch",
];
const SPECIFIC = [
  "GPT-4",
  "Llama-3-8B",
  "Qwen2.5-7B-Instruct",
  "BERT-base",
  "BERT-large",
  "RoBERTa-base",
  "CLIP ViT-L/14",
  "Stable Diffusion XL",
  "Transformer-XL",
  "BiDAF",
  "RefineDet512+",
  "EORM",
  "LoRA",
  "Speechformer",
  "Deep Speech",
  "DeepSeek-R1",
  "LLaMA",
  "hierarchical softmax",
  "wav2vec 2.0",
  "Vanilla BYOL",
  "Pythia-160M",
  "ZorbNet",
  "DiT-XL/2",
];

describe("systemIdentity", () => {
  it.each(SAME)("%s = %s", (a, b) => expect(key(a)).toBe(key(b)));
  it.each(DIFFERENT)("%s != %s", (a, b) => expect(key(a)).not.toBe(key(b)));
  it.each(GENERIC)("%s is generic", (n) => expect(systemIdentity(n).generic).toBe(true));
  it.each(SPECIFIC)("%s names one system", (n) => expect(systemIdentity(n).generic).toBe(false));

  it("tidies the display name and keeps markers and sizes", () => {
    expect(systemIdentity("The RefineDet512+").name).toBe("RefineDet512+");
    expect(systemIdentity("our Sarsa-ε").name).toBe("Sarsa-ε");
    expect(systemIdentity("'EORM'").name).toBe("EORM");
    expect(systemIdentity("meta-llama/Llama-3.1-8B-Instruct").name).toBe("Llama-3.1-8B-Instruct");
    expect(systemIdentity("BERT (single model)").name).toBe("BERT (single model)");
    expect(systemIdentity("Ghosal et al.").name).toBe("Ghosal et al.");
    // Authors publish many systems: a citation is no cross-paper identity.
    expect(systemIdentity("He et al.").generic).toBe(true);
    // A coined name that spells a word with its last letter capitalized is a model, not the word.
    expect(systemIdentity("SimplE").generic).toBe(false);
    expect(systemIdentity("TransE").generic).toBe(false);
    expect(systemIdentity("ViT-B/16").key).toBe("vitb / 16");
    expect(systemIdentity("Stable Diffusion (SD)").name).toBe("Stable Diffusion");
  });
});

describe("isModelName and modelFamilyOf", () => {
  const MODELS: Array<[string, string]> = [
    ["GPT-4", "GPT-4"],
    ["gpt-4o-mini", "GPT-4o"],
    ["GPT-3.5-turbo", "GPT-3.5"],
    ["o1-mini", "o1"],
    ["o3", "o3"],
    ["Claude 3.5 Sonnet", "Claude 3.5"],
    ["Gemini 1.5 Pro", "Gemini 1.5"],
    ["gemma-2-9b-it", "Gemma 2"],
    ["Llama-3-8B", "Llama 3"],
    ["LLaMA-7B", "LLaMA"],
    ["Llama-2-7b-chat", "Llama 2"],
    ["Llama-3.1-8B-Instruct", "Llama 3.1"],
    ["Llama 4 Scout", "Llama 4"],
    ["Mistral-7B-Instruct-v0.2", "Mistral"],
    ["Mixtral-8x7B", "Mixtral"],
    ["Qwen2.5-7B", "Qwen2.5"],
    ["Qwen3-30B-A3B", "Qwen3"],
    ["Qwen2.5-Math-7B-Instruct", "Qwen2.5-Math"],
    ["Qwen2-VL-7B", "Qwen2-VL"],
    ["DeepSeek-V3", "DeepSeek-V3"],
    ["DeepSeek-R1-Distill-Qwen-7B", "DeepSeek-R1"],
    ["DeepSeek-Coder-6.7B", "DeepSeek-Coder"],
    ["Phi-3-mini", "Phi-3"],
    ["Yi-34B", "Yi"],
    ["InternLM2-7B", "InternLM2"],
    ["InternVL2.5-8B", "InternVL2.5"],
    ["LLaVA-1.5-7B", "LLaVA-1.5"],
    ["MiniCPM-V", "MiniCPM-V"],
    ["ChatGLM3-6B", "ChatGLM3"],
    ["Baichuan2-13B", "Baichuan 2"],
    ["Falcon-40B", "Falcon"],
    ["OLMo-7B", "OLMo"],
    ["SmolLM2-1.7B", "SmolLM2"],
    ["Vicuna-13B", "Vicuna"],
    ["Stable Diffusion 3.5 Large", "Stable Diffusion 3.5"],
    ["SDXL", "Stable Diffusion XL"],
    ["FLUX.1-dev", "FLUX.1"],
    ["DiT-XL/2", "DiT"],
    ["SiT-XL/2", "SiT"],
    ["CLIP ViT-L/14", "CLIP"],
    ["SigLIP", "SigLIP"],
    ["DINOv2 ViT-g/14", "DINOv2"],
    ["ViT-B/16", "ViT"],
    ["Whisper large-v3", "Whisper"],
    ["wav2vec 2.0", "wav2vec 2.0"],
    ["HuBERT", "HuBERT"],
    ["Flan-T5-XL", "Flan-T5"],
    ["T5-Base", "T5"],
    ["BERT-large", "BERT"],
    ["RoBERTa-base", "RoBERTa"],
    ["DeBERTa-v3-large", "DeBERTa-v3"],
    ["ResNet-50", "ResNet"],
    ["meta-llama/Llama-3.1-8B-Instruct", "Llama 3.1"],
    // Unlisted families: a name and a parameter count.
    ["Pythia-160M", "Pythia"],
    ["Zorblm-1.3B", "Zorblm"],
    ["FooLM 7B", "FooLM"],
  ];
  it.each(MODELS)("%s is a model of %s", (name, family) => {
    expect(isModelName(name)).toBe(true);
    expect(modelFamilyOf(name)).toBe(family);
  });
  const NOT_MODELS = [
    "EORM",
    "GRPO",
    "LoRA",
    "Adam",
    "LSTM",
    "Transformer",
    "baseline",
    "LLMs",
    "EORM with Llama 3 8B",
    "Llama-3-8B + EORM",
    "LLaMA-Adapter",
    "trained 7B model",
    "800M parameter model",
    "YOLOv5",
    "o",
    "GPT",
    "DINO",
    "w/o CoT",
  ];
  it.each(NOT_MODELS)("%s is not a model name", (name) => expect(isModelName(name)).toBe(false));
  it("gives no family for names without a model", () => {
    expect(modelFamilyOf("EORM")).toBeNull();
    expect(modelFamilyOf("EORM with Llama-3-8B")).toBe("Llama 3");
  });
});

describe("splitMethodModel", () => {
  const CASES: Array<[string, string | null, string | null]> = [
    ["EORM with Llama 3 8B", "EORM", "Llama 3 8B"],
    ["EORM (Llama-3-8B)", "EORM", "Llama-3-8B"],
    ["EORM + Qwen2.5-7B", "EORM", "Qwen2.5-7B"],
    ["Qwen2.5-7B + EORM", "EORM", "Qwen2.5-7B"],
    ["EORM-Llama-3-8B", "EORM", "Llama-3-8B"],
    ["Llama-3-8B-EORM", "EORM", "Llama-3-8B"],
    ["GRPO on Qwen3-8B", "GRPO", "Qwen3-8B"],
    ["GRPO-trained Qwen3-8B", "GRPO", "Qwen3-8B"],
    ["Qwen3-8B trained with GRPO", "GRPO", "Qwen3-8B"],
    ["Qwen3-8B w/ GRPO", "GRPO", "Qwen3-8B"],
    ["LoRA fine-tuned Llama-2-7B", "LoRA", "Llama-2-7B"],
    ["Llama-2-7B fine-tuned with LoRA", "LoRA", "Llama-2-7B"],
    ["SFT + GRPO on meta-llama/Llama-3.1-8B-Instruct", "SFT + GRPO", "Llama-3.1-8B-Instruct"],
    ["EORM with Pythia-1.4B", "EORM", "Pythia-1.4B"],
    ["ZorbRL using Gemma-2-9B-it", "ZorbRL", "Gemma-2-9B-it"],
    ["original LLaMA3-8B", null, "LLaMA3-8B"],
    ["Llama-3-8B", null, "Llama-3-8B"],
    ["DeepSeek-R1-Distill-Qwen-7B", null, "DeepSeek-R1-Distill-Qwen-7B"],
    ["Code-Llama-7B", null, "Code-Llama-7B"],
    ["EORM", "EORM", null],
    ["LLaMA-Adapter", "LLaMA-Adapter", null],
    ["VoCo-LLaMA", "VoCo-LLaMA", null],
    ["GRPO on MATH", "GRPO on MATH", null],
    ["", null, null],
  ];
  it.each(CASES)("%s -> method %s, model %s", (raw, method, model) =>
    expect(splitMethodModel(raw)).toEqual({ method, model }),
  );
});

describe("isReferencePoint: a paper's own point of comparison, not a rankable system", () => {
  it.each([
    "Oracle baseline",
    "the initial reasoner",
    "from the original model",
    "SOTA",
    "existing SOTA",
    "uncompressed baseline",
    "Long-CoT baseline",
    "homogeneous role-play baselines",
    "base model",
    "the teacher",
    "previous one-step methods",
    "unpruned network",
    "oracle",
  ])("%s is a reference point", (n) => expect(isReferencePoint(n)).toBe(true));
  it.each([
    "GPT-4o",
    "ConvNext-B",
    "Vanilla BYOL",
    "human experts",
    "human",
    "LSTM",
    "ResNet-50",
    "SFD-XXL",
    "Qwen2.5 base model",
    "Original-VAR-d30",
    "Llama 3 8B",
    "our method",
  ])("%s is not", (n) => expect(isReferencePoint(n)).toBe(false));
});
