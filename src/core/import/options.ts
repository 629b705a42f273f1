// How a peer's stories file for a framework is read, as the form that made the framework says
// (NarraFirma's story form, its "import" rows). Kept with the framework so that the stories file then
// imports with the default mapping, however its columns are named.
import { z } from "zod";

const column = z.string().trim().min(1).max(200);

export const importFields = ["title", "text", "toldAt", "language", "subjectRef", "promptId"] as const;
export type ImportField = (typeof importFields)[number];

export const importOptions = z.object({
  /** The column a story field is read from, when it is not named as usual ("Story title"). */
  columns: z.partialRecord(z.enum(importFields), column).optional(),
  /** Columns that feed nothing, even where their name matches a question or a field. */
  ignore: z.array(column).max(200).optional(),
  /** Columns added to the story text, each after a text of its own (NarraFirma: " --- "). */
  appendToText: z.array(z.object({ column, before: z.string().max(200).optional() })).max(20).optional(),
  /** A story of fewer words is not imported. */
  minWords: z.number().int().min(1).max(100_000).optional(),
  /** Texts taken out of every header before it is matched ("[Q7] "). */
  removeFromHeaders: z.array(z.string().min(1).max(200)).max(50).optional(),
  /** Between the options of a multiple choice in one cell. */
  delimiter: z.string().min(1).max(10).optional(),
  /** The cell of a "Question: option" column when the option was chosen. */
  yesIndicator: column.optional(),
  /** Between question and option in such a column's header, and what closes the option ("Q [a]"). */
  separator: z.string().min(1).max(20).optional(),
  ending: z.string().min(1).max(20).optional(),
});
export type ImportOptions = z.infer<typeof importOptions>;
