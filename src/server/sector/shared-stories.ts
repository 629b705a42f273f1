// The stories tellers agreed to share with the sector, as its members read them: the newest, those
// matching words (full-text search in each story's own language, as the organization's own search),
// and the stories most like one (the words and answers blend of core/text/similar.ts). A sector
// holds a million stories: search finds matches through the GIN index on their stored search vector
// and ranks the newest RANK_WINDOW of them; a common word would otherwise rank half the sector. A
// phrase is found by its pairs of neighbouring words, month by month from the newest (windowMonths).
import { and, count, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { coreSignifiers } from "../../core/sector/questions.ts";
import { withoutTerms } from "../../core/text/stopwords.ts";
import { rankSimilar, TEXT_AND_ANSWERS } from "../../core/text/similar.ts";
import { type Db, queryRows } from "../../db/client.ts";
import { monthKey, pairsAndMonth, sectorReceived } from "../../db/schema/index.ts";
import { stopStems, termsOf, toCounts } from "../knowledge/terms.ts";
import { notFound } from "../problem.ts";
import { type FullTextQuery, fullTextQuery } from "../stories/queries.ts";
import { coreVersionOf } from "./hub.ts";
import type { HubSector } from "./releases.ts";
import { namesShown, visibleName } from "./view.ts";

interface StoryDocument { organization: string; showName?: boolean; month: string; title: string | null; text: string; language: string; answers: Record<string, unknown>; coreVersion: number }
interface Viewer extends HubSector { coordinating: boolean }

const SIMILAR_CANDIDATES = 500;
/** Search ranks at most this many matches, the newest: every match where there are no more. */
export const RANK_WINDOW = 1000;
const shared = (viewer: Viewer, ...more: (SQL | undefined)[]) =>
  and(eq(sectorReceived.organizationId, viewer.organizationId), eq(sectorReceived.sectorId, viewer.id), eq(sectorReceived.kind, "story"), isNull(sectorReceived.withdrawnAt), ...more);
const newestFirst = [desc(sectorReceived.month), desc(sectorReceived.receivedAt)];

/** Presents shared stories among `rows`: the names looked up are only those of their contributors. */
async function presenter(db: Db, viewer: Viewer, rows: { contributorId: string }[]) {
  const names = await namesShown(db, viewer, [...new Set(rows.map((r) => r.contributorId))]);
  return ({ id, contributorId, document }: { id: string; contributorId: string; document: unknown }) => {
    const d = document as StoryDocument;
    return {
      id, organization: visibleName(viewer.coordinating, d, names.get(contributorId)), month: d.month, title: d.title, text: d.text,
      language: d.language, coreVersion: d.coreVersion, answers: d.answers,
    };
  };
}

const columns = { id: sectorReceived.contributionId, contributorId: sectorReceived.contributorId, document: sectorReceived.document };

/** The newest matches of q, best first (by rank, then newest). */
async function bestMatches(db: Db, viewer: Viewer, q: string, limit: number) {
  const text = await fullTextQuery(db, q, { language: sectorReceived.language, vector: sectorReceived.searchVector, pairs: storyPairs });
  if (!text.byPairs) return ranked(db, viewer, text.match, text.query, limit);
  // One snapshot, so that the months counted are the months ranked.
  return db.transaction(async (tx) => {
    const months = await windowMonths(tx, viewer, text, await monthsNewestFirst(tx, viewer));
    return ranked(tx, viewer, months ? text.matchAlso(inMonths(months)) : text.match, text.query, limit);
  }, { isolationLevel: "repeatable read", accessMode: "read only" });
}

/** The newest RANK_WINDOW matches, best first. */
function ranked(db: Db, viewer: Viewer, match: SQL, query: SQL, limit: number) {
  // Ranked inside the window: PostgreSQL works out the rank only for the rows the limit lets through.
  const window = db.select({ ...columns, rank: sql<number>`ts_rank(${sectorReceived.searchVector}, ${query})`.as("rank"), month: sectorReceived.month, receivedAt: sectorReceived.receivedAt })
    .from(sectorReceived).where(shared(viewer, match)).orderBy(...newestFirst).limit(RANK_WINDOW).as("window");
  return db.select({ id: window.id, contributorId: window.contributorId, document: window.document }).from(window)
    .orderBy(desc(window.rank), desc(window.month), desc(window.receivedAt)).limit(limit);
}

const storyPairs = pairsAndMonth(sectorReceived.searchPairs, sectorReceived.month);
const inMonths = (months: string[]) => sql`${storyPairs} && array[${sql.join(months.map((m) => sql`${monthKey(m)}`), sql`, `)}]::text[]`;

/** The months of the shared stories, newest first: a step through the newest-first index per month. */
async function monthsNewestFirst(db: Db, viewer: Viewer): Promise<string[]> {
  const newest = (before?: SQL) => sql`(select ${sectorReceived.month} from ${sectorReceived} where ${shared(viewer, before)} order by ${sectorReceived.month} desc limit 1)`;
  const rows = await queryRows<{ month: string }>(db, sql`with recursive months(month) as (
      ${newest()} union all select ${newest(sql`${sectorReceived.month} < months.month`)} from months where months.month is not null)
    select month from months where month is not null order by month desc`);
  return rows.map((r) => r.month);
}

/**
 * The newest months that hold the newest RANK_WINDOW matches of a phrase, or undefined where that
 * is every month. Its pairs and the months' keys find those months' matches in one scan of the pairs
 * index, so the matches are counted (up to what the window still lacks) a few months at a time from
 * the newest: two first (the newest may have just begun), then as many as those suggest, all the
 * rest where they held none. Months that would reach the oldest are not counted: they are every
 * month. A phrase held by one story in a hundred reads about the window's stories twice instead of
 * every story holding it; a rare one costs one count in its two newest months more.
 */
async function windowMonths(db: Db, viewer: Viewer, text: FullTextQuery, months: string[]): Promise<string[] | undefined> {
  let counted = 0;
  for (let from = 0, size = 2; from + size < months.length;) {
    const found = db.select({ found: sql`1` }).from(sectorReceived).where(shared(viewer, text.matchAlso(inMonths(months.slice(from, from + size)))))
      .limit(RANK_WINDOW - counted).as("found");
    const [row] = await db.select({ n: count() }).from(found);
    counted += row!.n;
    from += size;
    if (counted >= RANK_WINDOW) return months.slice(0, from);
    size = counted === 0 ? months.length : Math.ceil(((RANK_WINDOW - counted) * from) / counted);
  }
  return undefined;
}

/** The newest shared stories, or with q the best matches among the newest RANK_WINDOW that match its words. */
export async function sharedStories(db: Db, viewer: Viewer, { q, limit }: { q?: string; limit: number }) {
  const rows = q ? await bestMatches(db, viewer, q, limit) : await db.select(columns).from(sectorReceived).where(shared(viewer)).orderBy(...newestFirst).limit(limit);
  const present = await presenter(db, viewer, rows);
  return rows.map(present);
}

/** Up to ten shared stories most like one of them (words and core answers), with what they share. */
export async function similarSharedStories(db: Db, viewer: Viewer, storyId: string) {
  const withTerms = { ...columns, terms: termsOf(sectorReceived.searchVector) };
  const [source] = await db.select(withTerms).from(sectorReceived).where(shared(viewer, eq(sectorReceived.contributionId, storyId)));
  if (!source) throw notFound();
  const pool = await db.select(withTerms).from(sectorReceived).where(shared(viewer)).orderBy(...newestFirst).limit(SIMILAR_CANDIDATES);
  const stop = await stopStems(db);
  const asDocument = (row: typeof source) => ({
    id: row.id, frameworkId: "core", counts: withoutTerms(toCounts(row.terms), stop), answers: (row.document as StoryDocument).answers,
  });
  const signifiers = coreSignifiers(await coreVersionOf(db, viewer.id));
  const ranked = rankSimilar(asDocument(source), pool.map(asDocument), { signifiers, weights: TEXT_AND_ANSWERS, limit: 10 });
  const byId = new Map(pool.map((row) => [row.id, row]));
  const shown = ranked.map((r) => byId.get(r.id)!);
  const present = await presenter(db, viewer, shown);
  return ranked.map((r, i) => ({
    story: present(shown[i]!), score: r.score, sharedWords: r.sharedTerms,
    closeAnswers: [...new Set(r.notes.map((n) => n.question))],
  }));
}
