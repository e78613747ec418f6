import { z } from "zod";

/** Bounds of an embedded chart's size, in CSS pixels. */
export const SIZE = {
  minWidth: 200,
  maxWidth: 2000,
  minHeight: 150,
  maxHeight: 1500,
  width: 800,
  height: 450,
} as const;
export const MAX_HIGHLIGHTS = 10;

const flag = z
  .enum(["1", "0", "true", "false"])
  .default("1")
  .transform((v) => v === "1" || v === "true");

/** Subjects to highlight, comma-separated; trimmed, deduplicated, sorted so equal sets sign alike. */
const highlight = z
  .string()
  .max(1000)
  .optional()
  .transform((v) =>
    [
      ...new Set(
        (v ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ].sort(),
  )
  .pipe(z.array(z.string().max(200)).max(MAX_HIGHLIGHTS, `at most ${MAX_HIGHLIGHTS} subjects to highlight`));

/** What an embed link may ask for; unknown parameters (cache busters, utm_…) are ignored and not signed. */
export const EmbedQuerySchema = z.object({
  chart: z.enum(["best", "bar"]).default("best"),
  top: z.coerce.number().int().min(1).max(50).default(10),
  theme: z.enum(["light", "dark"]).default("light"),
  title: flag,
  highlight,
  width: z.coerce.number().int().min(SIZE.minWidth).max(SIZE.maxWidth).default(SIZE.width),
  height: z.coerce.number().int().min(SIZE.minHeight).max(SIZE.maxHeight).default(SIZE.height),
  /** Expiry of a signed link, unix seconds. */
  exp: z.coerce.number().int().min(0).max(253402300799).optional(),
  /** HMAC-SHA256 of the link, base64url (43 characters). */
  sig: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "sig must be 43 base64url characters")
    .optional(),
});
export type EmbedQuery = z.infer<typeof EmbedQuerySchema>;
export type EmbedOptions = Omit<EmbedQuery, "exp" | "sig">;

export const DEFAULT_OPTIONS: EmbedOptions = EmbedQuerySchema.parse({});

/** The options alone, without the signature fields. */
export function optionsOf(q: EmbedQuery): EmbedOptions {
  const { exp: _exp, sig: _sig, ...options } = q;
  return options;
}

/**
 * One string per set of options, whatever the order or spelling of the query: keys sorted, defaults
 * filled in, highlight sorted. This is what a signature covers (with the chart id and the expiry).
 */
export function canonicalOptions(o: EmbedOptions): string {
  const pairs: [string, string][] = [
    ["chart", o.chart],
    ["height", String(o.height)],
    ["highlight", o.highlight.join(",")],
    ["theme", o.theme],
    ["title", o.title ? "1" : "0"],
    ["top", String(o.top)],
    ["width", String(o.width)],
  ];
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
}

/** The query string of a link with these options: only what differs from the defaults, plus exp/sig when signed. */
export function optionsQuery(o: EmbedOptions, signed?: { exp: number; sig: string }): string {
  const params = new URLSearchParams();
  if (o.chart !== DEFAULT_OPTIONS.chart) params.set("chart", o.chart);
  if (o.top !== DEFAULT_OPTIONS.top) params.set("top", String(o.top));
  if (o.theme !== DEFAULT_OPTIONS.theme) params.set("theme", o.theme);
  if (!o.title) params.set("title", "0");
  if (o.highlight.length) params.set("highlight", o.highlight.join(","));
  if (o.width !== DEFAULT_OPTIONS.width) params.set("width", String(o.width));
  if (o.height !== DEFAULT_OPTIONS.height) params.set("height", String(o.height));
  if (signed) {
    params.set("exp", String(signed.exp));
    params.set("sig", signed.sig);
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}
