// Writes a story form and a story collection the way NarraFirma's own export does (its
// exportQuestionnaire() and exportStoryCollection(), read for their layout; no code or file of
// NarraFirma, which is GPL, is copied). The form: a header row "Data column name, Type, About, Short
// name, Long name, Options, Answers", one eliciting row, one row per question. The stories: two
// header rows, the second a comment (";" in its first cell) that names each option of a checkboxes
// question over its own column; Collection date, Language and Eliciting question after title and
// text; a WRITEIN_ column after each question with a write-in box. A cell is quoted only when it holds
// the delimiter or a new line, and NarraFirma quotes a story text with a new line once more itself.

export interface NfQuestion {
  name: string;
  prompt: string;
  kind: "checkboxes" | "select" | "slider" | "boolean" | "checkbox" | "text";
  /** Options of a choice; a slider's two end labels. */
  options?: string[];
  writeIn?: string;
  about?: "story" | "participant";
}

export interface NfStory {
  title: string;
  text: string;
  date: string;
  language: string;
  eliciting: string;
  answers: Record<string, string | string[] | number | boolean | undefined>;
  writeIns?: Record<string, string>;
}

const typeNames: Record<NfQuestion["kind"], string> = {
  select: "Single choice", slider: "Scale", checkboxes: "Multi-choice multi-column texts", boolean: "Boolean", checkbox: "Checkbox", text: "Text",
};

function line(cells: (string | number | boolean)[], delimiter: string): string {
  return cells.map((cell) => {
    const text = String(cell);
    return text.includes(delimiter) || text.includes("\n") ? `"${text.replaceAll('"', '""')}"` : text;
  }).join(delimiter) + "\n";
}

export function narraFirmaFormExport(questions: NfQuestion[], eliciting: { id: string; text: string }[], delimiter = ","): string {
  const rows = [["Data column name", "Type", "About", "Short name", "Long name", "Options", "Answers"]];
  rows.push(["Eliciting question", "eliciting", "eliciting", "Eliciting question", "Eliciting question", "", ...eliciting.map((e) => `${e.id}|${e.text}`)]);
  for (const q of questions) {
    rows.push([q.name, typeNames[q.kind], q.about ?? "story", q.name, q.prompt, q.writeIn ? `writeInTextBoxLabel=${q.writeIn}` : "", ...(q.options ?? [])]);
  }
  // The form's own texts follow as "form" rows; an importer of stories has no use for them.
  rows.push(["", "Title", "form", "", "", "", "Tell us a story"], ["", "Max num stories", "form", "", "", "", "10"]);
  return rows.map((r) => line(r, delimiter)).join("");
}

function cellsOf(q: NfQuestion, story: NfStory): (string | number | boolean)[] {
  const value = story.answers[q.name];
  const cells: (string | number | boolean)[] = q.kind === "checkboxes"
    ? q.options!.map((o) => (Array.isArray(value) && value.includes(o) ? o : ""))
    : [value === undefined ? "" : (value as string | number | boolean)];
  return q.writeIn ? [...cells, story.writeIns?.[q.name] ?? ""] : cells;
}

export function narraFirmaStoriesExport(questions: NfQuestion[], stories: NfStory[], delimiter = ","): string {
  const header: string[] = ["Story title", "Story text", "Collection date", "Language", "Eliciting question"];
  const options: string[] = [";", "", "", "", ""];
  for (const q of questions) {
    const columns = q.kind === "checkboxes" ? q.options! : [""];
    for (const option of columns) {
      header.push(q.name);
      options.push(option);
    }
    if (q.writeIn) {
      header.push(`WRITEIN_${q.name}`);
      options.push("");
    }
  }
  const rows = stories.map((s) => [
    s.title, /[\n\r]/.test(s.text) ? `"${s.text}"` : s.text, s.date, s.language, s.eliciting, ...questions.flatMap((q) => cellsOf(q, s)),
  ]);
  return [header, options, ...rows].map((r) => line(r, delimiter)).join("");
}
