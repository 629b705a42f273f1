import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { collection, listeningRound } from "../../db/schema/index.ts";
import { conflict, notFound } from "../problem.ts";
import { TtlCache } from "../ttl-cache.ts";

export type CollectionRow = typeof collection.$inferSelect;

// Unambiguous lower-case letters and digits: easy to read aloud and type from a poster.
const SLUG_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export function newSlug(length = 10): string {
  return [...randomBytes(length)].map((b) => SLUG_ALPHABET[b % SLUG_ALPHABET.length]).join("");
}

export function openState(c: Pick<CollectionRow, "opensAt" | "closesAt">, now = new Date()): "open" | "notYetOpen" | "closed" {
  if (c.opensAt && c.opensAt > now) return "notYetOpen";
  if (c.closesAt && c.closesAt <= now) return "closed";
  return "open";
}

/** Throws 409 unless stories may be told now. */
export function assertOpen(c: CollectionRow) {
  const state = openState(c);
  if (state === "closed") throw conflict("collectionClosed");
  if (state === "notYetOpen") throw conflict("collectionNotOpenYet");
}

export async function findCollection(db: Db, organizationId: string, id: string): Promise<CollectionRow> {
  const [row] = await db.select().from(collection).where(and(eq(collection.organizationId, organizationId), eq(collection.id, id)));
  if (!row) throw notFound();
  return row;
}

/**
 * The collection as a round's public form sees it: the round's slug, open only within both the
 * collection's and the round's period. Undefined when no round has this slug.
 */
export async function roundForm(db: Db, slug: string): Promise<CollectionRow | undefined> {
  const [found] = await db.select({ round: listeningRound, collection }).from(listeningRound)
    .innerJoin(collection, eq(collection.id, listeningRound.collectionId)).where(eq(listeningRound.slug, slug));
  if (!found) return undefined;
  const { round, collection: c } = found;
  const later = (a: Date | null, b: Date) => (a && a > b ? a : b);
  const earlier = (a: Date | null, b: Date) => (a && a < b ? a : b);
  return { ...c, slug: round.slug, opensAt: later(c.opensAt, round.startsAt), closesAt: earlier(c.closesAt, round.endsAt) };
}

// The public form reads its collection on every story; opening and closing reach it within a second.
const bySlug = new TtlCache<CollectionRow | undefined>(1000);

export async function findCollectionBySlug(db: Db, slug: string): Promise<CollectionRow> {
  // A listening round's slug opens the collection's form for the round's period.
  const row = await bySlug.get(slug, async () => (await db.select().from(collection).where(eq(collection.slug, slug)))[0] ?? (await roundForm(db, slug)));
  if (!row) throw notFound();
  return row;
}

/** Forgets a cached collection after this process changed it. */
export const forgetCollection = (slug: string) => bySlug.delete(slug);

export const publicUrlOf = (baseUrl: string, slug: string) => `${baseUrl.replace(/\/$/, "")}/vertel/${slug}`;
