/** URL-safe, readable, stable: "ImageNet 256x256" + "fid" -> "imagenet-256x256--fid". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80) || "x";
}

export function benchmarkSlug(datasetName: string, metricName: string): string {
  return `${slugify(datasetName)}--${slugify(metricName)}`;
}
