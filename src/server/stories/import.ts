// Story imports (NDJSON, and peers' CSV through core/import): every good entry is kept, every bad
// one is reported with its line or row and reason. Idempotent: each stored entry leaves a key made of
// its content (and which copy of that content in the file it is), so importing a file again stores
// only what is new. A dry run checks everything and stores nothing.
import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { redactStory } from "../../core/privacy/sentence-start.ts";
import { storyInput } from "../../core/story.ts";
import type { Db } from "../../db/client.ts";
import { idempotencyKey, story } from "../../db/schema/index.ts";
import type { CollectionRow } from "../collections/repository.ts";
import { type Lang, message } from "../messages.ts";
import type { Caller } from "../policy.ts";
import { hostileContent } from "../input-hygiene.ts";
import { localiseIssue } from "../zod-messages.ts";
import { labelledReason } from "./field-labels.ts";
import { type StoryContext, storyIssues, storyRow } from "./story-row.ts";
import { storyContext } from "./tell.ts";
import { redactedText } from "../../core/privacy/index.ts";

/** One story to import: its line (NDJSON) or row (CSV), and its value or why it could not be read. */
export interface ImportEntry {
  line: number;
  value?: unknown;
  error?: string;
}

export interface ImportResult {
  /** Good entries: stored now, stored by an earlier import, or (dry run) would be stored. */
  accepted: number;
  imported: number;
  alreadyImported: number;
  /** Ids of the stored stories (not sent to the client: the pattern index reads them). */
  storyIds: string[];
  rejected: { line: number; reason: string }[];
  /** What personal-data removal changes (or, in a dry run, will change) in the good entries. */
  redactions: Redaction[];
  /** Changed texts beyond the first MAX_REPORTED, counted so that none goes unmentioned. */
  redactionsNotListed: number;
}

export interface Redaction {
  line: number;
  /** "title", "text" or "answers.<id>" (a text answer, such as a write-in). */
  field: string;
  /** The words that become placeholders such as [naam]. */
  removed: string[];
}

const BATCH_SIZE = 500;
const MAX_REPORTED = 1000;

export function ndjsonEntries(body: string, lang: Lang): ImportEntry[] {
  return body.split("\n").flatMap((raw, index): ImportEntry[] => {
    const text = raw.trim();
    if (!text) return [];
    try {
      return [{ line: index + 1, value: JSON.parse(text) }];
    } catch (error) {
      // The parser's own words say where in the line; they stay as the parser wrote them.
      return [{ line: index + 1, error: `${message("importNotJson", lang)}: ${(error as Error).message}` }];
    }
  });
}

type Row = typeof story.$inferInsert;
interface Pending { row: Row; key: string }

/** Why an entry cannot be stored, or the row to store. */
function check(entry: ImportEntry, ctx: StoryContext, lang: Lang): { reason: string } | { row: Row; content: string; redactions: Redaction[] } {
  if (entry.error) return { reason: entry.error };
  const hostile = hostileContent(entry.value, lang);
  if (hostile) return { reason: `${hostile.name}: ${hostile.reason}` };
  const checked = storyInput.safeParse(entry.value);
  // Reasons in the reader's language, naming each question by its own words rather than its id.
  const { definition } = ctx.framework;
  if (!checked.success) return { reason: checked.error.issues.map((i) => (i.path.length ? labelledReason(i.path.join("."), localiseIssue(i, lang), definition, lang) : localiseIssue(i, lang))).join("; ") };
  // A peer's form asked other questions than ours: an answer it lacks does not cost the story.
  const issues = storyIssues(checked.data, ctx, lang).filter((i) => i.code !== "required");
  if (issues.length > 0) return { reason: issues.map((i) => labelledReason(i.name, i.reason, definition, lang)).join("; ") };
  const row = storyRow(checked.data, ctx, checked.data.channel ?? "import");
  // The same changes storyRow made: title, text and every text answer, in the story's language.
  const redactions = redactStory(checked.data, row.language ?? undefined).changes.map((c) => ({ line: entry.line, ...c }));
  return { row, content: JSON.stringify(checked.data), redactions };
}

class Importer {
  readonly result: ImportResult = { accepted: 0, imported: 0, alreadyImported: 0, storyIds: [], rejected: [], redactions: [], redactionsNotListed: 0 };
  private rejectedCount = 0;
  private batch: Pending[] = [];
  private copies = new Map<string, number>();

  constructor(private db: Db, private collection: CollectionRow, private dryRun: boolean, private lang: Lang) {}

  reject(line: number, reason: string) {
    this.rejectedCount++;
    // A reason may quote the line (an unknown option, a bad value): it is shown, so it is redacted.
    if (this.result.rejected.length < MAX_REPORTED) this.result.rejected.push({ line, reason: redactedText(reason) });
  }

  noteRedactions(redactions: Redaction[]) {
    const room = Math.max(0, MAX_REPORTED - this.result.redactions.length);
    this.result.redactions.push(...redactions.slice(0, room));
    this.result.redactionsNotListed += Math.max(0, redactions.length - room);
  }

  async accept(row: Row, content: string) {
    const hash = createHash("sha256").update(content).digest("base64url");
    const copy = this.copies.get(hash) ?? 0;
    this.copies.set(hash, copy + 1);
    this.result.accepted++;
    this.batch.push({ row, key: `import:${this.collection.id}:${hash}:${copy}` });
    if (this.batch.length >= BATCH_SIZE) await this.flush();
  }

  async flush() {
    const batch = this.batch;
    this.batch = [];
    if (batch.length === 0) return;
    const known = new Set((await this.db.select({ key: idempotencyKey.key }).from(idempotencyKey).where(and(
      eq(idempotencyKey.organizationId, this.collection.organizationId), inArray(idempotencyKey.key, batch.map((p) => p.key)),
    ))).map((k) => k.key));
    const fresh = batch.filter((p) => !known.has(p.key));
    this.result.alreadyImported += batch.length - fresh.length;
    if (this.dryRun || fresh.length === 0) return;
    await this.db.transaction(async (tx) => {
      await tx.insert(story).values(fresh.map((p) => p.row));
      await tx.insert(idempotencyKey).values(fresh.map((p) => ({ organizationId: this.collection.organizationId, key: p.key, storyId: p.row.id! })));
    });
    this.result.imported += fresh.length;
    for (const p of fresh) this.result.storyIds.push(p.row.id!);
  }

  finish(): ImportResult {
    const unreported = this.rejectedCount - this.result.rejected.length;
    if (unreported > 0) this.result.rejected.push({ line: 0, reason: message("importMoreRejected", this.lang).replace("{count}", String(unreported)) });
    return this.result;
  }
}

export async function importStories(
  db: Db, collection: CollectionRow, entries: Iterable<ImportEntry>, caller: Caller, lang: Lang, options: { dryRun?: boolean } = {},
): Promise<ImportResult> {
  const ctx = { ...(await storyContext(db, collection, caller)), caller: undefined };
  const importer = new Importer(db, collection, options.dryRun ?? false, lang);
  for (const entry of entries) {
    const checked = check(entry, ctx, lang);
    if ("reason" in checked) importer.reject(entry.line, checked.reason);
    else {
      importer.noteRedactions(checked.redactions);
      await importer.accept(checked.row, checked.content);
    }
  }
  await importer.flush();
  return importer.finish();
}
