// The framework being edited. New prompts, questions and answers get a temporary id until the
// first save; then they get a readable one made from their text ("huisbezoek"), because those ids
// end up in exports and analyses. Saved ids never change, so stories keep matching.
import type { FrameworkInput, Signifier, SignifierType } from "../../core/framework.ts";
import type { Prompt } from "../../contract/frameworks.ts";

export interface Draft {
  name: string;
  language: string;
  description: string;
  prompts: Prompt[];
  signifiers: Signifier[];
  /** Translations, easy-language texts and pictograms by text key (core/framework-texts.ts). */
  translations?: Record<string, Record<string, string>>;
  easyLanguage?: Record<string, Record<string, string>>;
  pictograms?: Record<string, string>;
  /** Not edited here, but kept: how the stories file of the form the framework came from is read. */
  importOptions?: FrameworkInput["importOptions"];
}

type Item = { id: string; label: string };

const TEMPORARY = "nieuw-";
let counter = 0;
const temporaryId = () => `${TEMPORARY}${++counter}`;

export function newSignifier(type: SignifierType): Signifier {
  const common = { id: temporaryId(), question: "", required: false, audience: "teller" as const };
  switch (type) {
    case "triad": return { ...common, type, labels: ["", "", ""] };
    case "dyad": return { ...common, type, labels: ["", ""] };
    case "stones": return { ...common, type, xLabels: ["", ""], yLabels: ["", ""], items: [newItem(), newItem()] };
    case "choice": return { ...common, type, options: [newItem(), newItem()], multiple: false };
    case "scale": return { ...common, type, min: 1, max: 5 };
    case "text": return { ...common, type };
  }
}

export const newItem = (): Item => ({ id: temporaryId(), label: "" });
export const newPrompt = (text = ""): Prompt => ({ id: temporaryId(), text });

export function fromDefinition(definition: FrameworkInput): Draft {
  return {
    name: definition.name,
    language: definition.language,
    description: definition.description ?? "",
    prompts: definition.prompts.map((p) => ({ ...p })),
    // The API fills in defaults, but a template's input may leave them out.
    signifiers: definition.signifiers.map((s) => ({ ...s, required: s.required ?? false, audience: s.audience ?? "teller" }) as Signifier),
    translations: definition.translations ?? {},
    easyLanguage: definition.easyLanguage ?? {},
    pictograms: definition.pictograms ?? {},
    ...(definition.importOptions ? { importOptions: definition.importOptions } : {}),
  };
}

/** Per language only the texts that are filled in; languages left empty are kept (a translation just begun). */
const filledIn = (byLanguage: Record<string, Record<string, string>> = {}) =>
  Object.fromEntries(Object.entries(byLanguage).map(([lang, texts]) => [lang, Object.fromEntries(Object.entries(texts).filter(([, t]) => t.trim()))]));

/** Moves an element one place up (-1) or down (+1). */
export function move<T>(list: T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

export const replaceAt = <T>(list: T[], index: number, value: T): T[] => list.map((v, i) => (i === index ? value : v));
export const removeAt = <T>(list: T[], index: number): T[] => list.filter((_, i) => i !== index);

/** A readable id from a text: "Op huisbezoek gaan" → "op_huisbezoek_gaan". */
function slug(text: string, fallback: string): string {
  const base = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 40).replace(/_+$/, "");
  return /^[a-z]/.test(base) ? base : `${fallback}${base ? `_${base}` : ""}`;
}

function assignIds<T extends { id: string }>(list: T[], textOf: (item: T) => string, fallback: string): T[] {
  const taken = new Set(list.filter((item) => !item.id.startsWith(TEMPORARY)).map((item) => item.id));
  return list.map((item) => {
    if (!item.id.startsWith(TEMPORARY)) return item;
    const base = slug(textOf(item), fallback);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    return { ...item, id };
  });
}

const itemIds = (items: Item[]) => assignIds(items, (i) => i.label, "antwoord");

/** Readable ids for new answers; scale words only when there are any, one per number. */
function normalize(s: Signifier): Signifier {
  if (s.type === "choice") return { ...s, options: itemIds(s.options) };
  if (s.type === "stones") return { ...s, items: itemIds(s.items) };
  if (s.type === "scale") {
    const { labels: _old, ...rest } = s;
    const labels = scaleLabelSlots(s).map((i) => s.labels?.[i] ?? "");
    return labels.some((l) => l.trim()) ? { ...rest, labels } : rest;
  }
  return s;
}

/** What goes to the API: readable ids for new parts, no empty description. */
export function toDefinition(draft: Draft): FrameworkInput {
  return {
    name: draft.name,
    language: draft.language,
    ...(draft.description.trim() ? { description: draft.description } : {}),
    prompts: assignIds(draft.prompts, (p) => p.text.split(/\s+/).slice(0, 4).join(" "), "vertelvraag"),
    signifiers: assignIds(draft.signifiers, (s) => s.question.split(/\s+/).slice(0, 4).join(" "), "vraag").map(normalize),
    ...(Object.keys(draft.translations ?? {}).length ? { translations: filledIn(draft.translations) } : {}),
    ...(Object.keys(draft.easyLanguage ?? {}).length ? { easyLanguage: filledIn(draft.easyLanguage) } : {}),
    ...(Object.keys(draft.pictograms ?? {}).length ? { pictograms: draft.pictograms } : {}),
    ...(draft.importOptions ? { importOptions: draft.importOptions } : {}),
  };
}

/** The positions a scale can have words for: one per number, for scales of at most 11 numbers. */
export function scaleLabelSlots(s: { min: number; max: number }): number[] {
  const count = s.max - s.min + 1;
  return Number.isInteger(count) && count >= 2 && count <= 11 ? Array.from({ length: count }, (_, i) => i) : [];
}
