// The private receipt link of an anonymous teller: the story id with a keyed signature. Nothing
// about the teller is kept; whoever holds the link can read what happened with the story and
// withdraw it. Being derived, not stored, a retry of the same story gets the same link.
import { createHmac, timingSafeEqual } from "node:crypto";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { collection, followUp, interpretation, story } from "../../db/schema/index.ts";
import { notFound } from "../problem.ts";
import { storyColumns, type StoryRow } from "./columns.ts";

const SIGNATURE_LENGTH = 32;

function signature(secret: string, storyId: string): string {
  return createHmac("sha256", secret).update(`receipt:${storyId}`).digest("base64url").slice(0, SIGNATURE_LENGTH);
}

export function receiptToken(secret: string, storyId: string): string {
  return `${storyId}.${signature(secret, storyId)}`;
}

/** The story id of a genuine receipt token, or undefined. */
export function storyIdFromReceipt(secret: string, token: string): string | undefined {
  const [storyId, given] = token.split(".");
  if (!storyId || !given || given.length !== SIGNATURE_LENGTH) return undefined;
  const expected = Buffer.from(signature(secret, storyId));
  return timingSafeEqual(expected, Buffer.from(given)) ? storyId : undefined;
}

export const receiptUrl = (publicUrl: string, token: string) => `${publicUrl.replace(/\/$/, "")}/bon/${token}`;

/** The anonymous story a receipt token stands for, with its collection's name; 404 otherwise. */
export async function findAnonymousStory(db: Db, secret: string, token: string) {
  const id = storyIdFromReceipt(secret, token);
  if (!id) throw notFound();
  const [row] = await db.select({ story: storyColumns, collectionName: collection.name }).from(story)
    .innerJoin(collection, eq(collection.id, story.collectionId))
    .where(and(eq(story.id, id), isNull(story.tellerUserId)));
  if (!row) throw notFound();
  return row;
}

/** What the teller sees behind the link: the story, how often it was interpreted, and what was done with it. */
export async function receiptView(db: Db, s: StoryRow, collectionName: string) {
  const scope = (table: typeof followUp | typeof interpretation) => and(eq(table.organizationId, s.organizationId), eq(table.storyId, s.id));
  const [interpretations] = await db.select({ n: count() }).from(interpretation).where(scope(interpretation));
  const followUps = await db.select().from(followUp).where(scope(followUp)).orderBy(asc(followUp.createdAt));
  return {
    collectionName, title: s.title, text: s.text, toldAt: s.toldAt.toISOString(), interpretations: Number(interpretations?.n ?? 0),
    followUps: followUps.map((f) => ({ kind: f.kind as "action" | "response", text: f.text, createdAt: f.createdAt.toISOString() })),
  };
}
