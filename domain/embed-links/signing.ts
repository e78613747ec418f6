import { createHmac, timingSafeEqual } from "node:crypto";
import { canonicalOptions, type EmbedOptions } from "./options.js";

/**
 * Signed embed links for private deployments: HMAC-SHA256 over the chart id, the canonical options
 * and the expiry, keyed by EMBED_SIGNING_SECRET, in base64url. Any change to the id, an option or
 * the expiry makes the signature fail; the size, theme and title are covered too.
 */
export function signEmbed(secret: string, id: string, options: EmbedOptions, exp: number): string {
  return createHmac("sha256", secret)
    .update(message(id, options, exp))
    .digest("base64url");
}

function message(id: string, options: EmbedOptions, exp: number): string {
  return `claimboard-embed/v1\n${id}\n${canonicalOptions(options)}\n${exp}`;
}

export type SignatureCheck = "ok" | "invalid" | "expired";

/** Checks the signature first (in constant time), then the expiry, so a forged link learns nothing about time. */
export function verifyEmbed(
  secret: string,
  id: string,
  options: EmbedOptions,
  exp: number,
  sig: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const expected = Buffer.from(signEmbed(secret, id, options, exp), "base64url");
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
  return exp <= nowSeconds ? "expired" : "ok";
}

/** "30d", "12h", "90m", "3600" (seconds) → seconds; null when unreadable. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+)\s*([smhdw]?)$/i.exec(text.trim());
  if (!m) return null;
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 }[
    m[2]!.toLowerCase() as "" | "s" | "m" | "h" | "d" | "w"
  ];
  const seconds = Number(m[1]) * unit;
  return Number.isSafeInteger(seconds) && seconds > 0 ? seconds : null;
}
