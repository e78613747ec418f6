import type { FlagRef } from "../../../contracts/flags";

/** What each flag code means, in a sentence a reader can act on: shown with a badge on hover and on focus. */
export const FLAG_EXPLANATIONS: Record<FlagRef["code"], string> = {
  CONFLICT:
    "Another paper reports a different number for the same system on the same benchmark, beyond the tolerance and the rounding of either.",
  SCALE_MISMATCH:
    "Two reports agree only after scaling by 100, 1000 or a unit suffix: a fraction against a percentage, or a slipped unit.",
  OUT_OF_RANGE: "The value is outside what the metric allows (an accuracy over 100%, a negative error rate).",
  SOTA_CONTRADICTED:
    "The paper claims state of the art, but an earlier paper reported a better number on this benchmark.",
  INTERNAL: "The paper contradicts itself: an average above an “up to”, or two different numbers for one thing.",
  LOW_CONFIDENCE:
    "The extractor was unsure how it read this sentence; a person should check the number, metric, dataset and system.",
  DUPLICATE: "The same paper came from two sources with different numbers for this.",
  INFEASIBLE: "This score cannot be a share of the test set’s known number of items (76.0% of AIME’s 30 problems).",
  OUTLIER:
    "Far ahead of the rest of the board, by more than four times the usual gap between neighbours; held back until reviewed.",
  NAME_CLASH:
    "Papers report different numbers under one generic name (“LSTM”, “ResNet-50”) or for two methods that share a name: probably different systems shown as one entry.",
};
