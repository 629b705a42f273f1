// Stories shared with a sector, gathered into a member organization's booklet. The booklet keeps a
// reference to the hub's copy, so it shows only what the sector view shows (the redacted title and
// text, the month) and drops a story once its teller withdraws it or the organization leaves the
// sector. The teller agreed to sharing within the sector: such stories stay out of the public story
// wall and the PDF, which can reach anyone.
import { and, asc, eq, isNull, max } from "drizzle-orm";
import { redact } from "../../core/privacy/index.ts";
import type { BookletSharedStory } from "../../contract/booklets.ts";
import type { Db } from "../../db/client.ts";
import { bookletSharedStory, sector, sectorMember, sectorReceived } from "../../db/schema/index.ts";
import { notFound } from "../problem.ts";
import type { HubSector } from "../sector/releases.ts";
import type { BookletRow } from "./repository.ts";

interface StoryDocument { month: string; title: string | null; text: string; language: string }

const sharedStory = (hub: HubSector, contributionId: string) => and(
  eq(sectorReceived.organizationId, hub.organizationId), eq(sectorReceived.sectorId, hub.id), eq(sectorReceived.contributionId, contributionId),
  eq(sectorReceived.kind, "story"), isNull(sectorReceived.withdrawnAt),
);

/** The booklet's shared stories in their order, from sectors its organization is still a member of. */
export async function bookletSharedStories(db: Db, row: Pick<BookletRow, "id" | "organizationId">): Promise<BookletSharedStory[]> {
  const rows = await db.select({ id: bookletSharedStory.contributionId, sectorId: sector.id, sectorName: sector.name, document: sectorReceived.document })
    .from(bookletSharedStory)
    .innerJoin(sector, eq(sector.id, bookletSharedStory.sectorId))
    .innerJoin(sectorMember, and(eq(sectorMember.sectorId, sector.id), eq(sectorMember.organizationId, bookletSharedStory.organizationId)))
    .innerJoin(sectorReceived, and(
      eq(sectorReceived.organizationId, sector.organizationId), eq(sectorReceived.sectorId, sector.id), eq(sectorReceived.contributionId, bookletSharedStory.contributionId),
      eq(sectorReceived.kind, "story"), isNull(sectorReceived.withdrawnAt),
    ))
    .where(and(eq(bookletSharedStory.organizationId, row.organizationId), eq(bookletSharedStory.bookletId, row.id)))
    .orderBy(asc(bookletSharedStory.position));
  return rows.map(({ id, sectorId, sectorName, document }) => {
    const d = document as StoryDocument;
    return { id, sectorId, sectorName, month: d.month, title: d.title === null ? null : redact(d.title).text, text: redact(d.text).text, language: d.language };
  });
}

/** Puts a story the sector holds at the booklet's end; a story already in it stays where it is. */
export async function addSharedStory(db: Db, row: BookletRow, hub: HubSector, storyId: string): Promise<void> {
  const [found] = await db.select({ id: sectorReceived.contributionId }).from(sectorReceived).where(sharedStory(hub, storyId));
  if (!found) throw notFound();
  const mine = and(eq(bookletSharedStory.organizationId, row.organizationId), eq(bookletSharedStory.bookletId, row.id));
  const [last] = await db.select({ position: max(bookletSharedStory.position) }).from(bookletSharedStory).where(mine);
  await db.insert(bookletSharedStory)
    .values({ organizationId: row.organizationId, bookletId: row.id, sectorId: hub.id, contributionId: storyId, position: (last?.position ?? -1) + 1 })
    .onConflictDoNothing();
}

/** Takes a shared story out of the booklet, also after its teller withdrew it or the organization left the sector. */
export async function removeSharedStory(db: Db, row: BookletRow, storyId: string): Promise<void> {
  await db.delete(bookletSharedStory).where(and(
    eq(bookletSharedStory.organizationId, row.organizationId), eq(bookletSharedStory.bookletId, row.id), eq(bookletSharedStory.contributionId, storyId),
  ));
}
