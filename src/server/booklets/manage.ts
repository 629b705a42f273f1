// Curating booklets: making one, changing its texts, stories and publication, removing it. The
// routes check the policy first (booklet:manage; access.ts reaches the booklet to change).
import { and, eq } from "drizzle-orm";
import { redactedText } from "../../core/privacy/index.ts";
import type { Db } from "../../db/client.ts";
import { booklet } from "../../db/schema/index.ts";
import { newSlug } from "../collections/repository.ts";
import type { Lang } from "../messages.ts";
import type { Caller } from "../policy.ts";
import { type BookletRow, checkStories, setBookletStories } from "./repository.ts";

export interface BookletInput {
  title: string;
  introduction: string;
  /** In their order; each needs the teller's consent to quote. */
  storyIds: string[];
  published: boolean;
}

// Title and introduction are stored redacted, and redacted again on the way out (as story texts
// are), so a booklet saved before the detectors knew a form still shows none of it.
export const bookletTexts = (row: { title: string; introduction: string }) => ({ title: redactedText(row.title), introduction: redactedText(row.introduction) });

export async function createBooklet(db: Db, caller: Caller, input: BookletInput, lang: Lang): Promise<BookletRow> {
  await checkStories(db, caller.organizationId, input.storyIds, lang);
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(booklet).values({
      organizationId: caller.organizationId, ...bookletTexts(input), published: input.published, slug: newSlug(), createdBy: caller.userId,
    }).returning();
    await setBookletStories(tx, created!, input.storyIds);
    return created!;
  });
}

export async function changeBooklet(db: Db, caller: Caller, existing: BookletRow, input: BookletInput, lang: Lang): Promise<BookletRow> {
  await checkStories(db, caller.organizationId, input.storyIds, lang);
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(booklet).set({ ...bookletTexts(input), published: input.published, updatedAt: new Date() })
      .where(and(eq(booklet.organizationId, caller.organizationId), eq(booklet.id, existing.id))).returning();
    await setBookletStories(tx, updated!, input.storyIds);
    return updated!;
  });
}

export async function removeBooklet(db: Db, caller: Caller, existing: BookletRow) {
  await db.delete(booklet).where(and(eq(booklet.organizationId, caller.organizationId), eq(booklet.id, existing.id)));
}
