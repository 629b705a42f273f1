// Telling one story: checks, then the batch writer stores it with its idempotency key.
import { and, eq } from "drizzle-orm";
import type { StoryInput } from "../../core/story.ts";
import type { Db } from "../../db/client.ts";
import { framework } from "../../db/schema/index.ts";
import { TtlCache } from "../ttl-cache.ts";
import type { StoryBatchWriter } from "./batch-writer.ts";
import type { StoryRow } from "./columns.ts";
import { idempotencyRecord, storedUnder } from "./idempotency.ts";
import { assertOpen, type CollectionRow } from "../collections/repository.ts";
import { frameworkDefinitionAt } from "../frameworks/repository.ts";
import type { Lang } from "../messages.ts";
import type { Caller } from "../policy.ts";
import { badRequest } from "../problem.ts";
import { pseudonymKeyOf } from "./organization-keys.ts";
import { type StoryContext, storyIssues, storyRow } from "./story-row.ts";


// Telling a story reads the framework's current version; a new version is picked up within a second.
const currentVersions = new TtlCache<number>(1000);

async function currentVersion(db: Db, collection: CollectionRow): Promise<number> {
  return currentVersions.get(collection.frameworkId, async () => {
    const [fw] = await db.select({ version: framework.currentVersion }).from(framework)
      .where(and(eq(framework.organizationId, collection.organizationId), eq(framework.id, collection.frameworkId)));
    return fw!.version;
  });
}

/** Forgets the cached current version after this process saved a new one. */
export const forgetFrameworkVersion = (frameworkId: string) => currentVersions.delete(frameworkId);

export async function storyContext(db: Db, collection: CollectionRow, caller?: Caller): Promise<StoryContext> {
  const version = await currentVersion(db, collection);
  const definition = await frameworkDefinitionAt(db, collection.organizationId, collection.frameworkId, version);
  const pseudonymKey = await pseudonymKeyOf(db, collection.organizationId);
  return { collection, framework: { version, definition }, pseudonymKey, caller };
}

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === "23505" || (error as { cause?: { code?: string } })?.cause?.code === "23505";

export interface StoryStore {
  db: Db;
  writer: StoryBatchWriter;
}

export interface TellRequest {
  collection: CollectionRow;
  input: StoryInput;
  channel: string;
  caller?: Caller;
  idempotencyKey?: string;
  lang: Lang;
  /** The client's pseudonym from a personal round invitation (rounds/invited-telling.ts), so the teller types no reference. */
  subjectPseudonym?: string;
  /** Throws unless stories may be told in the collection now; by default: only while it is open. */
  assertMayTell?: (collection: CollectionRow) => void;
}

/** Returns the stored story and whether it was stored earlier under the same Idempotency-Key. */
export async function tellStory({ db, writer }: StoryStore, request: TellRequest): Promise<{ story: StoryRow; replay: boolean }> {
  const { collection, input, channel, caller } = request;
  const key = request.idempotencyKey === undefined ? undefined
    : idempotencyRecord(request.idempotencyKey, { collectionId: collection.id, userId: caller?.userId }, { input, channel });
  if (key) {
    const earlier = await storedUnder(db, collection.organizationId, key);
    if (earlier) return { story: earlier, replay: true };
  }
  (request.assertMayTell ?? assertOpen)(collection);
  const ctx = await storyContext(db, collection, request.caller);
  const issues = storyIssues(request.input, ctx, request.lang);
  if (issues.length > 0) throw badRequest(issues);
  const row = storyRow(request.input, ctx, request.channel);
  if (request.subjectPseudonym) row.subjectPseudonym = request.subjectPseudonym;
  try {
    return { story: await writer.write(row, key), replay: false };
  } catch (error) {
    // Two retries raced: the other one stored the story first.
    const earlier = key && isUniqueViolation(error) ? await storedUnder(db, collection.organizationId, key) : undefined;
    if (earlier) return { story: earlier, replay: true };
    throw error;
  }
}
