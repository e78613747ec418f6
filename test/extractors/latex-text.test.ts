import { describe, expect, it } from "vitest";
import { latexToText } from "../../extractors/latex-text.js";

describe("latexToText", () => {
  it.each([
    ["A\\textsuperscript{2}FM: Adaptive Agent Foundation Model", "A²FM: Adaptive Agent Foundation Model"],
    ["PM\\textsuperscript{4}Bench", "PM⁴Bench"],
    ["PM\\textsuperscript4Bench", "PM⁴Bench"],
    ["\\textbf{EDC\\textsuperscript{2}-RAG}", "EDC²-RAG"],
    ["1\\textsuperscript{st} place", "1st place"],
    ["ImageNet 512$\\times$512", "ImageNet 512×512"],
    ["ImageNet $512\\times512$", "ImageNet 512×512"],
    ["ImageNet $512 \\times 512$", "ImageNet 512 × 512"],
    ["ImageNet 512times512", "ImageNet 512×512"],
    ["$k$-NN accuracy", "k-NN accuracy"],
    ["an impressive $82.6\\%$ top-1", "an impressive 82.6% top-1"],
    ["82.6\\% on MMLU", "82.6% on MMLU"],
    ["\\emph{Zorro} and \\textit{Ours}", "Zorro and Ours"],
    ["Fig.~3 and et al.~[4]", "Fig. 3 and et al. [4]"],
    ["about ~20% faster", "about ~20% faster"],
    ["pages 1--10, a pause---then", "pages 1–10, a pause—then"],
    [
      "Schr\\\"odinger, Poincar\\'e, G\\\"{o}del, {\\'e}cole, Fran\\c{c}ois",
      "Schrödinger, Poincaré, Gödel, école, François",
    ],
    ["$\\alpha$-entmax with $\\beta=0.5$", "α-entmax with β=0.5"],
    ["R$^{2}$ of 0.93 and F$_1$ of 88.1", "R² of 0.93 and F₁ of 88.1"],
    ["$\\mathcal{O}(n^2)$ memory", "O(n²) memory"],
    ["$\\text{Recall}@10$", "Recall@10"],
    ["$L_{\\text{KL}}$ loss", "L_KL loss"],
    ["up to $4.86\\times$ speedup", "up to 4.86× speedup"],
    ["{B}ERT and {GPT}-4 on \\{0, 1\\} labels", "BERT and GPT-4 on {0, 1} labels"],
    ["costs \\$5 per hour", "costs $5 per hour"],
    ["from $5-$10 a month", "from $5-$10 a month"],
    ["$\\sim$30\\% fewer, $\\leq$ 2 s, $\\geq 90\\%$", "~30% fewer, ≤ 2 s, ≥ 90%"],
    ["\\ourmethod{} beats \\textsc{Base}", "ourmethod beats Base"],
  ])("%s -> %s", (input, output) => {
    expect(latexToText(input)).toBe(output);
  });

  it.each([
    "Plain title: no markup at all (2024), 91.2% on GSM8K",
    "snake_case_name and a-b-c",
    "a set {0,1} stays",
    "a lone $ sign costs 5 $ here",
  ])("leaves text without markup as it is: %s", (input) => {
    expect(latexToText(input)).toBe(input);
  });

  it("is total on hostile input: unbalanced braces, stray backslashes, long runs of dollars", () => {
    for (const s of [
      "\\textbf{unclosed",
      "}{",
      "\\",
      "$".repeat(10_000),
      "\\'",
      "^_^",
      `${"{".repeat(500)}x${"}".repeat(500)}`,
    ]) {
      expect(typeof latexToText(s)).toBe("string");
    }
    const t0 = performance.now();
    latexToText(`${"$a$ \\textbf{b} ".repeat(5000)}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
