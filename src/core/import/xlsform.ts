// A framework from an XLSForm (KoboToolbox, ODK): the survey sheet's questions become signifiers and
// the choices sheet's lists their options, in the language asked for (label::Dutch (nl), label::nl or
// the plain label column). Names are kept as ids, so Kobo's data export, whose headers and cells carry
// those names, imports with the default mapping. One text question becomes the prompt: its answer is
// the story. What cannot be taken over is reported as a note, never dropped silently.
import type { FrameworkInput } from "../framework.ts";
import type { FormNote } from "./form-notes.ts";
import { idOf, norm } from "./mapping.ts";
import { ImportFileError } from "./problems.ts";
import { language } from "./values.ts";
import type { SheetRows } from "./xlsx-read.ts";

type SignifierInput = FrameworkInput["signifiers"][number];

export interface Translation {
  language: string;
  /** Questions and the prompt by id. */
  questions: Record<string, string>;
  /** Option labels by signifier id, then option id. */
  options: Record<string, Record<string, string>>;
}

export interface XlsFormFramework {
  definition: FrameworkInput;
  notes: FormNote[];
  /** The other label columns' texts: kept for translating, not (yet) stored with the framework. */
  translations: Translation[];
}

/** Rows of a sheet as records by normalised header ("label::Dutch (nl)" stays as written, lower case). */
function records(rows: SheetRows | undefined): { row: number; cells: Record<string, string> }[] {
  const [header = [], ...body] = rows ?? [];
  const keys = header.map((h) => h.trim().toLowerCase());
  return body.map((cells, i) => ({ row: i + 2, cells: Object.fromEntries(keys.map((k, j) => [k, (cells[j] ?? "").trim()])) }))
    .filter((r) => Object.values(r.cells).some(Boolean));
}

/** "label::Dutch (nl)" → nl, "label::nl" → nl, "label::English" → en; a name we do not know stays as written. */
function columnLanguage(suffix: string): string {
  const code = /\(([a-z]{2,3})(?:[-_][a-z]+)?\)\s*$/i.exec(suffix)?.[1];
  if (code) return code.toLowerCase();
  try {
    return language(suffix);
  } catch {
    return suffix.trim().toLowerCase();
  }
}

/** The label columns by language; the plain "label" column under the form's default language. */
function labelColumns(keys: string[], defaultLanguage: string): Map<string, string> {
  const columns = new Map<string, string>();
  for (const key of keys) {
    if (key === "label") columns.set(defaultLanguage, key);
    else if (key.startsWith("label::")) columns.set(columnLanguage(key.slice(7)), key);
  }
  return columns;
}

const metaTypes = new Set(["start", "end", "today", "deviceid", "username", "simserial", "subscriberid", "phonenumber", "audit", "calculate", "note", "hidden", "begin group", "end group", "begin_group", "end_group", "start-geopoint", "background-audio"]);
const storyWords = ["verhaal", "story", "narrative", "vertel", "vertelling", "histoire", "geschichte"];
const yes = new Set(["yes", "true", "true()", "ja", "1"]);

/** The bounds of ". >= 1 and . <= 10" (> and < count as the next whole number). */
function constraintBounds(constraint: string): [number, number] | undefined {
  const low = /\.\s*(>=?)\s*(-?\d+(?:\.\d+)?)/.exec(constraint);
  const high = /\.\s*(<=?)\s*(-?\d+(?:\.\d+)?)/.exec(constraint);
  if (!low || !high) return undefined;
  return [Number(low[2]) + (low[1] === ">" ? 1 : 0), Number(high[2]) - (high[1] === "<" ? 1 : 0)];
}

/** "start=1 end=10 step=1": XLSForm's defaults are 0, 10 and 1. */
function rangeBounds(parameters: string): [number, number] | undefined {
  const p = Object.fromEntries(parameters.split(/[\s;,]+/).filter((x) => x.includes("=")).map((x) => x.split("=").map((y) => y.trim()) as [string, string]));
  const [start, end, step] = [Number(p.start ?? 0), Number(p.end ?? 10), Number(p.step ?? 1)];
  return step === 1 ? [start, end] : undefined;
}

/** A scale where the bounds are whole numbers at most 100 apart; otherwise the answer is kept as text. */
function numberSignifier(id: string, question: string, bounds: [number, number] | undefined): SignifierInput | undefined {
  if (!bounds || !bounds.every(Number.isInteger) || bounds[1] <= bounds[0] || bounds[1] - bounds[0] > 100) return undefined;
  return { id, question, type: "scale", min: bounds[0], max: bounds[1] };
}

interface Context {
  lang: string;
  labels: Map<string, string>;
  choiceLabels: Map<string, string>;
  lists: Map<string, { name: string; cells: Record<string, string> }[]>;
  notes: FormNote[];
}

function choiceSignifier(ctx: Context, row: number, id: string, name: string, question: string, typeWords: string[]): SignifierInput | undefined {
  const [type, list = "", extra] = typeWords;
  const choices = ctx.lists.get(list);
  if (!choices) {
    ctx.notes.push({ row, shortName: name, note: "unknownList", detail: list });
    return undefined;
  }
  const labelOf = (cells: Record<string, string>) => cells[ctx.choiceLabels.get(ctx.lang) ?? "label"] || cells.label || Object.entries(cells).find(([k, v]) => k.startsWith("label") && v)?.[1] || "";
  const seen = new Set<string>();
  const options = choices.map((c) => ({ id: idOf(c.name), label: (labelOf(c.cells) || c.name).slice(0, 200) })).filter((o) => !seen.has(o.id) && seen.add(o.id));
  // "select_one colours or_other": pyxform adds the option "other" to the list.
  if (extra === "or_other" && !seen.has("other")) options.push({ id: "other", label: ctx.lang === "nl" ? "Anders" : "Other" });
  if (options.length < 2) ctx.notes.push({ row, shortName: name, note: "tooFewOptions", detail: list });
  else if (options.length > 50) ctx.notes.push({ row, shortName: name, note: "tooManyOptions", detail: String(options.length) });
  else return { id, question, type: "choice", multiple: type === "select_multiple", options };
  return undefined;
}

function signifierOf(ctx: Context, r: { row: number; cells: Record<string, string> }): SignifierInput | undefined {
  const { cells, row } = r;
  const typeWords = cells.type!.split(/\s+/);
  const type = typeWords[0]!.toLowerCase();
  const name = cells.name ?? "";
  const id = idOf(name);
  const question = (cells[ctx.labels.get(ctx.lang) ?? "label"] || cells.label || name).slice(0, 500);
  if (type === "select_one" || type === "select_multiple") return choiceSignifier(ctx, row, id, name, question, [type, ...typeWords.slice(1)]);
  if (type === "text") return { id, question, type: "text" };
  if (type === "integer" || type === "decimal" || type === "range") {
    const bounds = type === "range" ? rangeBounds(cells.parameters ?? "") : constraintBounds(cells.constraint ?? "");
    const scale = numberSignifier(id, question, bounds);
    if (scale) return scale;
    ctx.notes.push({ row, shortName: name, note: "numberAsText", detail: bounds ? `${bounds[0]}–${bounds[1]}` : type });
    return { id, question, type: "text", maxLength: 100 };
  }
  ctx.notes.push({ row, shortName: name, note: "unsupportedType", detail: cells.type! });
  return undefined;
}

const isStoryQuestion = (cells: Record<string, string>) => storyWords.some((w) => norm(cells.name ?? "").includes(w));

/** The framework an XLSForm describes, in the given language where the form has it. */
export function frameworkFromXlsForm(sheets: Map<string, SheetRows>, meta: { name?: string; language: string }): XlsFormFramework {
  const sheet = (name: string) => [...sheets].find(([n]) => n.trim().toLowerCase() === name)?.[1];
  if (!sheet("survey")) throw new ImportFileError("notXlsForm", "not an XLSForm: it has no survey sheet");
  const survey = records(sheet("survey"));
  const settings = records(sheet("settings"))[0]?.cells ?? {};
  const defaultLanguage = settings.default_language ? columnLanguage(settings.default_language) : meta.language;
  const choiceRows = records(sheet("choices"));
  const lists = new Map<string, { name: string; cells: Record<string, string> }[]>();
  for (const c of choiceRows) {
    const list = c.cells.list_name ?? c.cells["list name"] ?? "";
    if (list) lists.set(list, [...(lists.get(list) ?? []), { name: c.cells.name ?? "", cells: c.cells }]);
  }
  const labels = labelColumns(Object.keys(survey[0]?.cells ?? {}), defaultLanguage);
  const choiceLabels = labelColumns(Object.keys(choiceRows[0]?.cells ?? {}), defaultLanguage);
  const lang = labels.has(meta.language) ? meta.language : labels.has(defaultLanguage) ? defaultLanguage : [...labels.keys()][0] ?? meta.language;
  const ctx: Context = { lang, labels, choiceLabels, lists, notes: [] };

  const asked: { row: number; cells: Record<string, string> }[] = [];
  let repeatDepth = 0;
  for (const r of survey) {
    const type = (r.cells.type ?? "").toLowerCase().replace("_", " ");
    if (type === "begin repeat") {
      if (repeatDepth++ === 0) ctx.notes.push({ row: r.row, shortName: r.cells.name ?? "", note: "repeatLeftOut", detail: r.cells.name ?? "" });
    } else if (type === "end repeat") repeatDepth = Math.max(0, repeatDepth - 1);
    else if (repeatDepth === 0 && type && !metaTypes.has(type) && !metaTypes.has(r.cells.type!.toLowerCase())) asked.push(r);
  }
  const texts = asked.filter((r) => r.cells.type!.toLowerCase() === "text");
  const story = texts.find((r) => isStoryQuestion(r.cells)) ?? texts[0];
  const signifiers: SignifierInput[] = [];
  for (const r of asked) {
    if (r.cells.relevant) ctx.notes.push({ row: r.row, shortName: r.cells.name ?? "", note: "relevantIgnored", detail: r.cells.relevant });
    if (r === story) {
      ctx.notes.push({ row: r.row, shortName: r.cells.name ?? "", note: "storyQuestion", detail: "" });
      continue;
    }
    const s = signifierOf(ctx, r);
    if (!s) continue;
    if (signifiers.length === 60) {
      ctx.notes.push({ row: r.row, shortName: r.cells.name ?? "", note: "tooManyQuestions", detail: "" });
      break;
    }
    signifiers.push({ ...s, required: yes.has((r.cells.required ?? "").toLowerCase()) });
  }
  const labelIn = (cells: Record<string, string>, column: string | undefined) => (column ? cells[column] : undefined) || cells.label || cells.name || "";
  const prompts = story ? [{ id: idOf(story.cells.name ?? "story"), text: labelIn(story.cells, labels.get(lang)).slice(0, 1000) }] : [{ id: "story", text: meta.name ?? settings.form_title ?? "Verhaal" }];

  const translations = [...labels].filter(([l]) => l !== lang).map(([l, column]): Translation => ({
    language: l,
    questions: Object.fromEntries([...(story ? [[prompts[0]!.id, story.cells[column] ?? ""]] : []), ...asked.map((r) => [idOf(r.cells.name ?? ""), r.cells[column] ?? ""])]
      .filter(([id, text]) => text && (id === prompts[0]!.id || signifiers.some((s) => s.id === id)))),
    options: Object.fromEntries(signifiers.filter((s) => s.type === "choice").map((s) => {
      const list = asked.find((r) => idOf(r.cells.name ?? "") === s.id)!.cells.type!.split(/\s+/)[1]!;
      const optionColumn = choiceLabels.get(l);
      return [s.id, Object.fromEntries((lists.get(list) ?? []).map((c) => [idOf(c.name), optionColumn ? c.cells[optionColumn] ?? "" : ""]).filter(([, t]) => t))];
    })),
  }));
  if (translations.length) ctx.notes.push({ row: 1, shortName: "", note: "translationsNotStored", detail: translations.map((t) => t.language).join(", ") });
  const name = (meta.name ?? settings.form_title ?? "XLSForm").slice(0, 200);
  return { definition: { name, language: /^[a-z]{2}$/.test(lang) ? lang : meta.language, prompts, signifiers }, notes: ctx.notes, translations };
}
