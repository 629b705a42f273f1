// The research export's columns: one row per story, one column per answer component, and a
// codebook that says what each column holds.
import type { FrameworkDefinition, Signifier } from "../framework.ts";
import { type ExportLang, readableColumns } from "./readable.ts";
import type { Column, StoryRecord } from "./record.ts";

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

function signifierColumns(s: Signifier): Column[] {
  const q = s.question;
  switch (s.type) {
    case "triad":
      return s.labels.map((label, i) => ({ name: `${s.id}.${i + 1}`, description: `${q} — weight of "${label}" (0–1; the three sum to 1)`, read: (a) => num((a[s.id] as number[] | null)?.[i]) }));
    case "dyad":
      return [{ name: s.id, description: `${q} — 0 = "${s.labels[0]}", 1 = "${s.labels[1]}"`, read: (a) => num(a[s.id]) }];
    case "scale":
      return [{ name: s.id, description: `${q} — ${s.min} to ${s.max}`, read: (a) => num(a[s.id]) }];
    case "text":
      return [{ name: s.id, description: q, read: (a) => (typeof a[s.id] === "string" ? (a[s.id] as string) : null) }];
    case "choice":
      if (!s.multiple) {
        return [{ name: s.id, description: `${q} — ${s.options.map((o) => `${o.id} = "${o.label}"`).join("; ")}`, read: (a) => (typeof a[s.id] === "string" ? (a[s.id] as string) : null) }];
      }
      return s.options.map((o) => ({
        name: `${s.id}.${o.id}`, description: `${q} — chose "${o.label}" (1) or not (0)`,
        read: (a) => (Array.isArray(a[s.id]) ? ((a[s.id] as string[]).includes(o.id) ? 1 : 0) : null),
      }));
    case "stones":
      return s.items.flatMap((item) => (["x", "y"] as const).map((axis, i) => ({
        name: `${s.id}.${item.id}.${axis}`,
        description: `${q} — "${item.label}", ${axis} (0 = "${(axis === "x" ? s.xLabels : s.yLabels)[0]}", 1 = "${(axis === "x" ? s.xLabels : s.yLabels)[1]}")`,
        read: (a) => num((a[s.id] as Record<string, number[]> | null)?.[item.id]?.[i]),
      })));
  }
}

const baseColumns: { name: string; description: string; read: (r: StoryRecord) => string | number | null }[] = [
  { name: "id", description: "Story id", read: (r) => r.id },
  { name: "collectionId", description: "Collection (listening point) id", read: (r) => r.collectionId },
  { name: "frameworkVersion", description: "Version of the framework the story was told with", read: (r) => r.frameworkVersion },
  { name: "toldAt", description: "When the story was told (RFC 3339)", read: (r) => r.toldAt.toISOString() },
  { name: "createdAt", description: "When the story was stored (RFC 3339)", read: (r) => r.createdAt.toISOString() },
  { name: "channel", description: "web, interview, kiosk or import", read: (r) => r.channel },
  { name: "language", description: "Detected language of the story", read: (r) => r.language },
  { name: "promptId", description: "The prompt answered", read: (r) => r.promptId },
  { name: "teamId", description: "Team id", read: (r) => r.teamId },
  { name: "subjectPseudonym", description: "Keyed pseudonym of the client (never the client's own reference)", read: (r) => r.subjectPseudonym },
  { name: "consentQuoting", description: "The teller allowed quoting (1) or not (0)", read: (r) => (r.consentQuoting ? 1 : 0) },
  { name: "title", description: "Title (personal data removed)", read: (r) => r.title },
  { name: "text", description: "Story text (personal data removed)", read: (r) => r.text },
];

export interface ExportOptions {
  /** keys: machine-readable column names (the default); labels: headers a person reads, in `lang`. */
  headers?: "keys" | "labels";
  lang?: ExportLang;
  /** Collection names for the readable collection column. */
  collectionNames?: ReadonlyMap<string, string>;
}

export function exportColumns(definition: FrameworkDefinition, options: ExportOptions = {}) {
  const readable = options.headers === "labels" ? readableColumns(definition, options.lang ?? "nl", options.collectionNames ?? new Map()) : undefined;
  const base = readable?.base ?? baseColumns;
  const answerColumns = readable?.answers ?? definition.signifiers.filter((s) => s.audience !== "interpreter").flatMap(signifierColumns);
  return {
    codebook: [...base, ...answerColumns].map((c) => ({ name: c.name, description: c.description })),
    header: [...base.map((c) => c.name), ...answerColumns.map((c) => c.name)],
    row: (r: StoryRecord) => [...base.map((c) => c.read(r)), ...answerColumns.map((c) => c.read(r.answers))],
  };
}

/** RFC 4180 CSV, with cells that could start a spreadsheet formula neutralised. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return cells.map((cell) => {
    if (cell === null) return "";
    if (typeof cell === "number") return String(cell);
    const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  }).join(",") + "\r\n";
}
