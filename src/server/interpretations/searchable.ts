// Search finds stories by what colleagues wrote about them too. The words of every interpretation of
// a story (note, tags, annotation comments) are kept as one vector on the story, in the story's own
// text-search configuration, so that one query and one index answer both.
import { and, eq, sql } from "drizzle-orm";
import { searchConfigFor } from "../../core/language.ts";
import type { Db } from "../../db/client.ts";
import { interpretation, story } from "../../db/schema/index.ts";

interface Annotation {
  comment?: string;
}

/** Rebuilds the story's interpretation vector from all its interpretations. */
export async function refreshInterpretationVector(tx: Pick<Db, "select" | "update">, organizationId: string, storyId: string, language: string) {
  const rows = await tx.select({ note: interpretation.note, tags: interpretation.tags, annotations: interpretation.annotations }).from(interpretation)
    .where(and(eq(interpretation.organizationId, organizationId), eq(interpretation.storyId, storyId)));
  const words = rows.flatMap((r) => [r.note ?? "", ...(r.tags as string[]), ...(r.annotations as Annotation[]).map((a) => a.comment ?? "")]);
  await tx.update(story)
    .set({ interpretationVector: sql`to_tsvector(${searchConfigFor(language)}::regconfig, ${words.join("\n")})` as unknown as string })
    .where(and(eq(story.organizationId, organizationId), eq(story.id, storyId)));
}
