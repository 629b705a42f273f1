// Idempotency-Key for telling a story (after the IETF httpapi Idempotency-Key draft): the client's
// key counts only on the route, the collection and (signed in) for the caller it was first sent
// with, it is bound to a hash of that request, and it is forgotten after a day. A true retry
// gets the first answer; the same key with another body is refused with 422, so one teller's key
// can never hand out another teller's story or receipt link.
import { createHash } from "node:crypto";
import { and, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { idempotencyKey, story } from "../../db/schema/index.ts";
import { Problem } from "../problem.ts";
import { storyColumns, type StoryRow } from "./columns.ts";

export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** A client's key as stored: scoped, bound to the request, with its expiry. */
export interface IdempotencyRecord {
  key: string;
  requestHash: string;
  expiresAt: Date;
}

/** JSON with object keys sorted, so that the same request hashes the same however it was written. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export interface KeyScope {
  collectionId: string;
  /** The signed-in caller; undefined on the public route. */
  userId?: string;
}

export function idempotencyRecord(clientKey: string, scope: KeyScope, request: unknown, now = Date.now()): IdempotencyRecord {
  return {
    key: `tell:${scope.collectionId}:${scope.userId ?? "public"}:${clientKey}`,
    requestHash: createHash("sha256").update(canonicalJson(request)).digest("base64url"),
    expiresAt: new Date(now + IDEMPOTENCY_KEY_LIFETIME_MS),
  };
}

export const idempotencyKeyReused = () => new Problem(422, "unprocessable", "idempotencyKeyReused");

/**
 * The story stored earlier under this key, if the key is still alive; 422 when it was sent with
 * another request. An expired key is removed, so that it can be used afresh.
 */
export async function storedUnder(db: Db, organizationId: string, record: IdempotencyRecord): Promise<StoryRow | undefined> {
  const ofKey = and(eq(idempotencyKey.organizationId, organizationId), eq(idempotencyKey.key, record.key));
  await db.delete(idempotencyKey).where(and(ofKey, lte(idempotencyKey.expiresAt, sql`now()`)));
  const [row] = await db.select({ ...storyColumns, requestHash: idempotencyKey.requestHash })
    .from(idempotencyKey).innerJoin(story, eq(story.id, idempotencyKey.storyId))
    .where(and(ofKey, or(isNull(idempotencyKey.expiresAt), gt(idempotencyKey.expiresAt, sql`now()`))));
  if (!row) return undefined;
  const { requestHash, ...stored } = row;
  if (requestHash !== record.requestHash) throw idempotencyKeyReused();
  return stored;
}

/** Forgets clients' keys older than a day (imports' keys never expire). */
export async function purgeExpiredKeys(db: Db): Promise<void> {
  await db.delete(idempotencyKey).where(lte(idempotencyKey.expiresAt, sql`now()`));
}
