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
}
