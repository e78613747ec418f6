import { errorResponses } from "../openapi-errors.js";
import { jsonBody } from "../middleware/json-body.js";
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { boardChanges } from "../../domain/board-changes.js";
import { pinBoard } from "../../domain/embed-pins.js";
import { BenchmarkIdParamSchema } from "../../contracts/benchmarks.js";
import {
  BoardChangesQuerySchema,
  BoardChangesSchema,
  EmbedPinRequestSchema,
  EmbedPinSchema,
  type EmbedPin,
} from "../../contracts/history.js";
import { requireRole } from "../auth.js";
import { rateLimit } from "../middleware/rate-limit.js";
import { embedConfigOf } from "../embed/config.js";
import { baseUrl } from "../embed/http.js";
import { DEFAULT_LINK_TTL } from "../../domain/embed-links/mint.js";
import { DEFAULT_OPTIONS } from "../../domain/embed-links/options.js";
import { pinLinks, pinSigningId, pinTitle } from "../embed/pin-links.js";
import { signEmbed } from "../../domain/embed-links/signing.js";
import { router } from "../router.js";

const changes = createRoute({
  method: "get",
  path: "/benchmarks/{id}/changes",
  summary:
    "What changed on a board since a moment: claims stored, reviews, merges and splits, flag resolutions; newest first",
  request: { params: BenchmarkIdParamSchema, query: BoardChangesQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: BoardChangesSchema } }, description: "a page of changes" },
    ...errorResponses({ 400: "invalid since, limit or cursor", 404: "no such benchmark" }),
  },
});

const pin = createRoute({
  method: "post",
  path: "/embed-pins",
  summary: "Pin a board's embed to its data now (or as of a day): the pinned links never change; reviewer token",
  middleware: [requireRole("reviewer"), rateLimit("embed-pins"), jsonBody] as const,
  request: { body: { content: { "application/json": { schema: EmbedPinRequestSchema } }, required: true } },
  responses: {
    200: { content: { "application/json": { schema: EmbedPinSchema } }, description: "the pin and its links" },
    ...errorResponses({
      400: "invalid request",
      401: "no or unknown token",
      403: "token lacks the reviewer role",
      404: "no such benchmark",
    }),
  },
});

/** Links of a pin, signed for DEFAULT_LINK_TTL when this server serves signed embeds only. */
function linksOf(c: Context, p: Awaited<ReturnType<typeof pinBoard>>): EmbedPin["links"] {
  const config = embedConfigOf({ config: c.var.config });
  const title = pinTitle(p.snapshot, p.createdAt);
  const base = baseUrl(c, config);
  if (!config.requireSignature || !config.signingSecret)
    return pinLinks(base, p.id, p.benchmarkId, DEFAULT_OPTIONS, title);
  const exp = Math.floor(Date.now() / 1000) + DEFAULT_LINK_TTL;
  const sig = signEmbed(config.signingSecret, pinSigningId(p.id), DEFAULT_OPTIONS, exp);
  return pinLinks(base, p.id, p.benchmarkId, DEFAULT_OPTIONS, title, { exp, sig });
}

export const historyRoutes = router()
  .openapi(changes, async (c) =>
    c.json(await boardChanges(c.var.db, c.req.valid("param").id, c.req.valid("query")), 200),
  )
  .openapi(pin, async (c) => {
    const body = c.req.valid("json");
    const p = await pinBoard(c.var.db, body.benchmarkId, body.asOf);
    c.header("Cache-Control", "no-store");
    const { snapshot: _snapshot, ...rest } = p;
    return c.json({ ...rest, links: linksOf(c, p) }, 200);
  });
