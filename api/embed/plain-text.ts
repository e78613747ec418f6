import { latexToText } from "../../extractors/latex-text.js";
import type { ChartInput } from "./chart.js";

/** A chart's names and titles as the pages show them: LaTeX turned into Unicode text ("A\textsuperscript{2}FM" → "A²FM"). */
export function plainChartInput(input: ChartInput): ChartInput {
  const paper = <P extends { title: string }>(p: P): P => ({ ...p, title: latexToText(p.title) });
  return {
    ...input,
    benchmark: { ...input.benchmark, dataset: latexToText(input.benchmark.dataset) },
    points: input.points.map((pt) => ({
      ...pt,
      subject: pt.subject === null ? null : latexToText(pt.subject),
      paper: paper(pt.paper),
    })),
    entries: input.entries.map((e) => ({ ...e, subject: latexToText(e.subject), paper: paper(e.paper) })),
  };
}
