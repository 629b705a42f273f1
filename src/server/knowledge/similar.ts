// Similar stories for one story: candidates from SQL (stories sharing the story's distinctive stems,
// ranked by ts_rank, plus the newest of its collection so answers alone can make a story similar),
// then the blend of core/text/similar.ts over them. Only stories the caller may read take part, and of other
// tellers' stories only those with research consent: comparing stories is analysis.
import { and, desc, eq, inArray, ne, or, type SQL, sql } from "drizzle-orm";
import type { Signifier } from "../../core/framework.ts";
import { searchConfigFor } from "../../core/language.ts";
import type { Embedder } from "../../core/text/embeddings.ts";
import { withoutTerms } from "../../core/text/stopwords.ts";
import { distinctiveStems, rankSimilar, type SimilarityDocument, type SimilarStory, TEXT_AND_ANSWERS, WITH_EMBEDDINGS } from "../../core/text/similar.ts";
import type { SignificationNote } from "../../core/text/signification.ts";
import type { Db } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";
import { frameworkDefinitionAt } from "../frameworks/repository.ts";
import type { Lang } from "../messages.ts";
import { reasonWord } from "./messages.ts";
import type { Caller } from "../policy.ts";
import type { StoryRow } from "../stories/columns.ts";
import { visibleTo } from "../stories/queries.ts";
import { commonStemShares, stopStems, surfaceWords, termsOf, toCounts } from "./terms.ts";

/** Stems of the story used to find candidates (see distinctiveStems). */
const QUERY_STEMS = 16;
const TEXT_CANDIDATES = 200;
/** Matches ranked for text candidates, newest first. */
const RANKED_MATCHES = 5000;
const COLLECTION_CANDIDATES = 100;
const EXCERPT_LENGTH = 200;
/** Close answers named in a reason; the response lists them all. */
const NOTES_IN_REASON = 3;

const candidateColumns = {
  id: story.id, frameworkId: story.frameworkId, collectionId: story.collectionId, title: story.title, text: story.text,
  answers: story.answers, toldAt: story.toldAt, terms: termsOf(story.searchVector),
};

type Candidate = { id: string; frameworkId: string; collectionId: string; title: string | null; text: string; answers: unknown; toldAt: Date; terms: unknown };

export interface SimilarItem {
  id: string;
  collectionId: string;
  title: string | null;
  excerpt: string;
  toldAt: string;
  score: number;
  parts: { text: number; signification: number | null; embedding: number | null };
  sharedWords: string[];
  signification: SignificationNote[];
  reason: string;
}

const researchOrOwn = (caller: Caller) => or(eq(story.consentResearch, true), eq(story.tellerUserId, caller.userId));

/** A tsquery matching any of the stems, quoted so that no stem is read as an operator. */
function anyOf(stems: string[]): string {
  return stems.map((s) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`).join(" | ");
}

async function candidates(db: Db, caller: Caller, source: StoryRow, stems: string[]): Promise<Candidate[]> {
  const base: (SQL | undefined)[] = [visibleTo(caller), researchOrOwn(caller), ne(story.id, source.id)];
  const query = anyOf(stems);
  // Matched on search_all, which the search index covers; ranked by the story's own words. Only the
  // newest RANKED_MATCHES matches are ranked: when even the most distinctive words are common,
  // ranking every match would read most of the table (1.5 s at 1M stories in bench/search.ts).
  const matching = and(...base, sql`${story.searchAll} @@ ${query}::tsquery`);
  const recentMatches = db.select({ id: story.id }).from(story).where(matching).orderBy(desc(story.toldAt), desc(story.id)).limit(RANKED_MATCHES);
  const byText = stems.length
    ? await db.select(candidateColumns).from(story).where(inArray(story.id, recentMatches))
      .orderBy(sql`ts_rank(${story.searchVector}, ${query}::tsquery) desc`, story.id).limit(TEXT_CANDIDATES)
    : [];
  const byCollection = await db.select(candidateColumns).from(story).where(and(...base, eq(story.collectionId, source.collectionId)))
    .orderBy(desc(story.toldAt), desc(story.id)).limit(COLLECTION_CANDIDATES);
  const unique = new Map<string, Candidate>();
  for (const c of [...byText, ...byCollection]) unique.set(c.id, c as Candidate);
  return [...unique.values()];
}

const searchable = (row: { title: string | null; text: string }) => (row.title ? `${row.title}\n${row.text}` : row.text);

async function withEmbeddings(embedder: Embedder | undefined, docs: (SimilarityDocument & { content: string })[]): Promise<SimilarityDocument[]> {
  if (!embedder) return docs;
  const vectors = await embedder.embed(docs.map((d) => d.content));
  return docs.map((d, i) => ({ ...d, embedding: vectors[i] }));
}

function reasonOf(result: SimilarStory, words: string[], lang: Lang): string {
  const parts: string[] = [];
  if (words.length) parts.push(`${reasonWord("similarSharedWords", lang)}: ${words.join(", ")}`);
  for (const note of result.notes.slice(0, NOTES_IN_REASON)) {
    parts.push(note.kind === "sameChoice"
      ? `${reasonWord("similarSameChoice", lang)}: ${note.options.join(", ")}`
      : `${reasonWord(note.kind === "triadClose" ? "similarTriadClose" : note.kind === "stonesClose" ? "similarStonesClose" : "similarValueClose", lang)} (${note.question})`);
  }
  if (result.embedding !== null && result.embedding >= 0.8) parts.push(reasonWord("similarMeaningClose", lang));
  return parts.join("; ");
}

export async function similarStories(
  deps: { db: Db; embedder?: Embedder }, caller: Caller, source: StoryRow, lang: Lang, limit = 10,
): Promise<SimilarItem[]> {
  const { db } = deps;
  const [sourceTerms] = await db.select({ terms: termsOf(story.searchVector) }).from(story).where(eq(story.id, source.id));
  const stop = await stopStems(db);
  const countsOf = (terms: unknown) => withoutTerms(toCounts(terms), stop);
  const sourceCounts = countsOf(sourceTerms?.terms ?? []);
  const stems = distinctiveStems(sourceCounts, await commonStemShares(db), QUERY_STEMS);
  const pool = await candidates(db, caller, source, stems);
  const definition = await frameworkDefinitionAt(db, caller.organizationId, source.frameworkId, source.frameworkVersion);
  const docs = await withEmbeddings(deps.embedder, [
    { id: source.id, frameworkId: source.frameworkId, counts: sourceCounts, answers: source.answers as Record<string, unknown>, content: searchable(source) },
    ...pool.map((c) => ({ id: c.id, frameworkId: c.frameworkId, counts: countsOf(c.terms), answers: (c.answers ?? {}) as Record<string, unknown>, content: searchable(c) })),
  ]);
  const ranked = rankSimilar(docs[0]!, docs.slice(1), {
    signifiers: definition.signifiers as Signifier[], weights: deps.embedder ? WITH_EMBEDDINGS : TEXT_AND_ANSWERS, limit,
  });
  const words = await surfaceWords(db, searchable(source), searchConfigFor(source.language));
  const byId = new Map(pool.map((c) => [c.id, c]));
  return ranked.map((r) => {
    const c = byId.get(r.id)!;
    const sharedWords = r.sharedTerms.map((stem) => words.get(stem) ?? stem);
    return {
      id: c.id, collectionId: c.collectionId, title: c.title, excerpt: c.text.length > EXCERPT_LENGTH ? `${c.text.slice(0, EXCERPT_LENGTH)}…` : c.text,
      toldAt: c.toldAt.toISOString(), score: r.score, parts: { text: r.text, signification: r.signification, embedding: r.embedding },
      sharedWords, signification: r.notes, reason: reasonOf(r, sharedWords, lang),
    };
  });
}
