// One import request: NDJSON lines or a peer's CSV (planned against the collection's framework)
// become stories (stories/import.ts), the pattern index takes them, and other processes hear of it.
// The route reaches the collection first (story:import).
import type { CsvFormat } from "../../core/import/csv.ts";
import { parseMappingOverrides, planCsvImport } from "../../core/import/plan.ts";
import { cellProblemText } from "../../core/import/problems.ts";
import { optionNoteText } from "../../core/import/option-notes.ts";
import type { Db } from "../../db/client.ts";
import type { PatternIndex } from "../../index/pattern-index.ts";
import type { CollectionRow } from "../collections/repository.ts";
import { type EventBus, PROCESS_ID } from "../events/bus.ts";
import type { Logger } from "../logger.ts";
import { type Lang, message } from "../messages.ts";
import type { Caller } from "../policy.ts";
import { badRequest } from "../problem.ts";
import { importStories, ndjsonEntries } from "./import.ts";
import { storyContext } from "./tell.ts";

// Stories read back per query when the index takes an import (bounded by PostgreSQL's parameter limit).
const INDEX_CHUNK = 5000;

export interface ImportRequest {
  body: string;
  csv: boolean;
  dryRun: boolean;
  /** For CSV: the peer's format (recognised from the header when left out) and mapping overrides. */
  format?: CsvFormat;
  mapping?: string;
}

export interface ImportDeps {
  db: Db;
  patterns: PatternIndex;
  events: EventBus;
  logger: Logger;
}

async function csvPlan(db: Db, collection: CollectionRow, request: ImportRequest, lang: Lang) {
  const { definition } = (await storyContext(db, collection)).framework;
  try {
    return planCsvImport(request.body, definition, { format: request.format, overrides: parseMappingOverrides(request.mapping), lang });
  } catch (error) {
    throw badRequest([{ name: "body", reason: `${message("importNotCsv", lang)}: ${(error as Error).message}`, code: "invalidCsv" }]);
  }
}

export async function runImport({ db, patterns, events, logger }: ImportDeps, caller: Caller, collection: CollectionRow, request: ImportRequest, lang: Lang) {
  const { entries, problems, optionNotes, ...csvReport } = request.csv ? await csvPlan(db, collection, request, lang) : { entries: ndjsonEntries(request.body, lang), problems: undefined, optionNotes: undefined };
  const result = await importStories(db, collection, entries, caller, lang, { dryRun: request.dryRun });
  // The stories are stored: an index that fails to follow must not turn that into an error.
  for (let i = 0; i < result.storyIds.length; i += INDEX_CHUNK) {
    await patterns.reload(result.storyIds.slice(i, i + INDEX_CHUNK)).catch((error: Error) => logger.error({ err: error.message }, "pattern index did not take the import"));
  }
  if (result.imported > 0) {
    await events.publish({ type: "stories.imported", organizationId: caller.organizationId, collectionId: collection.id, data: { count: result.imported, origin: PROCESS_ID } });
  }
  const { storyIds: _ids, ...counts } = result;
  const reasons = problems?.map(({ limit: _limit, ...p }) => ({ ...p, reason: cellProblemText(p, lang) }));
  const importOptions = optionNotes?.map((n) => ({ ...n, reason: optionNoteText(n, lang) }));
  return { dryRun: request.dryRun, ...counts, ...csvReport, ...(reasons ? { problems: reasons } : {}), ...(importOptions ? { importOptions } : {}) };
}
