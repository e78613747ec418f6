import type { Env } from "../../config/env.js";

/** What the embeds depend on besides the database; from EMBED_* variables unless a test passes it. */
export interface EmbedConfig {
  /** HMAC key of signed links; null: signed links can be neither made nor checked. */
  signingSecret: string | null;
  /** Unsigned embeds answer 403 SIGNATURE_REQUIRED. */
  requireSignature: boolean;
  /** CSP frame-ancestors source list of embed pages. */
  frameAncestors: string;
  /** Base of the links the embeds and oEmbed print, without a trailing slash; null: the request's origin. */
  publicUrl: string | null;
  /** Seconds a public embed may be cached. */
  maxAge: number;
  /** Reads need a token: a dashboard page's HTML names nothing (no oEmbed discovery, no Open Graph tags). */
  privatePages: boolean;
}

export const DEFAULT_EMBED_CONFIG: EmbedConfig = {
  signingSecret: null,
  requireSignature: false,
  frameAncestors: "*",
  publicUrl: null,
  maxAge: 300,
  privatePages: false,
};

type EmbedEnv = Pick<
  Env,
  "EMBED_SIGNING_SECRET" | "EMBED_REQUIRE_SIGNATURE" | "EMBED_FRAME_ANCESTORS" | "EMBED_PUBLIC_URL"
>;

export function embedConfigFromEnv(env: EmbedEnv): EmbedConfig {
  if (env.EMBED_REQUIRE_SIGNATURE && !env.EMBED_SIGNING_SECRET) {
    throw new Error(
      "Invalid environment:\n  EMBED_REQUIRE_SIGNATURE=true needs EMBED_SIGNING_SECRET (at least 32 characters)",
    );
  }
  return {
    ...DEFAULT_EMBED_CONFIG,
    signingSecret: env.EMBED_SIGNING_SECRET ?? null,
    requireSignature: env.EMBED_REQUIRE_SIGNATURE,
    frameAncestors: env.EMBED_FRAME_ANCESTORS.trim() || "*",
    publicUrl: env.EMBED_PUBLIC_URL ? env.EMBED_PUBLIC_URL.replace(/\/+$/, "") : null,
  };
}

/** What of the app's dependencies the embeds read: `embed` overrides `config.embed` (tests). */
export interface EmbedDeps {
  embed?: Partial<EmbedConfig>;
  config?: { readsRequireToken?: boolean; embed?: Partial<EmbedConfig> };
}

/**
 * The embed settings of an app: `deps.embed` over `deps.config.embed` over the defaults. A private
 * deployment (reads need a token) never serves unsigned embeds, since an iframe cannot send a token.
 */
export function embedConfigOf(deps: EmbedDeps): EmbedConfig {
  const base = { ...DEFAULT_EMBED_CONFIG, ...deps.config?.embed, ...deps.embed };
  const privateReads = deps.config?.readsRequireToken === true;
  return {
    ...base,
    requireSignature: base.requireSignature || privateReads,
    privatePages: base.privatePages || privateReads,
  };
}
