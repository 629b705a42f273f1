// Booklets in the database: the booklet, its stories in order, and the check that each story may be
// quoted. Story text is stored redacted already; it is redacted again on the way out, so a booklet
// can never show more than the privacy detectors of today allow.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { type TellerRole, tellerRole } from "../../core/booklet/teller.ts";
import { redact } from "../../core/privacy/index.ts";
import type { Db } from "../../db/client.ts";
import { booklet, bookletStory, organization, story } from "../../db/schema/index.ts";
import type { Lang } from "../messages.ts";
import { message } from "../messages.ts";
import { badRequest, type InvalidParam, notFound } from "../problem.ts";

export type BookletRow = typeof booklet.$inferSelect;

export interface BookletStoryView {
  id: string;
  title: string | null;
  text: string;
  toldAt: string;
  tellerRole: TellerRole;
}

/** A story as the printed booklet needs it: with its answers and the framework version to read them by. */
export interface PrintableStory extends BookletStoryView {
  answers: Record<string, unknown>;
  frameworkId: string;
  frameworkVersion: number;
}

export async function findBooklet(db: Db, organizationId: string, id: string): Promise<BookletRow> {
  const [row] = await db.select().from(booklet).where(and(eq(booklet.organizationId, organizationId), eq(booklet.id, id)));
  if (!row) throw notFound();
  return row;
}

export async function findPublishedBooklet(db: Db, slug: string): Promise<BookletRow> {
  const [row] = await db.select().from(booklet).where(and(eq(booklet.slug, slug), eq(booklet.published, true)));
  if (!row) throw notFound();
  return row;
}

export const listBooklets = (db: Db, organizationId: string) =>
  db.select().from(booklet).where(eq(booklet.organizationId, organizationId)).orderBy(desc(booklet.createdAt));

/** The booklet's stories in their order, redacted, with their answers; only those that still have quoting consent. */
export async function printableStories(db: Db, row: BookletRow): Promise<PrintableStory[]> {
  const rows = await db.select({
    id: story.id, title: story.title, text: story.text, toldAt: story.toldAt, channel: story.channel, tellerUserId: story.tellerUserId,
    answers: story.answers, frameworkId: story.frameworkId, frameworkVersion: story.frameworkVersion,
  })
    .from(bookletStory).innerJoin(story, eq(story.id, bookletStory.storyId))
    .where(and(eq(bookletStory.organizationId, row.organizationId), eq(bookletStory.bookletId, row.id), eq(story.consentQuoting, true)))
    .orderBy(asc(bookletStory.position));
  return rows.map((r) => ({
    id: r.id, title: r.title === null ? null : redact(r.title).text, text: redact(r.text).text, toldAt: r.toldAt.toISOString(),
    tellerRole: tellerRole(r), answers: (r.answers ?? {}) as Record<string, unknown>, frameworkId: r.frameworkId, frameworkVersion: r.frameworkVersion,
  }));
}

/** The booklet's stories as the editor and the story wall show them (no answers). */
export async function bookletStories(db: Db, row: BookletRow): Promise<BookletStoryView[]> {
  return (await printableStories(db, row)).map(({ id, title, text, toldAt, tellerRole }) => ({ id, title, text, toldAt, tellerRole }));
}

/** Every story id must be the organization's, once, with the teller's consent to quote it. */
export async function checkStories(db: Db, organizationId: string, storyIds: string[], lang: Lang): Promise<void> {
  const found = storyIds.length === 0 ? [] : await db.select({ id: story.id, quoting: story.consentQuoting }).from(story)
    .where(and(eq(story.organizationId, organizationId), inArray(story.id, storyIds)));
  const quoting = new Map(found.map((s) => [s.id, s.quoting]));
  const issues: InvalidParam[] = [];
  storyIds.forEach((id, i) => {
    const code = !quoting.has(id) ? "unknownStory" : !quoting.get(id) ? "noQuotingConsent" : storyIds.indexOf(id) !== i ? "duplicateStory" : undefined;
    if (code) issues.push({ name: `storyIds.${i}`, reason: message(code, lang), code });
  });
  if (issues.length > 0) throw badRequest(issues);
}

/** Replaces the booklet's stories with these, in this order. */
export async function setBookletStories(tx: Pick<Db, "insert" | "delete">, row: Pick<BookletRow, "id" | "organizationId">, storyIds: string[]) {
  await tx.delete(bookletStory).where(and(eq(bookletStory.organizationId, row.organizationId), eq(bookletStory.bookletId, row.id)));
  if (storyIds.length === 0) return;
  await tx.insert(bookletStory).values(storyIds.map((storyId, position) => ({ organizationId: row.organizationId, bookletId: row.id, storyId, position })));
}

export async function organizationName(db: Db, row: Pick<BookletRow, "organizationId">): Promise<string> {
  const [org] = await db.select({ name: organization.name }).from(organization).where(eq(organization.id, row.organizationId));
  return org?.name ?? "";
}
