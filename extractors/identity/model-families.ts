/**
 * Foundation / base model families, as data for `isModelName` and `modelFamilyOf` (systems.ts).
 *
 * A family is matched on name tokens (`nameTokens`: lowercase, letters and numbers split, a "v" before
 * a number dropped), so "Llama-3-8B", "LLaMA3-8B" and "llama 3 8b" all read `llama 3 8 b`.
 * After the stem come an optional version, an optional product line, then size and variant words
 * (the SUFFIX words of systems.ts: "8B", "8x7B", "A3B", "Instruct", "Chat", "Base", "ViT-L/14"...).
 */
export interface ModelFamilySpec {
  /** Display name of the line without version ("Llama", "Qwen", "GPT"). */
  name: string;
  /** Spellings of the stem, as written ("Llama", "Code Llama", "CodeLlama"): each is tokenized. */
  stems: readonly string[];
  /** How a version joins the name in the family display: "" (Qwen2.5), " " (Llama 3), "-" (GPT-4). */
  join: string;
  /**
   * Known versions as written after the stem ("3.1", "4o", "R1", "XL", "NeXT"). A number not followed
   * by a size unit is taken as a version when the list is absent or when `anyNumber` is set.
   */
  versions?: readonly string[];
  anyNumber?: boolean;
  /** Without a version the name is no model ("o" alone, "DINO", the optimizer "Adam" would be...). */
  versionRequired?: boolean;
  /** Display of the family when no version is written ("LLaMA" for the first Llama). */
  bare?: string;
  /** Product lines that are a family of their own ("Math" -> "Qwen2.5-Math"), as written. */
  lines?: readonly string[];
  /** An ImageNet-style backbone architecture: a model, but as a bare name ("ResNet-50") not one system. */
  backbone?: boolean;
}

export const MODEL_FAMILIES: readonly ModelFamilySpec[] = [
  // OpenAI
  {
    name: "GPT",
    stems: ["GPT"],
    join: "-",
    versions: ["1", "2", "3", "3.5", "4", "4o", "4V", "4.1", "4.5", "5", "J", "Neo", "NeoX", "oss"],
    versionRequired: true,
  },
  { name: "o", stems: ["o"], join: "", versions: ["1", "3", "4"], versionRequired: true },
  { name: "ChatGPT", stems: ["ChatGPT"], join: " " },
  { name: "DALL-E", stems: ["DALL-E", "DALLE"], join: " ", anyNumber: true },
  { name: "Codex", stems: ["Codex"], join: " " },
  // Anthropic, Google, xAI, ...
  { name: "Claude", stems: ["Claude"], join: " ", anyNumber: true },
  { name: "Gemini", stems: ["Gemini"], join: " ", anyNumber: true },
  { name: "Gemma", stems: ["Gemma"], join: " ", anyNumber: true },
  { name: "CodeGemma", stems: ["CodeGemma"], join: " ", anyNumber: true },
  { name: "PaliGemma", stems: ["PaliGemma"], join: " ", anyNumber: true },
  { name: "PaLM", stems: ["PaLM"], join: " ", anyNumber: true },
  { name: "Flan-PaLM", stems: ["Flan-PaLM"], join: " ", anyNumber: true },
  { name: "Grok", stems: ["Grok"], join: "-", anyNumber: true },
  { name: "Chinchilla", stems: ["Chinchilla"], join: " " },
  { name: "Gopher", stems: ["Gopher"], join: " " },
  { name: "Imagen", stems: ["Imagen"], join: " ", anyNumber: true },
  // Meta
  { name: "Llama", stems: ["Llama", "LLaMA"], join: " ", anyNumber: true, bare: "LLaMA", lines: ["Guard"] },
  { name: "Code Llama", stems: ["Code Llama", "CodeLlama"], join: " ", anyNumber: true },
  { name: "TinyLlama", stems: ["TinyLlama"], join: " ", anyNumber: true },
  { name: "OpenLLaMA", stems: ["OpenLLaMA", "Open LLaMA"], join: " ", anyNumber: true },
  { name: "OPT", stems: ["OPT"], join: "-", versionRequired: false, versions: ["IML"] },
  { name: "Vicuna", stems: ["Vicuna"], join: " ", anyNumber: true },
  { name: "Alpaca", stems: ["Alpaca"], join: " " },
  { name: "Chameleon", stems: ["Chameleon"], join: " " },
  // Mistral
  { name: "Mistral", stems: ["Mistral"], join: " ", lines: ["Large", "Small", "Medium", "Nemo"] },
  { name: "Mixtral", stems: ["Mixtral"], join: " " },
  { name: "Codestral", stems: ["Codestral"], join: " " },
  { name: "Ministral", stems: ["Ministral"], join: " " },
  { name: "Pixtral", stems: ["Pixtral"], join: " " },
  { name: "Zephyr", stems: ["Zephyr"], join: " " },
  // Alibaba
  {
    name: "Qwen",
    stems: ["Qwen"],
    join: "",
    anyNumber: true,
    lines: ["VL", "Math", "Coder", "Audio", "Omni", "Image"],
  },
  { name: "QwQ", stems: ["QwQ"], join: " " },
  // DeepSeek
  {
    name: "DeepSeek",
    stems: ["DeepSeek"],
    join: "-",
    versions: ["V2", "V2.5", "V3", "V3.1", "V3.2", "R1", "Prover"],
    lines: ["Coder", "Math", "VL", "VL2", "LLM", "MoE"],
  },
  // Microsoft
  { name: "Phi", stems: ["Phi"], join: "-", anyNumber: true, versionRequired: true },
  { name: "Orca", stems: ["Orca"], join: " ", anyNumber: true },
  { name: "WizardLM", stems: ["WizardLM"], join: " ", anyNumber: true },
  { name: "WizardMath", stems: ["WizardMath"], join: " " },
  { name: "WizardCoder", stems: ["WizardCoder"], join: " " },
  // Chinese labs
  { name: "Yi", stems: ["Yi"], join: "-", anyNumber: true, lines: ["VL", "Coder"] },
  { name: "InternLM", stems: ["InternLM"], join: "", anyNumber: true, lines: ["Math", "XComposer"] },
  { name: "InternVL", stems: ["InternVL"], join: "", anyNumber: true },
  { name: "MiniCPM", stems: ["MiniCPM"], join: " ", anyNumber: true, lines: ["V", "o"] },
  { name: "GLM", stems: ["GLM"], join: "-", anyNumber: true },
  { name: "ChatGLM", stems: ["ChatGLM"], join: "", anyNumber: true },
  { name: "CogVLM", stems: ["CogVLM"], join: "", anyNumber: true },
  { name: "CogVideoX", stems: ["CogVideoX"], join: " ", anyNumber: true },
  { name: "Baichuan", stems: ["Baichuan"], join: " ", anyNumber: true },
  { name: "Kimi", stems: ["Kimi"], join: " ", versions: ["K1.5", "K2", "VL"] },
  { name: "Hunyuan", stems: ["Hunyuan", "HunyuanVideo"], join: " " },
  // Open models
  { name: "Falcon", stems: ["Falcon"], join: " ", anyNumber: true },
  { name: "OLMo", stems: ["OLMo"], join: " ", anyNumber: true },
  { name: "OLMoE", stems: ["OLMoE"], join: " " },
  { name: "SmolLM", stems: ["SmolLM"], join: "", anyNumber: true },
  { name: "Pythia", stems: ["Pythia"], join: " " },
  { name: "BLOOM", stems: ["BLOOM", "BLOOMZ"], join: " " },
  { name: "MPT", stems: ["MPT"], join: " " },
  { name: "StarCoder", stems: ["StarCoder"], join: "", anyNumber: true },
  { name: "StableLM", stems: ["StableLM"], join: " ", anyNumber: true },
  { name: "Nemotron", stems: ["Nemotron"], join: " ", anyNumber: true },
  { name: "Granite", stems: ["Granite"], join: " ", anyNumber: true },
  { name: "Command R", stems: ["Command R", "Command-R"], join: " " },
  { name: "Jamba", stems: ["Jamba"], join: " ", anyNumber: true },
  { name: "DBRX", stems: ["DBRX"], join: " " },
  { name: "Mamba", stems: ["Mamba"], join: "-", versions: ["2"], versionRequired: false },
  { name: "RWKV", stems: ["RWKV"], join: "-", anyNumber: true },
  // Multimodal
  {
    name: "LLaVA",
    stems: ["LLaVA"],
    join: "-",
    anyNumber: true,
    versions: ["1.5", "1.6", "NeXT", "OneVision", "OV", "Video"],
  },
  { name: "BLIP", stems: ["BLIP"], join: "-", anyNumber: true },
  { name: "InstructBLIP", stems: ["InstructBLIP"], join: " " },
  { name: "Flamingo", stems: ["Flamingo", "OpenFlamingo"], join: " " },
  { name: "Idefics", stems: ["Idefics"], join: "", anyNumber: true },
  { name: "Molmo", stems: ["Molmo"], join: " " },
  // Image generation
  {
    name: "Stable Diffusion",
    stems: ["Stable Diffusion", "StableDiffusion"],
    join: " ",
    versions: ["1.1", "1.2", "1.3", "1.4", "1.5", "2", "2.0", "2.1", "XL", "3", "3.5"],
  },
  { name: "SDXL", stems: ["SDXL"], join: " ", versions: ["Turbo", "Lightning"] },
  { name: "FLUX", stems: ["FLUX"], join: ".", anyNumber: true },
  { name: "PixArt", stems: ["PixArt"], join: "-", versions: ["α", "Σ", "alpha", "sigma"] },
  { name: "DiT", stems: ["DiT"], join: "-" },
  { name: "SiT", stems: ["SiT"], join: "-" },
  { name: "Midjourney", stems: ["Midjourney"], join: " ", anyNumber: true },
  // Vision encoders
  { name: "CLIP", stems: ["CLIP", "OpenCLIP", "EVA-CLIP"], join: " " },
  { name: "SigLIP", stems: ["SigLIP"], join: " ", anyNumber: true },
  { name: "DINO", stems: ["DINO"], join: "v", versions: ["2", "3"], versionRequired: true },
  { name: "SAM", stems: ["Segment Anything"], join: " " },
  { name: "ViT", stems: ["ViT"], join: "-", backbone: true },
  { name: "DeiT", stems: ["DeiT"], join: " ", anyNumber: true },
  { name: "Swin", stems: ["Swin", "Swin Transformer"], join: " ", anyNumber: true },
  { name: "ConvNeXt", stems: ["ConvNeXt"], join: " ", anyNumber: true },
  { name: "ResNet", stems: ["ResNet"], join: "-", backbone: true },
  { name: "ResNeXt", stems: ["ResNeXt"], join: "-", backbone: true },
  { name: "Wide ResNet", stems: ["Wide ResNet", "WideResNet", "WRN"], join: "-", backbone: true },
  { name: "VGG", stems: ["VGG", "VGGNet"], join: "-", backbone: true },
  { name: "DenseNet", stems: ["DenseNet"], join: "-", backbone: true },
  { name: "MobileNet", stems: ["MobileNet"], join: "V", anyNumber: true, backbone: true },
  { name: "EfficientNet", stems: ["EfficientNet"], join: "-", backbone: true },
  { name: "Inception", stems: ["Inception", "InceptionNet"], join: "-", anyNumber: true, backbone: true },
  { name: "AlexNet", stems: ["AlexNet"], join: " ", backbone: true },
  { name: "GoogLeNet", stems: ["GoogLeNet"], join: " ", backbone: true },
  // Speech
  { name: "Whisper", stems: ["Whisper"], join: " " },
  { name: "wav2vec", stems: ["wav2vec"], join: " ", anyNumber: true },
  { name: "HuBERT", stems: ["HuBERT"], join: " " },
  { name: "WavLM", stems: ["WavLM"], join: " " },
  { name: "data2vec", stems: ["data2vec"], join: " ", anyNumber: true },
  // Encoders and seq2seq
  { name: "BERT", stems: ["BERT"], join: " " },
  { name: "RoBERTa", stems: ["RoBERTa"], join: " " },
  { name: "DeBERTa", stems: ["DeBERTa"], join: "-v", anyNumber: true },
  { name: "ALBERT", stems: ["ALBERT"], join: " " },
  { name: "DistilBERT", stems: ["DistilBERT"], join: " " },
  { name: "ELECTRA", stems: ["ELECTRA"], join: " " },
  { name: "XLNet", stems: ["XLNet"], join: " " },
  { name: "XLM-R", stems: ["XLM-R", "XLM-RoBERTa"], join: " " },
  { name: "T5", stems: ["T5"], join: " ", versions: ["1.1"] },
  { name: "Flan-T5", stems: ["Flan-T5", "FLAN-T5"], join: " " },
  { name: "mT5", stems: ["mT5"], join: " " },
  { name: "BART", stems: ["BART"], join: " " },
  { name: "mBART", stems: ["mBART"], join: " " },
];

/** Organisations whose hub prefix ("meta-llama/...") or vendor word ("Meta-Llama") is dropped. */
export const HUB_ORGS: readonly string[] = [
  "meta-llama",
  "meta",
  "facebook",
  "Qwen",
  "mistralai",
  "google",
  "microsoft",
  "deepseek-ai",
  "openai",
  "anthropic",
  "tiiuae",
  "allenai",
  "HuggingFaceTB",
  "HuggingFaceH4",
  "lmsys",
  "THUDM",
  "zai-org",
  "01-ai",
  "internlm",
  "OpenGVLab",
  "stabilityai",
  "black-forest-labs",
  "EleutherAI",
  "bigscience",
  "bigcode",
  "nvidia",
  "apple",
  "ibm-granite",
  "moonshotai",
  "baichuan-inc",
  "openbmb",
  "llava-hf",
  "liuhaotian",
  "laion",
  "timm",
  "BAAI",
  "Salesforce",
  "mosaicml",
  "databricks",
  "TinyLlama",
  "runwayml",
  "CompVis",
  "state-spaces",
  "answerdotai",
  "FacebookAI",
];

/** Vendor words written before a family name ("Meta Llama 3", "OpenAI GPT-4", "Google Gemini"). */
export const VENDOR_WORDS: readonly string[] = [
  "Meta",
  "Meta AI",
  "Google",
  "Google DeepMind",
  "DeepMind",
  "OpenAI",
  "Anthropic",
  "Microsoft",
  "Alibaba",
  "Mistral AI",
  "MistralAI",
  "NVIDIA",
  "DeepSeek-AI",
  "DeepSeek AI",
  "Stability AI",
  "StabilityAI",
  "TII",
  "AI2",
  "Ai2",
  "IBM",
  "Black Forest Labs",
  "Moonshot",
  "Zhipu",
  "Zhipu AI",
  "Tencent",
  "Baidu",
  "xAI",
];
