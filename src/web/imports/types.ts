// The import report the API answers with (src/server/routes/story-imports.ts).
export interface ImportColumn {
  index: number;
  header: string;
  target: string | null;
  status: "mapped" | "ignored" | "unknownTarget" | "duplicateTarget";
}

export interface ImportReport {
  dryRun: boolean;
  accepted: number;
  imported: number;
  alreadyImported: number;
  rejected: { line: number; reason: string }[];
  rows: number;
  columns: ImportColumn[];
  unmappedSignifiers: string[];
  targets: { target: string; label: string }[];
  keptWhole: number;
  /** Answers left out; reason is in the reader's language. */
  problems: { row: number; header: string; reason: string }[];
  troubleColumns: { header: string; question: string; count: number }[];
  redactions: { line: number; field: "title" | "text"; removed: string[] }[];
}
