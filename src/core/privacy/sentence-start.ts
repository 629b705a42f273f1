// Name findings in English, French and German stories that are sentence starts, not names. The
// detectors read Dutch: "so can I. So he" looks like an initial and a surname, "plan B. Then" too.
// In these languages a single letter and a full stop before an ordinary word ends a sentence; an
// ordinary word at a sentence start is no name either. Dutch stories are left as they are. A story's
// stated language can be wrong (an English text filed as French), so the language its words show
// counts as well.
import { detectLanguage } from "../language.ts";
import { applyRedactions } from "./redact.ts";
import { detectPersonalData } from "./index.ts";
import type { Finding } from "./types.ts";

const words: Record<string, string> = {
  en: `a about after again all also although and anyway as at because before both but by during each even every
  finally first for from he her here him his how however i if in indeed it its just last later many maybe me meanwhile
  more most my never next no nobody none not nothing now of often on once one only or our perhaps she since so
  some someone sometimes soon still suddenly that the their them then there these they this those though thus to
  today together too two until us we well what when where which while who why with without yes yesterday yet you your`,
  fr: `a alors apres au aucun aujourd aussi autre avant avec bien car ce cela ces cet cette chaque comme comment
  dans de depuis des donc du elle elles en encore enfin ensemble ensuite et hier ici il ils j je la le les leur lui
  ma mais malgre me mes moi mon nous on ou parce pendant personne peut peutetre plus pour pourquoi pourtant
  puis quand que quelqu quelque qui rien sa sans se ses si son sur ta toujours tous tout toute tu un une vous y`,
  de: `aber alle alles als also am an auch auf aus bei bis da dabei damals damit danach dann das dass dein dem den
  denn der deshalb die dies diese dieser doch dort du durch ein eine einer endlich er es etwa gestern gemeinsam
  heute hier ich ihr im immer in inzwischen ja jetzt kein keiner leider mal man manchmal mein meine mit morgen
  nach nachher nein nicht nichts niemand noch nun nur ob oder ohne schon sein seine sie so sogar spater trotzdem
  uber um und uns unser vielleicht vom von vor wann warum was weil wenn wer wie wir wo zu zuerst zum zur zusammen`,
};
const common = new Map(Object.entries(words).map(([language, list]) => [language, new Set(list.split(/\s+/))]));

const key = (word: string) => word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");

/** The word occurs in lower case elsewhere in the text ("plan A. Plan B"): an ordinary word, capitalised by its place. */
function usedInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  return new RegExp(`(^|[^\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^\\p{L}]|$)`, "u").test(text);
}

/** True when a name finding is a sentence start in this language: "I. So", "B. Then", or "Then" alone. */
function isSentenceStart(text: string, finding: Finding, words: Set<string>): boolean {
  const ordinary = (word: string) => words.has(key(word)) || usedInLowerCase(text, word);
  const afterInitial = /^\p{Lu}\.\s+(\S+)$/u.exec(finding.text);
  if (afterInitial) return ordinary(afterInitial[1]!);
  const before = text.slice(0, finding.start);
  const atStart = before.trim() === "" || /[.!?]["'’)]*\s+$/.test(before) || /\n\s*$/.test(before);
  return atStart && !/\s/.test(finding.text) && ordinary(finding.text);
}

/** A name found in lower case: the Dutch detector finds those after a cue, checked against Dutch words only. */
const lowerCase = (finding: Finding) => finding.kind === "name" && finding.text === finding.text.toLowerCase();

/**
 * Findings less those that are sentence starts in the story's language (en, fr or de), and less
 * names in lower case: in these languages a name is written with a capital, and the lower-case rule
 * knows only which Dutch words are no names (German "nur" is a first name to it).
 */
export function withoutSentenceStarts(text: string, findings: Finding[], language: string | undefined): Finding[] {
  if (!language || language === "nl") return findings;
  const lists = [...new Set([language, detectLanguage(text, language)])].flatMap((l) => common.get(l) ?? []);
  if (!lists.length) return findings;
  return findings.filter((f) => !lowerCase(f) && (f.kind !== "name" || !lists.some((list) => isSentenceStart(text, f, list))));
}

/** Personal data in a story written in the given language (Dutch when unknown). */
export function detectInLanguage(text: string, language: string | undefined): Finding[] {
  return withoutSentenceStarts(text, detectPersonalData(text), language);
}

/** The story redacted as detectInLanguage reads it. */
export function redactInLanguage(text: string, language: string | undefined): { text: string; findings: Finding[] } {
  return applyRedactions(text, detectInLanguage(text, language));
}

/** One free text of a story and the words personal-data removal replaces in it: "title", "text" or "answers.<id>". */
export interface TextChange {
  field: string;
  removed: string[];
}

/**
 * A story's free texts (title, text and text answers such as a write-in) redacted in its language,
 * and what changed in which: storage and an import's report read the same changes.
 */
export function redactStory<T extends { title?: string | null; text: string; answers: Record<string, unknown> }>(story: T, language: string | undefined): { story: T; changes: TextChange[] } {
  const changes: TextChange[] = [];
  const redacted = (field: string, text: string) => {
    const result = redactInLanguage(text, language);
    if (result.findings.length) changes.push({ field, removed: result.findings.map((f) => f.text) });
    return result.text;
  };
  const title = story.title ? redacted("title", story.title) : story.title;
  const text = redacted("text", story.text);
  const answers = Object.fromEntries(Object.entries(story.answers).map(([id, value]) => [id, typeof value === "string" ? redacted(`answers.${id}`, value) : value]));
  return { story: { ...story, title, text, answers }, changes };
}
