// The stories tellers agreed to share with the sector, as its members read them: the newest, those
// matching words (full-text search in each story's own language, as the organization's own search),
// and the stories most like one (the words and answers blend of core/text/similar.ts).
import { and, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { searchConfigs } from "../../core/language.ts";
import { coreSignifiers } from "../../core/sector/questions.ts";
import { withoutTerms } from "../../core/text/stopwords.ts";
import { rankSimilar, TEXT_AND_ANSWERS } from "../../core/text/similar.ts";
import type { Db } from "../../db/client.ts";
import { sectorReceived } from "../../db/schema/index.ts";
import { stopStems, termsOf, toCounts } from "../knowledge/terms.ts";
import { notFound } from "../problem.ts";
import { coreVersionOf } from "./hub.ts";
import { namesShown, visibleName } from "./view.ts";

interface StoryDocument { organization: string; showName?: boolean; month: string; title: string | null; text: string; language: string; answers: Record<string, unknown>; coreVersion: number }
interface Viewer { sectorId: string; coordinating: boolean }

const SIMILAR_CANDIDATES = 500;
const doc = sectorReceived.document;
/** The text-search configuration of each shared story's own language ('simple' for others). */
const configOf = sql`(case ${sql.join(Object.entries(searchConfigs).map(([language, config]) => sql`when ${doc}->>'language' = ${language} then ${config}`), sql` `)} else 'simple' end)::regconfig`;
const words = sql`to_tsvector(${configOf}, coalesce(${doc}->>'title', '') || ' ' || coalesce(${doc}->>'text', ''))`;
const shared = (sectorId: string, ...more: (SQL | undefined)[]) =>
  and(eq(sectorReceived.sectorId, sectorId), eq(sectorReceived.kind, "story"), isNull(sectorReceived.withdrawnAt), ...more);

async function presenter(db: Db, viewer: Viewer) {
  const names = await namesShown(db, viewer.sectorId);
  return ({ id, contributorId, document }: { id: string; contributorId: string; document: unknown }) => {
    const d = document as StoryDocument;
    return {
      id, organization: visibleName(viewer.coordinating, d, names.get(contributorId)), month: d.month, title: d.title, text: d.text,
      language: d.language, coreVersion: d.coreVersion, answers: d.answers,
    };
  };
}

const columns = { id: sectorReceived.contributionId, contributorId: sectorReceived.contributorId, document: sectorReceived.document };

/** The newest shared stories, or with q those that match its words, best match first. */
export async function sharedStories(db: Db, viewer: Viewer, { q, limit }: { q?: string; limit: number }) {
  const query = q ? sql`websearch_to_tsquery(${configOf}, ${q})` : undefined;
  const rows = await db.select(columns).from(sectorReceived)
    .where(shared(viewer.sectorId, query && sql`${words} @@ ${query}`))
    .orderBy(...(query ? [sql`ts_rank(${words}, ${query}) desc`] : []), desc(sectorReceived.month), desc(sectorReceived.receivedAt)).limit(limit);
  const present = await presenter(db, viewer);
  return rows.map(present);
}

/** Up to ten shared stories most like one of them (words and core answers), with what they share. */
export async function similarSharedStories(db: Db, viewer: Viewer, storyId: string) {
  const withTerms = { ...columns, terms: termsOf(words) };
  const [source] = await db.select(withTerms).from(sectorReceived).where(shared(viewer.sectorId, eq(sectorReceived.contributionId, storyId)));
  if (!source) throw notFound();
  const pool = await db.select(withTerms).from(sectorReceived).where(shared(viewer.sectorId))
    .orderBy(desc(sectorReceived.month), desc(sectorReceived.receivedAt)).limit(SIMILAR_CANDIDATES);
  const stop = await stopStems(db);
  const asDocument = (row: typeof source) => ({
    id: row.id, frameworkId: "core", counts: withoutTerms(toCounts(row.terms), stop), answers: (row.document as StoryDocument).answers,
  });
  const signifiers = coreSignifiers(await coreVersionOf(db, viewer.sectorId));
  const ranked = rankSimilar(asDocument(source), pool.map(asDocument), { signifiers, weights: TEXT_AND_ANSWERS, limit: 10 });
  const present = await presenter(db, viewer);
  const byId = new Map(pool.map((row) => [row.id, row]));
  return ranked.map((r) => ({
    story: present(byId.get(r.id)!), score: r.score, sharedWords: r.sharedTerms,
    closeAnswers: [...new Set(r.notes.map((n) => n.question))],
  }));
}
