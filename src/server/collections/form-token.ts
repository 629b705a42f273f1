// The public form's proof of when it was opened: a story told offline may arrive after its
// collection closed, and is taken only when the form was opened while the collection was open and
// the story was told before it closed. The token is the collection id and the issue time, signed
// with the app's secret, so a client cannot make one up or move its time.
import { createHmac, timingSafeEqual } from "node:crypto";
import { FORM_TOKEN_VALID_MS } from "../../contract/collections.ts";
import { conflict } from "../problem.ts";
import { type CollectionRow, openState } from "./repository.ts";

/** Clocks of phones differ a little from ours; a story may seem told a moment before its form opened. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const signature = (secret: string, payload: string) => createHmac("sha256", secret).update(`form:${payload}`).digest("base64url");

export function issueFormToken(secret: string, collectionId: string, now = new Date()): string {
  const payload = `${collectionId}.${now.getTime().toString(36)}`;
  return `${payload}.${signature(secret, payload)}`;
}

/** When a genuine, unexpired token for this collection was issued; undefined for anything else. */
export function formTokenIssuedAt(secret: string, token: string, collectionId: string, now = new Date()): Date | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  const [id, time, given] = parts as [string, string, string];
  const expected = Buffer.from(signature(secret, `${id}.${time}`));
  if (id !== collectionId || given.length !== expected.length || !timingSafeEqual(expected, Buffer.from(given))) return undefined;
  const issuedAt = new Date(parseInt(time, 36));
  const age = now.getTime() - issuedAt.getTime();
  return Number.isFinite(age) && age >= -CLOCK_SKEW_MS && age <= FORM_TOKEN_VALID_MS ? issuedAt : undefined;
}

export interface LateStory {
  secret: string;
  formToken?: string;
  toldAt?: string;
  now?: Date;
}

/**
 * Why a story may not be told now, or undefined when it may: the collection is open, or it has
 * closed since and the story was told in a form opened while it was open, before it closed.
 */
export function refusalToTell(collection: CollectionRow, { secret, formToken, toldAt, now = new Date() }: LateStory): "collectionNotOpenYet" | "collectionClosed" | undefined {
  const state = openState(collection, now);
  if (state === "open") return undefined;
  if (state === "notYetOpen") return "collectionNotOpenYet";
  if (!formToken || !toldAt) return "collectionClosed";
  const issuedAt = formTokenIssuedAt(secret, formToken, collection.id, now);
  const told = new Date(toldAt);
  const openAt = (moment: Date) => openState(collection, moment) === "open";
  const inTime = issuedAt !== undefined && openAt(issuedAt) && openAt(told) && told.getTime() >= issuedAt.getTime() - CLOCK_SKEW_MS;
  return inTime ? undefined : "collectionClosed";
}

/** Throws 409 with the reason of refusalToTell, if there is one. */
export function assertMayTell(collection: CollectionRow, late: LateStory) {
  const refusal = refusalToTell(collection, late);
  if (refusal) throw conflict(refusal);
}
