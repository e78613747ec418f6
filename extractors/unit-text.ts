/**
 * A number's text followed by its unit, as every view writes it: "85.2%" and "4.86×" attach, any other unit
 * ("12 ms") follows a space. Each caller keeps its own way of writing the number. The dashboard passes a
 * no-break space so a value never wraps from its unit; the flag explanations (stored text) keep the "x" they
 * were first written with.
 */
export function withUnit(n: string, unit: string | null, style: { space?: string; ratio?: string } = {}): string {
  if (!unit) return n;
  if (unit === "%") return `${n}%`;
  if (unit === "x") return `${n}${style.ratio ?? "×"}`;
  return `${n}${style.space ?? " "}${unit}`;
}
