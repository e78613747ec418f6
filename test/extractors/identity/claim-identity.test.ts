import { describe, expect, it } from "vitest";
import { claimIdentity, type ClaimNames } from "../../../extractors/identity/claim-identity.js";

const text = (over: Partial<ClaimNames>): ClaimNames => ({
  subject: "X",
  model: null,
  dataset: "ImageNet",
  metric: "accuracy",
  metricText: "accuracy of 80%",
  setting: [null],
  freeTextSetting: false,
  ...over,
});

describe("claimIdentity: the one keying rule", () => {
  it("puts top-1 accuracy and accuracy on one board, top-5 on its own", () => {
    expect(claimIdentity(text({ metric: "top-1 accuracy", metricText: "top-1 accuracy of 80.3%" })).metric.name).toBe(
      "accuracy",
    );
    expect(claimIdentity(text({ metric: "top-5 accuracy", metricText: "top-5 accuracy of 95.8%" })).metric.name).toBe(
      "top-5 accuracy",
    );
  });

  it("ranks an unnamed percentage on an accuracy benchmark as accuracy, and keeps it a score elsewhere", () => {
    expect(
      claimIdentity(text({ dataset: "GSM8K", metric: "score", metricText: "96.7% on GSM8K", unit: "%" })).metric.name,
    ).toBe("accuracy");
    expect(
      claimIdentity(text({ dataset: "GenEval", metric: "score", metricText: "0.84 on GenEval", unit: null })).metric
        .name,
    ).toBe("score");
  });

  it("reads a resolution written beside the number as the dataset variant", () => {
    const id = claimIdentity(text({ metric: "fid", metricText: "FID of 1.61", setting: ["256×256"] }));
    expect(id.dataset?.name).toBe("ImageNet 256×256");
    expect(id.dataset?.family).toBe("ImageNet");
    expect(
      claimIdentity(text({ metric: "fid", metricText: "FID of 2.0", setting: ["512 x 512"] })).dataset?.key,
    ).not.toBe(id.dataset?.key);
  });

  it("keeps a tokenizer's reconstruction FID off the generation board", () => {
    const id = claimIdentity(
      text({
        metric: "fid",
        metricText: "0.75 FID",
        context: "CaTok achieves state-of-the-art results on ImageNet reconstruction, reaching 0.75 FID",
      }),
    );
    expect(id.metric.name).toBe("rfid");
    expect(id.metric.direction).toBe("lower");
  });

  it("splits a method written with its base model in text, never a table's system name", () => {
    const t = claimIdentity(text({ subject: "EORM with Llama 3 8B", dataset: "GSM8K" }));
    expect([t.subject?.name, t.model?.name]).toEqual(["EORM", "Llama 3 8B"]);
    const row = claimIdentity({ ...text({ subject: "BERT-wwm-ext (single model)" }), splitSubject: false });
    expect(row.subject?.name).toBe("BERT-wwm-ext (single model)");
  });

  it("gives a paper's reference point no system to rank, not even its base model", () => {
    const id = claimIdentity(text({ subject: "Oracle baseline", dataset: "GSM8K" }));
    expect(id.subject).toBeNull();
    const onModel = claimIdentity(text({ subject: "initial reasoner", model: "Qwen2.5-7B", dataset: "GSM8K" }));
    expect([onModel.subject, onModel.model?.name]).toEqual([null, "Qwen2.5-7B"]);
    expect(claimIdentity(text({ subject: "ConvNext-B" })).subject?.name).toBe("ConvNext-B");
  });

  it("makes a plain model its own model, so 'every method on Qwen2.5-7B' includes it", () => {
    const id = claimIdentity(text({ subject: "Qwen2.5-7B", dataset: "GSM8K" }));
    expect(id.subjectIsModel).toBe(true);
    expect(id.model?.key).toBe(id.subject?.key);
  });

  it("keys an abstract's free wording out of the setting, a table's task into it", () => {
    expect(claimIdentity(text({ setting: ["zero-shot, with 8 sampling steps"] })).setting.key).toBe("zero-shot");
    const a = claimIdentity({
      ...text({ setting: ["Link Prediction"] }),
      freeTextSetting: true,
      metricText: null,
      metric: "Accuracy",
    });
    const b = claimIdentity({
      ...text({ setting: ["Node Classification"] }),
      freeTextSetting: true,
      metricText: null,
      metric: "Accuracy",
    });
    expect(a.setting.key).not.toBe(b.setting.key);
  });
});
