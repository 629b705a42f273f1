// What the export reads: a story as stored, and a column over it. Its own module, so that the
// machine-readable columns (columns.ts) and the readable ones (readable.ts) both use it without
// importing each other.
export interface Column {
  name: string;
  description: string;
  /** Reads the cell from a story's answers. */
  read(answers: Record<string, unknown>): string | number | null;
}

export interface StoryRecord {
  id: string;
  collectionId: string;
  frameworkVersion: number;
  title: string | null;
  text: string;
  language: string;
  promptId: string | null;
  channel: string;
  subjectPseudonym: string | null;
  teamId: string | null;
  consentQuoting: boolean;
  toldAt: Date;
  createdAt: Date;
  answers: Record<string, unknown>;
}
