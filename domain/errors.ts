/** Every code a domain function fails with; the API gives each its HTTP status (api/error-codes.ts). */
export type DomainErrorCode =
  | "NOT_FOUND"
  | "VALIDATION_FAILED"
  | "INVALID_CURSOR"
  | "UNKNOWN_METRIC"
  | "DIRECTION_MISMATCH"
  | "NO_MATCHING_CLAIMS"
  | "NAME_TAKEN"
  | "KEY_TAKEN"
  | "UNKNOWN_SPELLING"
  | "NOTHING_LEFT"
  | "NOT_UNDOABLE"
  | "ALREADY_UNDONE"
  | "UNDO_CONFLICT";

/** A failure a person can act on: a SCREAMING_SNAKE code and words; how it travels (HTTP, exit code) is the caller's. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found`);
