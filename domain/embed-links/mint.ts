import { embedLinks, type EmbedLinks } from "./links.js";
import { EmbedQuerySchema, optionsOf, type EmbedOptions } from "./options.js";
import { signEmbed } from "./signing.js";

export const DEFAULT_LINK_TTL = 30 * 86_400;

export interface OptionsInput {
  chart?: EmbedOptions["chart"];
  top?: number;
  theme?: EmbedOptions["theme"];
  title?: boolean;
  highlight?: string[];
  width?: number;
  height?: number;
}

/** Options given as values (API body, CLI flags), normalized exactly as a link's query would be. */
export function optionsFrom(input: OptionsInput): EmbedOptions {
  return optionsOf(
    EmbedQuerySchema.parse({
      chart: input.chart,
      top: input.top,
      theme: input.theme,
      title: input.title === false ? "0" : undefined,
      highlight: input.highlight?.join(","),
      width: input.width,
      height: input.height,
    }),
  );
}

export type SignedLinks = EmbedLinks & { exp: number; expiresAt: string };

/** Signs a chart's link for `ttlSeconds` and returns every form of it. */
export function mintEmbedLinks(
  secret: string,
  base: string,
  id: string,
  options: EmbedOptions,
  title: string,
  ttlSeconds = DEFAULT_LINK_TTL,
  nowMs = Date.now(),
): SignedLinks {
  const exp = Math.floor(nowMs / 1000) + ttlSeconds;
  const sig = signEmbed(secret, id, options, exp);
  return { ...embedLinks(base, id, options, title, { exp, sig }), exp, expiresAt: new Date(exp * 1000).toISOString() };
}
