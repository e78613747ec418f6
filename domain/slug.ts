/** URL-safe, readable, stable: "ImageNet 256x256" + "fid" -> "imagenet-256x256--fid". */
function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      // "256×256" reads as it is written in ASCII: "256x256".
      .replace(/×/g, "x")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "x"
  );
}

/** A setting adds a third part: "gsm8k--accuracy--zero-shot"; the board "as reported" has none. */
export function benchmarkSlug(datasetName: string, metricName: string, setting = ""): string {
  const base = `${slugify(datasetName)}--${slugify(metricName)}`;
  return setting ? `${base}--${slugify(setting).slice(0, 60)}` : base;
}
