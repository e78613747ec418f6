/**
 * How sure the rules are about one claim. Starts high and loses weight for each sign of a
 * weak reading; values below ~0.5 are meant for review.
 */
export interface ConfidenceSignals {
  /** The metric came from a fallback (`score` for an unnamed metric, a unit's default metric). */
  metricFallback: boolean;
  /** The metric was linked through a long connector (several words between number and metric). */
  metricDistance: number;
  subjectNull: boolean;
  /** Written as a word ("half", "twice") or a bare number without unit. */
  weakNumber: boolean;
  /** The number sits inside a list or range whose items share one metric. */
  inherited: boolean;
  /** The value is outside the registry bounds for the metric. */
  outOfBounds: boolean;
}

export function confidenceOf(s: ConfidenceSignals): number {
  let c = 0.92;
  if (s.metricFallback) c -= 0.25;
  c -= Math.min(0.15, 0.03 * s.metricDistance);
  if (s.subjectNull) c -= 0.15;
  if (s.weakNumber) c -= 0.1;
  if (s.inherited) c -= 0.05;
  if (s.outOfBounds) c -= 0.3;
  return Math.round(Math.max(0.05, Math.min(1, c)) * 100) / 100;
}
