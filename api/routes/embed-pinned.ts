import { Hono } from "hono";
import type { Database } from "../../db/client.js";
import { getPin } from "../../domain/embed-pins.js";
import { Lru } from "../../domain/lru.js";
import { describeIssues } from "../../contracts/describe-issues.js";
import { checkAccess } from "../embed/access.js";
import type { ChartInput } from "../embed/chart.js";
import { plainChartInput } from "../embed/plain-text.js";
import { embedConfigOf, type EmbedDeps } from "../embed/config.js";
import { baseUrl, isNotModified, makeEtag, notModified, RENDER_VERSION, type Validators } from "../embed/http.js";
import { canonicalOptions, EmbedQuerySchema, optionsOf } from "../../domain/embed-links/options.js";
import { pinSigningId } from "../embed/pin-links.js";
import type { AppEnv } from "../context.js";
import { errorResponse } from "../errors.js";
import { renderEmbed, send, type Format } from "./embed.js";

const FILE = /^([0-9a-f]{24})(?:\.(svg|png))?$/;

/** A year, the longest Cache-Control lifetime caches honour: a pin's data never changes. */
const PINNED_MAX_AGE = 31_536_000;

/**
 * Pinned embeds, `/embed/pins/:pin` (iframe page), `.svg` and `.png`: drawn from the snapshot stored when
 * the pin was made (domain/embed-pins.ts), never from the live board, so new papers, claims and reviews
 * leave them as they were. Signing rules are those of live embeds.
 */
export function pinnedEmbedRoutes(deps: EmbedDeps & { db: Database }) {
  const config = embedConfigOf(deps);
  const rendered = new Lru<string | Uint8Array<ArrayBuffer>>(64, 16 * 1024 * 1024, (v) => v.length);
  return new Hono<AppEnv>().get("/embed/pins/:file", async (c) => {
    const m = FILE.exec(c.req.param("file"));
    if (!m) return errorResponse(c, "NOT_FOUND", `no pinned embed at ${c.req.path}`);
    const id = m[1]!;
    const format = (m[2] ?? "html") as Format;
    const parsed = EmbedQuerySchema.safeParse(c.req.query());
    if (!parsed.success) return errorResponse(c, "VALIDATION_FAILED", describeIssues(parsed.error.issues));
    const options = optionsOf(parsed.data);
    const access = checkAccess(config, pinSigningId(id), parsed.data);
    if (!access.ok) return errorResponse(c, access.code, access.message);

    const pin = await getPin(deps.db, id);
    if (!pin) return errorResponse(c, "NOT_FOUND", `pinned embed ${id} not found`);
    const base = baseUrl(c, config);
    const v: Validators = {
      etag: makeEtag(
        RENDER_VERSION,
        "pin",
        format,
        id,
        canonicalOptions(options),
        format === "html" ? base : "",
        access.signed ? access.exp : "",
      ),
      lastModified: new Date(pin.createdAt),
      signed: access.signed,
      ...(access.signed ? { exp: access.exp } : {}),
    };
    const immutable = (res: Response) => {
      if (!access.signed) res.headers.set("Cache-Control", `public, max-age=${PINNED_MAX_AGE}, immutable`);
      return res;
    };
    if (isNotModified(c, v)) return immutable(notModified(c, config, v));
    let body = rendered.get(v.etag);
    if (body === undefined) {
      const s = pin.snapshot;
      const pinned = pin.createdAt.slice(0, 10);
      const note = s.asOf
        ? `board as of ${s.asOf} (pinned ${pinned})`
        : `pinned ${pinned}, data as of ${s.benchmark.updatedAt.slice(0, 10)}`;
      const input: ChartInput = plainChartInput({
        benchmark: s.benchmark,
        points: s.points,
        entries: s.entries,
        truncated: s.truncated,
        note,
      });
      body = await renderEmbed(format, input, { options, base, updatedAt: s.benchmark.updatedAt, dataNote: note });
      rendered.set(v.etag, body);
    }
    return immutable(send(c, config, format, body, v));
  });
}
