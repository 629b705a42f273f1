// Importing stories (NDJSON, or CSV from NarraFirma or SenseMaker): what to ask for and the report.
import { z } from "@hono/zod-openapi";
import { csvFormats } from "../core/import/csv.ts";
import { cellProblemCodes } from "../core/import/problems.ts";
import { optionNoteCodes } from "../core/import/option-notes.ts";

export const ImportQuery = z.object({
  dryRun: z.enum(["true", "false"]).default("false").openapi({ description: "true: check and report, store nothing" }),
  format: z.enum(csvFormats).optional().openapi({ description: "For text/csv: narrafirma (NarraFirma's story-collection export, or the stories file of its import layout; \";\" comment rows skipped), sensemaker (one row per story; triads as three percentage columns, dyads 0–100) or kobo (KoboToolbox's CSV data export with XML values and headers: group/question columns, select_multiple as space-separated names and/or question/option columns). Recognised from the header when left out." }),
  mapping: z.string().max(8000).regex(/^\d+:[A-Za-z0-9_.-]*(,\d+:[A-Za-z0-9_.-]*)*$/).optional()
    .openapi({ description: "For text/csv: overrides of the suggested mapping as column:target pairs, e.g. 0:text,3:answers.regie,5: (empty: leave the column out)" }),
});

export const ColumnReport = z.object({
  index: z.number().int(), header: z.string(), target: z.string().nullable(),
  status: z.enum(["mapped", "ignored", "unknownTarget", "duplicateTarget"]),
});

export const ImportResult = z.object({
  dryRun: z.boolean(),
  accepted: z.number().int().openapi({ description: "Good lines or rows: stored now, stored by an earlier import, or (dry run) to be stored" }),
  imported: z.number().int().openapi({ description: "Stories stored by this request" }),
  alreadyImported: z.number().int().openapi({ description: "Good lines an earlier import stored already (an import can be repeated safely)" }),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })).openapi({ description: "Bad lines (NDJSON) or rows (CSV, the header is row 1)" }),
  format: z.string().optional(),
  rows: z.number().int().optional().openapi({ description: "CSV: data rows read" }),
  columns: z.array(ColumnReport).optional().openapi({ description: "CSV: each column, its target and whether it maps" }),
  unmappedSignifiers: z.array(z.string()).optional().openapi({ description: "CSV: signifiers no column feeds" }),
  targets: z.array(z.object({ target: z.string(), label: z.string() })).optional().openapi({ description: "CSV: every target a column can have" }),
  keptWhole: z.number().int().optional().openapi({ description: "CSV: rows every mapped cell of which could be read" }),
  problems: z.array(z.object({
    row: z.number().int(), column: z.number().int(), header: z.string(), question: z.string(), value: z.string(), code: z.enum(cellProblemCodes),
    reason: z.string().openapi({ description: "Row, column, question and why, in the caller's language" }),
  })).optional().openapi({ description: "CSV: answers left out because their cell could not be read; their stories are kept" }),
  troubleColumns: z.array(z.object({ column: z.number().int(), header: z.string(), question: z.string(), count: z.number().int() }))
    .optional().openapi({ description: "CSV: columns by how many of their cells could not be read, most first" }),
  importOptions: z.array(z.object({
    code: z.enum(optionNoteCodes), header: z.string(), question: z.string(), detail: z.string(),
    reason: z.string().openapi({ description: "The column, the question by its label and what was done, in the caller's language" }),
  })).optional().openapi({ description: "CSV: what the import options of the form the framework was made from (NarraFirma's import rows) did to this file" }),
  redactions: z.array(z.object({
    line: z.number().int(),
    field: z.string().openapi({ description: "title, text, or answers.<id> for a text answer (a write-in, say)" }),
    removed: z.array(z.string()),
  })).openapi({ description: "What personal-data removal changes (dry run: will change) in which stories: the words that become placeholders" }),
  redactionsNotListed: z.number().int().openapi({ description: "Changed texts beyond those listed in redactions (the list stops at 1000)" }),
}).openapi("StoryImportResult");

export type ColumnReport = z.infer<typeof ColumnReport>;
export type ImportResult = z.infer<typeof ImportResult>;
