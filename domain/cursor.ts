import { z } from "zod";
import { DomainError } from "./errors.js";

/** Keyset cursors: the last row's sort key, base64url JSON, opaque to clients. */
export function encodeCursor(key: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

const KeySchema = z.array(z.union([z.string().max(300), z.number().finite(), z.null()])).max(4);

export function decodeCursor<T extends z.ZodTypeAny>(cursor: string | undefined, shape: T): z.infer<T> | null {
  if (cursor === undefined || cursor === "") return null;
  try {
    const raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return shape.parse(KeySchema.parse(raw));
  } catch {
    throw new DomainError("INVALID_CURSOR", "cursor is not one this API gave out; start again without it");
  }
}
