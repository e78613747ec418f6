import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../extractors/claims/index.js";
import { abstractModel, findModels, sameSystem } from "../../../extractors/claims/setting.js";
import { ClaimSchema, type Claim } from "../../../extractors/types.js";

// Sentences written for these tests (not taken from any gold file).
const TITLE = "Zorro: Steering Small Reasoners";

function claims(abstract: string, title = TITLE): Claim[] {
  const out = extractClaims({ title, abstract });
  for (const c of out) expect(ClaimSchema.safeParse(c).success).toBe(true);
  return out;
}

function claimOf(abstract: string, value: number, title = TITLE): Claim {
  const c = claims(abstract, title).find((x) => x.value === value);
  if (!c)
    throw new Error(
      `no claim with value ${value} in: ${abstract}\n${JSON.stringify(claims(abstract, title), null, 1)}`,
    );
  return c;
}

describe("base model of a claim", () => {
  it('"X with Llama 3 8B reaches": subject is the method, model the base', () => {
    const c = claimOf("We present Zorro. Zorro with Llama 3 8B reaches 88.4% on GSM8K.", 88.4);
    expect(c.subject).toBe("Zorro");
    expect(c.model).toBe("Llama 3 8B");
    expect(c.dataset).toBe("GSM8K");
  });

  it('"on Qwen3-8B" before or after the number', () => {
    expect(claimOf("We present Zorro. On Qwen3-8B, Zorro lifts accuracy by 6.3% on MATH-500.", 6.3).model).toBe(
      "Qwen3-8B",
    );
    expect(claimOf("We present Zorro. Zorro gains 4.4% accuracy on Qwen3-8B.", 4.4).model).toBe("Qwen3-8B");
  });

  it('"using GPT-4o as the backbone"', () => {
    const c = claimOf(
      "We present Zorro. Using GPT-4o as the backbone, Zorro solves 57.9% of the tasks on WebShop.",
      57.9,
    );
    expect(c.model).toBe("GPT-4o");
    expect(c.subject).toBe("Zorro");
  });

  it('"fine-tuned Llama-2-7B with X" gives the model and the fine-tuned setting', () => {
    const c = claimOf(
      "We present Zorro. Llama-2-7B fine-tuned with Zorro attains 61.2% accuracy on ARC-Challenge.",
      61.2,
    );
    expect(c.model).toBe("Llama-2-7B");
    expect(c.subject).toBe("Zorro");
    const d = claimOf("We present Zorro. Fine-tuning Mistral-7B with our method yields 49.5% accuracy on GSM8K.", 49.5);
    expect(d.model).toBe("Mistral-7B");
    expect(d.condition).toContain("fine-tuning");
  });

  it("keeps reasoning-model names whole (o3-mini-high, SD 3.5 Medium, Claude 3.5 Sonnet)", () => {
    expect(claimOf("We present Zorro. With o3-mini-high, Zorro scores 79.6% on AIME 2024.", 79.6).model).toBe(
      "o3-mini-high",
    );
    expect(
      claimOf("We present Zorro, which reaches an FID of 2.41 on ImageNet 256x256 with SD 3.5 Medium.", 2.41).model,
    ).toBe("SD 3.5 Medium");
    const names = findModels(
      "We run Claude 3.5 Sonnet, ViT-B/16, Qwen2.5-VL-7B-Instruct and DeepSeek-R1-Distill-Qwen-1.5B.",
    ).map((m) => m.text);
    expect(names).toEqual(["Claude 3.5 Sonnet", "ViT-B/16", "Qwen2.5-VL-7B-Instruct", "DeepSeek-R1-Distill-Qwen-1.5B"]);
  });

  it("a plain model as subject: subject is the model, model is null", () => {
    const a = claimOf("Qwen2.5-7B achieves 74.1% on GSM8K.", 74.1, "A Study of Small Models");
    expect(a.subject).toBe("Qwen2.5-7B");
    expect(a.model ?? null).toBeNull();
    const b = claimOf("Llama 3 8B achieves 66.0% accuracy on GSM8K.", 66, "A Study of Small Models");
    expect(b.subject).toBe("Llama 3 8B");
    expect(b.model ?? null).toBeNull();
  });

  it("in a benchmark paper, the model scored on the benchmark is the subject", () => {
    const c = claimOf(
      "We introduce KnotBench, a benchmark of knot diagrams. Our RL-trained Qwen2.5-VL-7B model rises from 3.1% to 29.4% accuracy on KnotBench-Hard.",
      29.4,
      "KnotBench: Reading Knot Diagrams",
    );
    expect(c.subject).toBe("Qwen2.5-VL-7B");
    expect(c.model ?? null).toBeNull();
  });

  it("numbered names with a size word are models, not datasets", () => {
    const c = claimOf("We present Zorro. Zorro raises macro-F1 from 51.2% to 58.9% for ArabBERT2-Large.", 58.9);
    expect(c.model).toBe("ArabBERT2-Large");
    expect(c.dataset).toBeNull();
  });

  it("a model the method is compared against is a baseline, not the base", () => {
    const c = claimOf("We present Zorro. Zorro outperforms GPT-4o by 3.8% on MATH.", 3.8);
    expect(c.model ?? null).toBeNull();
    expect(c.baseline).toBe("GPT-4o");
  });

  it('"respectively" gives one model per number, size lists included', () => {
    const cs = claims(
      "We present Zorro. Zorro speeds up decoding by 2.4x and 1.9x on Llama-2-13B and Mistral-7B, respectively.",
    );
    expect(cs.map((c) => c.model)).toEqual(["Llama-2-13B", "Mistral-7B"]);
    const ds = claims(
      "We present Zorro. On Qwen2.5 models with 0.5B, 3B and 14B parameters, Zorro improves accuracy by 1.1%, 2.2% and 3.3%, respectively.",
    );
    expect(ds.map((c) => c.model)).toEqual(["Qwen2.5-0.5B", "Qwen2.5-3B", "Qwen2.5-14B"]);
    expect(ds.every((c) => c.dataset === null)).toBe(true);
  });

  it('parallel results: "improves A by x% and B by y%"', () => {
    const cs = claims(
      "We present Zorro. Zorro improves Phi-4 by 12.5% and Gemini 2.5 Pro by 3.5% in accuracy on the hard split.",
    );
    expect(cs.map((c) => c.model)).toEqual(["Phi-4", "Gemini 2.5 Pro"]);
  });

  it("a list without respectively stays a list", () => {
    const c = claimOf("We present Zorro. Zorro improves accuracy by 2.7 percent on Gemma-2-9B and Phi-3-mini.", 2.7);
    expect(c.model).toBe("Gemma-2-9B and Phi-3-mini");
  });

  it("one base model written in a setup sentence scopes the abstract's claims", () => {
    const c = claimOf("We fine-tune Qwen2.5-VL-7B with Zorro. The resulting model scores 58.3% on MathVista.", 58.3);
    expect(c.model).toBe("Qwen2.5-VL-7B");
    // Named only as a comparison: no base model.
    const d = claimOf("Zorro is compared with GPT-4o throughout. Zorro scores 58.3% on MathVista.", 58.3);
    expect(d.model ?? null).toBeNull();
    // Two different models named: nothing is scoped over the abstract.
    const e = claimOf("We fine-tune Qwen2.5-7B and Llama-3-8B with Zorro. Zorro scores 58.3% on MathVista.", 58.3);
    expect(e.model ?? null).toBeNull();
  });

  it("abstractModel and sameSystem", () => {
    expect(abstractModel(findModels("We build on LLaMA. We fine-tune LLaMA-2-7B with Zorro."))?.text).toBe(
      "LLaMA-2-7B",
    );
    expect(abstractModel(findModels("We fine-tune LLaMA-2-7B and compare against GPT-4."))).toBeNull();
    expect(sameSystem("Qwen2.5-7B", "Qwen2.5-7B", [])).toBe(true);
    expect(sameSystem("Llama-3-8B", "Zorro", ["Zorro"])).toBe(false);
  });
});

describe("evaluation setting of a claim", () => {
  it("zero-shot and 5-shot numbers in one sentence each get their own", () => {
    const cs = claims(
      "We present Zorro. In the zero-shot setting, Zorro attains 51.7% on MMLU, while its 5-shot accuracy reaches 63.4%.",
    );
    expect(cs.find((c) => c.value === 51.7)?.condition).toBe("zero-shot");
    expect(cs.find((c) => c.value === 63.4)?.condition).toBe("5-shot");
  });

  it("linear probe and k-NN", () => {
    const cs = claims(
      "We present Zorro. Zorro reaches 77.2% top-1 accuracy on ImageNet with linear probing and 71.8% top-1 accuracy with k-NN.",
    );
    expect(cs.find((c) => c.value === 77.2)?.condition).toBe("linear probe");
    expect(cs.find((c) => c.value === 77.2)?.dataset).toBe("ImageNet");
    expect(cs.find((c) => c.value === 71.8)?.condition).toBe("k-NN");
  });

  it("label fractions are a setting, not a claim", () => {
    const cs = claims("We present Zorro. With only 10% labels, Zorro reaches 73.9% mIoU on Cityscapes.");
    expect(cs.find((c) => c.value === 10)).toBeUndefined();
    expect(cs.find((c) => c.value === 73.9)?.condition).toBe("10% labels");
    expect(
      claimOf("We present Zorro. Zorro reaches 75.0% mIoU on Pascal VOC using 1/16 labeled data.", 75).condition,
    ).toBe("1/16 labels");
  });

  it("pass@k, maj@k, majority voting and CoT", () => {
    const cs = claims("We present Zorro. Zorro reaches 41.0% pass@1 and 82.5% pass@16 on LiveCodeBench.");
    expect(cs.find((c) => c.value === 41)?.condition ?? null).toBeNull();
    expect(cs.find((c) => c.value === 82.5)?.condition).toBe("pass@16");
    expect(claimOf("We present Zorro. Zorro scores 86.7% on AIME 2024 with maj@32.", 86.7).condition).toBe("maj@32");
    expect(claimOf("We present Zorro. Zorro scores 90.2% on GSM8K with majority voting.", 90.2).condition).toBe(
      "majority voting",
    );
    expect(claimOf("We present Zorro. Zorro scores 47.5% on GPQA Diamond with CoT prompting.", 47.5).condition).toBe(
      "CoT",
    );
  });

  it("keeps the resolution in the dataset when written there, else records it as the setting", () => {
    const a = claimOf("We present Zorro. Zorro achieves an FID of 1.62 on ImageNet 256x256.", 1.62);
    expect(a.dataset).toBe("ImageNet 256x256");
    expect(a.condition ?? null).toBeNull();
    const b = claimOf("We present Zorro. Zorro achieves an FID of 2.05 on ImageNet at 512x512 resolution.", 2.05);
    expect(b.dataset).toBe("ImageNet");
    expect(b.condition).toContain("512x512");
  });

  it("settings written inside a list of results stay with their own item", () => {
    const cs = claims(
      "We present Zorro. Zorro gains +2.2% mIoU on ADE20K (with 150 labels), +1.4% on Cityscapes (with 60 labels) and +0.9% on Pascal VOC (with 30 labels).",
    );
    expect(cs.map((c) => c.condition)).toEqual(["150 labels", "60 labels", "30 labels"]);
  });

  it("a setting late in one clause does not leak into the next one", () => {
    const c = claimOf(
      "We present Zorro. Zorro detects unsafe images in both in-distribution and out-of-distribution settings, while cutting peak memory by 61%.",
      61,
    );
    expect(c.condition).toBeNull();
    const d = claimOf(
      "We present Zorro. Our 4-bit Zorro models stay near lossless on six tasks, while using 1.8x less memory.",
      1.8,
    );
    expect(d.condition).toBe("4-bit");
  });

  it("records nothing when the sentence names no model and no setting", () => {
    const c = claimOf("We present Zorro. Zorro achieves 93.1% accuracy on CIFAR-10.", 93.1);
    expect(c.model ?? null).toBeNull();
    expect(c.condition).toBeNull();
    const d = claimOf(
      "We present Zorro. Zorro shows strong zero-shot generalization and improves accuracy by 4.2% on PACS.",
      4.2,
    );
    expect(d.condition).toBeNull();
    expect(d.model ?? null).toBeNull();
  });

  it("a base model scopes only the sentences from where it is introduced", () => {
    const c = claimOf(
      "Zorro improves accuracy by 3.3% on SST-2. For image generation, we fine-tune FLUX.1-dev with Zorro.",
      3.3,
    );
    expect(c.model ?? null).toBeNull();
  });

  it("a model named only as the source of data, or as a level to approach, is not the base", () => {
    expect(
      claimOf(
        "We present Zorro. On real and synthetic (Stable Diffusion 3.5) images, Zorro reaches 96.1% accuracy.",
        96.1,
      ).model ?? null,
    ).toBeNull();
    expect(
      claimOf("We present Zorro. Zorro raises pass@1 to 44.2%, close to the performance of o1-preview.", 44.2).model ??
        null,
    ).toBeNull();
  });

  it("a model named in another sentence with other models scopes nothing", () => {
    const c = claimOf(
      "Prior work used GPT-4 and Llama-2-70B. We present Zorro. Zorro achieves 93.1% accuracy on CIFAR-10.",
      93.1,
    );
    expect(c.model ?? null).toBeNull();
  });
});
