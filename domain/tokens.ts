import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { apiTokens, ROLES, type Role } from "../db/schema/index.js";

const PREFIX = "cb_";

function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export interface CreatedToken {
  id: number;
  name: string;
  role: Role;
  /** Shown once; only its hash is stored. */
  token: string;
}

export async function createToken(db: Database, role: Role, name: string): Promise<CreatedToken> {
  const token = PREFIX + randomBytes(32).toString("base64url");
  const [row] = await db
    .insert(apiTokens)
    .values({ name, role, tokenHash: hashToken(token) })
    .returning({ id: apiTokens.id });
  return { id: row!.id, name, role, token };
}

export async function revokeToken(db: Database, id: number): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export async function listTokens(db: Database) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      role: apiTokens.role,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .orderBy(apiTokens.id);
}

export interface Principal {
  tokenId: number;
  name: string;
  role: Role;
}

/** The principal behind a bearer secret, or null when it is unknown or revoked. */
export async function authenticate(db: Database, secret: string): Promise<Principal | null> {
  if (!secret.startsWith(PREFIX) || secret.length > 200) return null;
  const [row] = await db
    .select({ id: apiTokens.id, name: apiTokens.name, role: apiTokens.role })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(secret)), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  // At most one write a minute per token, so authenticated reads stay reads.
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.id, row.id),
        sql`(${apiTokens.lastUsedAt} is null or ${apiTokens.lastUsedAt} < now() - interval '1 minute')`,
      ),
    );
  return { tokenId: row.id, name: row.name, role: row.role };
}

export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
