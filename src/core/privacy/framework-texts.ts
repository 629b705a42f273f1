// A framework's words are read by every teller of every collection that uses it, and copied into
// sectors: a name, an address or a phone number typed into a question or an option is personal data
// published to strangers. Each text is redacted in its own language, the source and every
// translation and easy-language version alike; ids and answers are untouched.
import type { FrameworkDefinition } from "../framework.ts";
import { frameworkTexts, withTexts } from "../framework-texts.ts";
import type { Finding } from "./types.ts";
import { redactInLanguage } from "./sentence-start.ts";

export interface FrameworkTextChange {
  /** The text's key (core/framework-texts.ts), e.g. "question.hulp.option.buurman". */
  key: string;
  language: string;
  /** "translation" or "easy" for a text kept beside the source. */
  variant: "source" | "translation" | "easy";
  original: string;
  text: string;
  /** What was found, as offsets into the original. */
  findings: Finding[];
}

type TextsByLanguage = NonNullable<FrameworkDefinition["translations"]>;

function redactedByLanguage(byLanguage: TextsByLanguage | undefined, variant: "translation" | "easy", changes: FrameworkTextChange[]): TextsByLanguage | undefined {
  if (!byLanguage) return undefined;
  return Object.fromEntries(Object.entries(byLanguage).map(([language, texts]) => [language, Object.fromEntries(Object.entries(texts).map(([key, original]) => {
    const { text, findings } = redactInLanguage(original, language);
    if (findings.length > 0) changes.push({ key, language, variant, original, text, findings });
    return [key, text];
  }))]));
}

/** The framework with personal data removed from every text, and each text that changed. */
export function redactFrameworkTexts(definition: FrameworkDefinition): { definition: FrameworkDefinition; changes: FrameworkTextChange[] } {
  const changes: FrameworkTextChange[] = [];
  const source: Record<string, string> = {};
  for (const { key, text: original } of frameworkTexts(definition)) {
    const { text, findings } = redactInLanguage(original, definition.language);
    if (findings.length === 0) continue;
    source[key] = text;
    changes.push({ key, language: definition.language, variant: "source", original, text, findings });
  }
  const translations = redactedByLanguage(definition.translations, "translation", changes);
  const easyLanguage = redactedByLanguage(definition.easyLanguage, "easy", changes);
  return {
    definition: { ...withTexts(definition, source), ...(translations ? { translations } : {}), ...(easyLanguage ? { easyLanguage } : {}) },
    changes,
  };
}
