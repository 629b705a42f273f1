// The redaction preview: before a story is sent, the teller sees which personal data the server will
// hide (POST /redaction-previews stores nothing). The server redacts anyway; this is so the teller
// knows, and can still change the story.
import type { RedactionPreview } from "../../contract/privacy.ts";
import { api } from "../toolkit/api.ts";
import type { Draft } from "./draft.ts";

/** What the server would hide; offsets into the text that was sent. */
export type Finding = RedactionPreview["findings"][number];

/** One free text of the story (title, story, a text answer) and what the server would hide in it. */
export interface ReviewedPiece {
  /** The signifier id for a text answer, else "title" or "text". */
  name: string;
  original: string;
  findings: Finding[];
}

export type Segment = { text: string; hidden: boolean };

/** The text as colleagues will read it, cut into plain parts and placeholders (to highlight). */
export function redactedSegments(original: string, findings: readonly Finding[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    if (f.start > at) segments.push({ text: original.slice(at, f.start), hidden: false });
    segments.push({ text: f.placeholder, hidden: true });
    at = f.end;
  }
  if (at < original.length) segments.push({ text: original.slice(at), hidden: false });
  return segments;
}

/** Every free text the server redacts: the title, the story and the answers to text questions. */
export function freeTexts(draft: Draft, textSignifierIds: readonly string[]): { name: string; original: string }[] {
  const answers = textSignifierIds
    .map((id) => ({ name: id, original: draft.answers[id] }))
    .filter((p): p is { name: string; original: string } => typeof p.original === "string");
  return [{ name: "title", original: draft.title.trim() }, { name: "text", original: draft.text }, ...answers]
    .filter((p) => p.original.trim() !== "");
}

/** The pieces in which the server would hide something (empty: nothing to show the teller). */
export async function previewRedaction(pieces: { name: string; original: string }[], language?: string): Promise<ReviewedPiece[]> {
  const previews = await Promise.all(pieces.map((p) =>
    api<RedactionPreview>("/redaction-previews", { method: "POST", json: { text: p.original, ...(language ? { language } : {}) } })));
  return pieces.map((p, i) => ({ ...p, findings: previews[i]!.findings })).filter((p) => p.findings.length > 0);
}
