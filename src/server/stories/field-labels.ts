// What a person calls a story's fields, for reports they read (an import's rejected lines): a
// question by its own words, the other fields in the reader's language.
import type { FrameworkDefinition } from "../../core/framework.ts";
import { withColon } from "../../core/text/punctuation.ts";
import type { Lang } from "../messages.ts";

const fields: Record<string, Record<Lang, string>> = {
  text: { nl: "Verhaal", en: "Story" },
  title: { nl: "Titel", en: "Title" },
  promptId: { nl: "Vertelvraag", en: "Prompt" },
  language: { nl: "Taal", en: "Language" },
  channel: { nl: "Manier van vertellen", en: "Channel" },
  subjectRef: { nl: "Kenmerk van de cliënt", en: "Client reference" },
  toldAt: { nl: "Verteld op", en: "Told on" },
  consent: { nl: "Toestemming", en: "Consent" },
  "consent.research": { nl: "Toestemming voor onderzoek", en: "Consent for research" },
  "consent.quoting": { nl: "Toestemming om te citeren", en: "Consent to quote" },
  "consent.confirmedAloud": { nl: "Toestemming hardop gevraagd", en: "Consent asked aloud" },
  answers: { nl: "Antwoorden", en: "Answers" },
};

/** "answers.regie" → "Wie had de regie?", "text" → "Verhaal"; unknown names stay as they are. */
export function fieldLabel(name: string, definition: FrameworkDefinition, lang: Lang): string {
  const [head, id] = name.split(".");
  if (head === "answers" && id) return definition.signifiers.find((s) => s.id === id)?.question ?? name;
  return fields[name]?.[lang] ?? name;
}

/** "Wie had de regie? Kies een antwoord." / "Verhaal: te kort": one reason with the field it is about. */
export const labelledReason = (name: string, reason: string, definition: FrameworkDefinition, lang: Lang) =>
  `${withColon(fieldLabel(name, definition, lang))} ${reason}`;
