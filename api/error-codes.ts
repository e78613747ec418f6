import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { DomainErrorCode } from "../domain/errors.js";

interface CodeEntry {
  status: ContentfulStatusCode;
  meaning: string;
}

/**
 * Every `error.code` the API answers with, its HTTP status and what it means: the README's table is
 * checked against this one. Domain codes must all be here (the `satisfies` below fails otherwise).
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, meaning: "a parameter or body field is missing or invalid; the message names it" },
  INVALID_CURSOR: { status: 400, meaning: "the cursor is not one this API gave out" },
  INVALID_INPUT: {
    status: 400,
    meaning: "text with NUL characters or unpaired surrogates, or a value the database cannot store",
  },
  MALFORMED_URL: { status: 400, meaning: "the URL has a broken %-escape" },
  EMPTY_BODY: { status: 400, meaning: "an upload without a body" },
  UNREADABLE_FILE: { status: 400, meaning: "an uploaded file whose format cannot be told or read" },
  BAD_REQUEST: { status: 400, meaning: "a request the HTTP layer refused (malformed body)" },
  UNAUTHORIZED: { status: 401, meaning: "no API token, or an unknown or revoked one" },
  FORBIDDEN: { status: 403, meaning: "the token's role is below what the action needs" },
  SIGNATURE_REQUIRED: { status: 403, meaning: "this server serves only signed embed links" },
  SIGNATURE_INVALID: { status: 403, meaning: "the embed link's signature does not match" },
  SIGNATURE_EXPIRED: { status: 403, meaning: "the signed embed link has expired" },
  NOT_FOUND: { status: 404, meaning: "no such route or record" },
  METHOD_NOT_ALLOWED: { status: 405, meaning: "the route exists but not with this method" },
  NAME_TAKEN: { status: 409, meaning: "another entity has that name already" },
  KEY_TAKEN: { status: 409, meaning: "another entity has that spelling key already" },
  ALREADY_UNDONE: { status: 409, meaning: "the merge or split was undone already" },
  UNDO_CONFLICT: { status: 409, meaning: "a later change stands in the way of undoing this one" },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    meaning: "the body is over the limit (INGEST_MAX_MB for uploads, 64 KB for review actions)",
  },
  UNKNOWN_METRIC: { status: 422, meaning: "a correction names a metric the registry does not know" },
  DIRECTION_MISMATCH: { status: 422, meaning: "two metrics ranked in opposite directions cannot be merged" },
  NO_MATCHING_CLAIMS: { status: 422, meaning: "no claim was written with the given spellings" },
  UNKNOWN_SPELLING: { status: 422, meaning: "a spelling key the entity does not have" },
  NOTHING_LEFT: { status: 422, meaning: "a split would leave the entity without spellings" },
  NOT_UNDOABLE: { status: 422, meaning: "the audit entry is not a merge or split that can be undone" },
  RATE_LIMITED: { status: 429, meaning: "too many writes from this token this minute (RATE_LIMIT_WRITES_PER_MINUTE)" },
  INTERNAL_ERROR: { status: 500, meaning: "an unexpected failure, logged with the requestId" },
  FORMAT_NOT_IMPLEMENTED: { status: 501, meaning: "oEmbed in a format other than json" },
  SIGNING_NOT_CONFIGURED: { status: 501, meaning: "the server has no EMBED_SIGNING_SECRET to sign embed links with" },
  DATABASE_UNAVAILABLE: { status: 503, meaning: "the database cannot be reached; retry after Retry-After" },
  TRY_AGAIN: { status: 503, meaning: "a deadlock or serialization failure rolled the write back; send it again" },
  READ_ONLY_DATABASE: {
    status: 503,
    meaning: "the database refused a write as read-only (a replica): writes go to the primary's DATABASE_URL",
  },
  SERVICE_UNAVAILABLE: { status: 503, meaning: "the HTTP layer is not taking the request right now" },
  HTTP_ERROR: {
    status: 500,
    meaning: "an HTTP-layer refusal with a status none of the above has; the response carries that status",
  },
} as const satisfies Record<string, CodeEntry> & Record<DomainErrorCode, CodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;
