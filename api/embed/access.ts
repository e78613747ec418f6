import type { EmbedConfig } from "./config.js";
import { optionsOf, type EmbedQuery } from "../../domain/embed-links/options.js";
import { verifyEmbed } from "../../domain/embed-links/signing.js";

export type Access =
  | { ok: true; signed: false }
  | { ok: true; signed: true; exp: number; sig: string }
  | { ok: false; code: "SIGNATURE_REQUIRED" | "SIGNATURE_INVALID" | "SIGNATURE_EXPIRED"; message: string };

/**
 * Whether a link may be served. A link that carries exp or sig is always checked (a tampered link
 * fails even where unsigned ones are allowed); an unsigned one passes unless signatures are required.
 */
export function checkAccess(
  config: EmbedConfig,
  id: string,
  q: EmbedQuery,
  nowSeconds = Math.floor(Date.now() / 1000),
): Access {
  if (q.sig === undefined && q.exp === undefined) {
    if (!config.requireSignature) return { ok: true, signed: false };
    return {
      ok: false,
      code: "SIGNATURE_REQUIRED",
      message:
        "this server serves signed embed links only; a reviewer can make one (POST /api/embed-links or npm run -s embed-link)",
    };
  }
  if (q.sig === undefined || q.exp === undefined)
    return { ok: false, code: "SIGNATURE_INVALID", message: "a signed link needs both exp and sig" };
  if (!config.signingSecret)
    return {
      ok: false,
      code: "SIGNATURE_INVALID",
      message: "this server has no signing key, so it cannot check signed links",
    };
  const result = verifyEmbed(config.signingSecret, id, optionsOf(q), q.exp, q.sig, nowSeconds);
  if (result === "invalid")
    return {
      ok: false,
      code: "SIGNATURE_INVALID",
      message: "the signature does not match this chart, its options and expiry",
    };
  if (result === "expired")
    return {
      ok: false,
      code: "SIGNATURE_EXPIRED",
      message: `the link expired at ${new Date(q.exp * 1000).toISOString()}`,
    };
  return { ok: true, signed: true, exp: q.exp, sig: q.sig };
}
