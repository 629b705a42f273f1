// 80 stories (34 French, 20 German, 26 English, as in the report of issue 18) written by a writer that
// lays files out as NarraFirma's own export does (src/testing/narrafirma-writer.ts): its story form
// export becomes the framework, its story collection export imports whole with the default mapping,
// with a comma or a semicolon between cells.
import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "../framework.ts";
import { detectInLanguage } from "../privacy/sentence-start.ts";
import { type NfQuestion, type NfStory, narraFirmaFormExport, narraFirmaStoriesExport } from "../../testing/narrafirma-writer.ts";
import { idOf } from "./mapping.ts";
import { frameworkFromNarraFirmaForm } from "./narrafirma-form.ts";
import { planCsvImport } from "./plan.ts";

const questions: NfQuestion[] = [
  { name: "Feeling", prompt: "How did you feel afterwards?", kind: "checkboxes", options: ["relieved", "angry", "heard", "ignored"], writeIn: "Something else" },
  { name: "Who", prompt: "Who was with you?", kind: "select", options: ["Alone", "With family", "With neighbours"], writeIn: "Someone else" },
  { name: "Control", prompt: "Who was in control?", kind: "slider", options: ["the municipality", "me"] },
  { name: "Again", prompt: "Would you go again?", kind: "boolean" },
  { name: "Hear back", prompt: "May we contact you?", kind: "checkbox", options: ["yes, contact me"] },
  { name: "Anything else", prompt: "Anything else?", kind: "text" },
  { name: "Age group", prompt: "How old are you?", kind: "select", options: ["under 30", "30-60", "over 60"], about: "participant" },
];
const eliciting = [{ id: "Moment", text: "Think of a moment when you needed the municipality." }, { id: "Surprise", text: "What surprised you?" }];

// Ordinary sentences, no names: sentence starts after a full stop, as tellers write them.
const sentences: Record<"en" | "fr" | "de", string[]> = {
  en: [
    "I went to the office on a Monday. So did my neighbour.", "She came to our house. So can I. So he smiled too, my son.",
    "Nobody called back. Then I wrote a letter.", "The form asked for my income twice. Why twice?",
    "It was cold in the waiting room. After an hour they called my number.", "My daughter translated for me. Without her I would have left.",
    "We got the money in the end. But it took three months.", "At first I was angry. Later I understood the rules better.",
    "The counter was closed. No sign, no phone number.", "They listened this time. That made the difference.",
    "I asked for help with the rent. Instead they sent me a brochure.", "Everything went online. Still I prefer a person.",
  ],
  fr: [
    "Je suis allé à la mairie un lundi. Personne ne m'attendait.", "Le formulaire demandait trois fois la même chose. Pourquoi ?",
    "Ma fille a traduit pour moi. Sans elle, je serais parti.", "Il faisait froid dans la salle d'attente. Après une heure, on m'a appelé.",
    "Au début j'étais en colère. Plus tard, j'ai compris les règles.", "Le guichet était fermé. Aucune affiche, aucun numéro.",
    "Cette fois, ils ont écouté. Cela a tout changé.", "J'ai demandé de l'aide pour le loyer. Au lieu de cela, on m'a donné une brochure.",
    "Tout passe par internet maintenant. Moi, je préfère parler à quelqu'un.", "Nous avons reçu l'argent. Mais il a fallu trois mois.",
    "Mon voisin est venu avec moi. Ensemble, c'était plus facile.", "On m'a dit de revenir demain. Demain, c'était fermé.",
  ],
  de: [
    "Ich war an einem Montag im Rathaus. Niemand hat auf mich gewartet.", "Das Formular fragte dreimal dasselbe. Warum?",
    "Meine Tochter hat für mich übersetzt. Ohne sie wäre ich gegangen.", "Im Wartezimmer war es kalt. Nach einer Stunde wurde ich aufgerufen.",
    "Zuerst war ich wütend. Später habe ich die Regeln verstanden.", "Der Schalter war geschlossen. Kein Schild, keine Nummer.",
    "Diesmal haben sie zugehört. Das hat alles verändert.", "Ich bat um Hilfe bei der Miete. Stattdessen bekam ich eine Broschüre.",
    "Alles läuft jetzt online. Ich spreche lieber mit einem Menschen.", "Wir haben das Geld bekommen. Aber es hat drei Monate gedauert.",
    "Mein Nachbar kam mit. Zusammen war es leichter.", "Man sagte mir, ich solle morgen wiederkommen. Morgen war geschlossen.",
  ],
};
const languageNames = { en: "English", fr: "Français", de: "Deutsch" };
const titles = { en: "Visit", fr: "Visite", de: "Besuch" };

function storyAt(i: number): NfStory & { code: "en" | "fr" | "de" } {
  const code = i < 34 ? "fr" : i < 54 ? "de" : "en";
  const pool = sentences[code];
  const feeling = questions[0]!.options!;
  return {
    code, title: `${titles[code]} ${i + 1}`,
    // Every tenth story has a new line in it, which NarraFirma's export quotes once more.
    text: [pool[i % 12], pool[(i + 5) % 12]].join(i % 10 === 0 ? "\n" : " "),
    date: `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
    language: languageNames[code], eliciting: eliciting[i % 2]!.id,
    answers: {
      Feeling: i % 3 ? [feeling[i % 4]!, feeling[(i + 1) % 4]!] : [feeling[i % 4]!],
      Who: i % 5 === 0 ? undefined : questions[1]!.options![i % 3], Control: (i * 13) % 101, Again: i % 2 === 0, "Hear back": i % 3 === 0,
      "Anything else": i % 4 === 0 ? "Thanks, really." : undefined, "Age group": questions[6]!.options![i % 3],
    },
    writeIns: i % 7 === 0 ? { Feeling: "a bit of both" } : undefined,
  };
}
const stories = Array.from({ length: 80 }, (_, i) => storyAt(i));

/** What Vertelpunt should hold for a story: NarraFirma's option names become ids, sliders 0–1, yes/no questions yes or no. */
function expected(s: NfStory & { code: string }) {
  const a = s.answers;
  const answers: Record<string, unknown> = {
    feeling: questions[0]!.options!.filter((o) => (a.Feeling as string[]).includes(o)).map(idOf),
    control: (a.Control as number) / 100, again: a.Again ? "yes" : "no", hear_back: a["Hear back"] ? "yes" : "no", age_group: idOf(a["Age group"] as string),
  };
  if (a.Who) answers.who = idOf(a.Who as string);
  if (a["Anything else"]) answers.anything_else = a["Anything else"];
  if (s.writeIns) answers.writein_feeling = s.writeIns.Feeling;
  return { title: s.title, text: s.text, toldAt: `${s.date}T00:00:00.000Z`, language: s.code, promptId: idOf(s.eliciting), answers, consent: { research: true, quoting: false } };
}

describe.each([",", ";"])("NarraFirma's own export of 80 stories, %s between cells", (delimiter) => {
  const form = frameworkFromNarraFirmaForm(narraFirmaFormExport(questions, eliciting, delimiter), { name: "Contact", language: "en" });
  const definition = frameworkDefinition.parse(form.definition);
  const plan = planCsvImport(narraFirmaStoriesExport(questions, stories, delimiter), definition);

  it("makes the framework from the form export: Boolean and Checkbox become yes/no choices", () => {
    expect(form.notes).toEqual([]);
    expect(definition.prompts).toEqual([{ id: "moment", text: eliciting[0]!.text }, { id: "surprise", text: eliciting[1]!.text }]);
    expect(definition.signifiers.map((s) => `${s.id}:${s.type}`)).toEqual([
      "feeling:choice", "writein_feeling:text", "who:choice", "writein_who:text", "control:dyad", "again:choice", "hear_back:choice", "anything_else:text", "age_group:choice",
    ]);
  });

  it("maps every column by default and keeps all 80 stories whole, in their languages", () => {
    expect(plan.format).toBe("narrafirma");
    expect(plan.columns.filter((c) => c.status !== "mapped").map((c) => c.header)).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(plan.keptWhole).toBe(80);
    const languages = plan.entries.map((e) => (e.value as { language: string }).language);
    expect(["fr", "de", "en"].map((l) => languages.filter((x) => x === l).length)).toEqual([34, 20, 26]);
    expect(plan.entries.map((e) => e.value)).toEqual(stories.map(expected));
  });

  it("name removal finds nothing in these 80 texts: a capital after a full stop is no name", () => {
    const changed = stories.filter((s) => detectInLanguage(s.text, s.code).length > 0).map((s) => s.text);
    expect(changed).toEqual([]);
  });
});
