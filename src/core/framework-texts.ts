// Every word of a framework under a stable key, so translations and easy-language versions can be
// kept beside the source text and survive new versions: the key names the thing (a question's id,
// an option's id), never its position in a list, except for fixed tuples (triad corners, dyad ends,
// axes, scale labels). Answers are stored by option id, so they are the same in every language.
//
//   name · description · prompt.<id>.text · question.<id>.label
//   question.<id>.corner.<0-2>      (triad)     question.<id>.end.<0-1>        (dyad)
//   question.<id>.x.<0-1> · question.<id>.y.<0-1> · question.<id>.item.<itemId>   (stones)
//   question.<id>.option.<optionId> (choice)    question.<id>.scale.<n>        (scale labels)
import type { FrameworkDefinition, Signifier } from "./framework.ts";

export interface FrameworkText {
  key: string;
  text: string;
}

/** Keys whose thing may carry a pictogram: options, stones items and triad corners. */
export const pictogramKey = /^question\.[A-Za-z][A-Za-z0-9_-]*\.(option|corner|item)\.[A-Za-z0-9_-]+$/;

function signifierTexts(s: Signifier): FrameworkText[] {
  const q = `question.${s.id}`;
  const tuple = (part: string, labels: readonly string[]) => labels.map((text, i) => ({ key: `${q}.${part}.${i}`, text }));
  const own: FrameworkText[] = [{ key: `${q}.label`, text: s.question }];
  switch (s.type) {
    case "triad": return [...own, ...tuple("corner", s.labels)];
    case "dyad": return [...own, ...tuple("end", s.labels)];
    case "stones": return [
      ...own, ...tuple("x", s.xLabels), ...tuple("y", s.yLabels),
      ...s.items.map((item) => ({ key: `${q}.item.${item.id}`, text: item.label })),
    ];
    case "choice": return [...own, ...s.options.map((o) => ({ key: `${q}.option.${o.id}`, text: o.label }))];
    case "scale": return [...own, ...tuple("scale", s.labels ?? [])];
    case "text": return own;
  }
}

/** The framework's own words, in the order a translator meets them on the form. */
export function frameworkTexts(definition: FrameworkDefinition): FrameworkText[] {
  return [
    { key: "name", text: definition.name },
    ...(definition.description ? [{ key: "description", text: definition.description }] : []),
    ...definition.prompts.map((p) => ({ key: `prompt.${p.id}.text`, text: p.text })),
    ...definition.signifiers.flatMap(signifierTexts),
  ];
}

function replaceSignifierTexts(s: Signifier, pick: (key: string, text: string) => string): Signifier {
  const q = `question.${s.id}`;
  const tuple = <T extends readonly string[]>(part: string, labels: T) => labels.map((text, i) => pick(`${q}.${part}.${i}`, text)) as unknown as T;
  const question = pick(`${q}.label`, s.question);
  switch (s.type) {
    case "triad": return { ...s, question, labels: tuple("corner", s.labels) };
    case "dyad": return { ...s, question, labels: tuple("end", s.labels) };
    case "stones": return {
      ...s, question, xLabels: tuple("x", s.xLabels), yLabels: tuple("y", s.yLabels),
      items: s.items.map((item) => ({ ...item, label: pick(`${q}.item.${item.id}`, item.label) })),
    };
    case "choice": return { ...s, question, options: s.options.map((o) => ({ ...o, label: pick(`${q}.option.${o.id}`, o.label) })) };
    case "scale": return { ...s, question, ...(s.labels ? { labels: tuple("scale", s.labels) } : {}) };
    case "text": return { ...s, question };
  }
}

/** The framework with each text replaced where `texts` has its key; ids, types and answers stay. */
export function withTexts(definition: FrameworkDefinition, texts: Readonly<Record<string, string>>): FrameworkDefinition {
  const pick = (key: string, text: string) => texts[key] ?? text;
  return {
    ...definition,
    name: pick("name", definition.name),
    ...(definition.description ? { description: pick("description", definition.description) } : {}),
    prompts: definition.prompts.map((p) => ({ ...p, text: pick(`prompt.${p.id}.text`, p.text) })),
    signifiers: definition.signifiers.map((s) => replaceSignifierTexts(s, pick)),
  };
}

/** The languages a form can be shown in: the source language first, then its translations. */
export function frameworkLanguages(definition: FrameworkDefinition): string[] {
  return [definition.language, ...Object.keys(definition.translations ?? {}).filter((l) => l !== definition.language).sort()];
}

/** The languages that have easy-language texts. */
export const easyLanguages = (definition: FrameworkDefinition): string[] => Object.keys(definition.easyLanguage ?? {}).sort();

export interface TranslationStatus {
  language: string;
  total: number;
  /** Keys of the source without a text in this language, in form order. */
  missing: string[];
  /** Keys in the translation the framework no longer has (a question or option was removed). */
  stale: string[];
}

/** What a translation (or easy-language version) still lacks, against the framework's source texts. */
export function translationStatus(definition: FrameworkDefinition, language: string, texts: Readonly<Record<string, string>> | undefined): TranslationStatus {
  const keys = frameworkTexts(definition).map((t) => t.key);
  const known = new Set(keys);
  const have = texts ?? {};
  return {
    language, total: keys.length,
    missing: keys.filter((k) => !have[k]?.trim()),
    stale: Object.keys(have).filter((k) => !known.has(k)),
  };
}

/**
 * The framework as the form shows it in `language`: the translation where there is one (else the
 * source text), then in easy mode the easy-language text over it. Translations and pictograms stay
 * attached, so the form can switch again without another request.
 */
export function localizeFramework(definition: FrameworkDefinition, language: string, options: { easy?: boolean } = {}): FrameworkDefinition {
  const translated = language === definition.language ? {} : definition.translations?.[language] ?? {};
  const easy = options.easy ? definition.easyLanguage?.[language] ?? {} : {};
  const texts = { ...translated, ...easy };
  const known = frameworkLanguages(definition).includes(language);
  return { ...withTexts(definition, texts), language: known ? language : definition.language };
}

/**
 * The framework with translations, easy texts and pictograms cut down to the texts it still has,
 * e.g. after leaving out the interpreters' questions for the public form.
 */
export function withOwnTextsOnly(definition: FrameworkDefinition): FrameworkDefinition {
  const keys = new Set(frameworkTexts(definition).map((t) => t.key));
  const keep = <T>(texts: Record<string, T>) => Object.fromEntries(Object.entries(texts).filter(([key]) => keys.has(key)));
  const perLanguage = (byLanguage: Record<string, Record<string, string>> | undefined) =>
    byLanguage && Object.fromEntries(Object.entries(byLanguage).map(([lang, texts]) => [lang, keep(texts)]));
  return {
    ...definition,
    ...(definition.translations ? { translations: perLanguage(definition.translations) } : {}),
    ...(definition.easyLanguage ? { easyLanguage: perLanguage(definition.easyLanguage) } : {}),
    ...(definition.pictograms ? { pictograms: keep(definition.pictograms) } : {}),
  };
}
