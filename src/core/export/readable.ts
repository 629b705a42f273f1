// Columns of the export as a person reads them: the question's label, then the part ("Wat hielp — De
// regels en procedures (%)"), option labels instead of ids, and shares and positions as percentages.
// The machine-readable columns (columns.ts) stay the default of the API; the web app asks for these.
import type { FrameworkDefinition, Signifier } from "../framework.ts";
import type { Column, StoryRecord } from "./record.ts";

export type ExportLang = "nl" | "en";

const words = {
  id: { nl: "Verhaal-id", en: "Story id" },
  collection: { nl: "Vertelpunt", en: "Collection" },
  frameworkVersion: { nl: "Versie van het vragenkader", en: "Framework version" },
  toldAt: { nl: "Verteld op", en: "Told at" },
  createdAt: { nl: "Opgeslagen op", en: "Stored at" },
  channel: { nl: "Hoe verteld", en: "How it was told" },
  language: { nl: "Taal", en: "Language" },
  prompt: { nl: "Vertelvraag", en: "Prompt" },
  team: { nl: "Team-id", en: "Team id" },
  pseudonym: { nl: "Cliënt (pseudoniem)", en: "Client (pseudonym)" },
  quoting: { nl: "Mag geciteerd worden (1 = ja)", en: "May be quoted (1 = yes)" },
  title: { nl: "Titel", en: "Title" },
  text: { nl: "Verhaal", en: "Story" },
  chosen: { nl: "1 = gekozen", en: "1 = chosen" },
  to: { nl: "tot", en: "to" },
  web: { nl: "online", en: "online" },
  interview: { nl: "interview", en: "interview" },
  kiosk: { nl: "kiosk", en: "kiosk" },
  import: { nl: "import", en: "import" },
} as const;

const percent = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? Math.round(v * 1000) / 10 : null);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
const span = (lang: ExportLang, [from, to]: readonly string[]) => `${from} (0) ${words.to[lang]} ${to} (100)`;

function signifierColumns(s: Signifier, lang: ExportLang): Column[] {
  const q = s.question;
  switch (s.type) {
    case "triad":
      return s.labels.map((label, i) => ({ name: `${q} — ${label} (%)`, description: `${q}: "${label}"`, read: (a) => percent((a[s.id] as number[] | null)?.[i]) }));
    case "dyad":
      return [{ name: `${q} — ${span(lang, s.labels)}`, description: q, read: (a) => percent(a[s.id]) }];
    case "scale":
      return [{ name: `${q} (${s.min}–${s.max})`, description: q, read: (a) => num(a[s.id]) }];
    case "text":
      return [{ name: q, description: q, read: (a) => (typeof a[s.id] === "string" ? (a[s.id] as string) : null) }];
    case "choice":
      if (!s.multiple) {
        const labelOf = new Map(s.options.map((o) => [o.id, o.label]));
        return [{ name: q, description: q, read: (a) => (typeof a[s.id] === "string" ? (labelOf.get(a[s.id] as string) ?? (a[s.id] as string)) : null) }];
      }
      return s.options.map((o) => ({
        name: `${q} — ${o.label} (${words.chosen[lang]})`, description: `${q}: "${o.label}"`,
        read: (a) => (Array.isArray(a[s.id]) ? ((a[s.id] as string[]).includes(o.id) ? 1 : 0) : null),
      }));
    case "stones":
      return s.items.flatMap((item) => ([s.xLabels, s.yLabels] as const).map((labels, i) => ({
        name: `${q} — ${item.label}: ${span(lang, labels)}`, description: `${q}: "${item.label}"`,
        read: (a: Record<string, unknown>) => percent((a[s.id] as Record<string, number[]> | null)?.[item.id]?.[i]),
      })));
  }
}

type BaseColumn = { name: string; description: string; read: (r: StoryRecord) => string | number | null };

function baseColumns(definition: FrameworkDefinition, lang: ExportLang, collectionNames: ReadonlyMap<string, string>): BaseColumn[] {
  const w = (key: keyof typeof words) => words[key][lang];
  const promptText = new Map(definition.prompts.map((p) => [p.id, p.text]));
  const channel = (c: string) => (c in words ? words[c as keyof typeof words][lang] : c);
  const column = (key: keyof typeof words, read: BaseColumn["read"]): BaseColumn => ({ name: w(key), description: w(key), read });
  return [
    column("id", (r) => r.id),
    column("collection", (r) => collectionNames.get(r.collectionId) ?? r.collectionId),
    column("frameworkVersion", (r) => r.frameworkVersion),
    column("toldAt", (r) => r.toldAt.toISOString()),
    column("createdAt", (r) => r.createdAt.toISOString()),
    column("channel", (r) => channel(r.channel)),
    column("language", (r) => r.language),
    column("prompt", (r) => (r.promptId ? (promptText.get(r.promptId) ?? r.promptId) : null)),
    column("team", (r) => r.teamId),
    column("pseudonym", (r) => r.subjectPseudonym),
    column("quoting", (r) => (r.consentQuoting ? 1 : 0)),
    column("title", (r) => r.title),
    column("text", (r) => r.text),
  ];
}

/** Two questions with the same wording would share a header (and a JSON key): the later ones get " (2)", " (3)". */
function unique<T extends { name: string }>(columns: T[]): T[] {
  const seen = new Map<string, number>();
  return columns.map((c) => {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    return n === 1 ? c : { ...c, name: `${c.name} (${n})` };
  });
}

export function readableColumns(definition: FrameworkDefinition, lang: ExportLang, collectionNames: ReadonlyMap<string, string>) {
  const answers = definition.signifiers.filter((s) => s.audience !== "interpreter").flatMap((s) => signifierColumns(s, lang));
  const base = baseColumns(definition, lang, collectionNames);
  const named = unique([...base, ...answers]);
  return { base: named.slice(0, base.length) as BaseColumn[], answers: named.slice(base.length) as Column[] };
}
