// Which language a story is told in, and which PostgreSQL text-search configuration fits it. A
// script of its own (Arabic, Ethiopic, Cyrillic) decides first; within the Latin script the most
// frequent function words vote. Stories are short, so a stop-word vote is as good as a model.
const markers: Record<string, ReadonlySet<string>> = {
  nl: new Set("de het een en van ik je is dat niet op te in met die voor zijn was er maar ook als bij mijn wat we naar heb had hij zij ze om nog wel geen door dan".split(" ")),
  en: new Set("the a an and of i you is that not on to in with for was are be but also as at my what we have had he she they it this".split(" ")),
  // Only words Dutch and English do not share, so that a Dutch story never tips over.
  de: new Set("ich und der das nicht ist mit sie es auf für eine zu wir haben hat sich auch mein meine wurde sehr".split(" ")),
  fr: new Set("je et le la les des est pas une que qui avec pour sur mais nous vous il elle ai mon ma très".split(" ")),
  tr: new Set("ve bir bu da de ben çok ile için ama gibi daha sonra benim bana var yok olarak değil".split(" ")),
  es: new Set("y el la los las es una que con para pero muy mi yo se del por como está".split(" ")),
  pl: new Set("i w nie się na że jest to z do mnie jak ale mój moja tak był była przez".split(" ")),
};

/**
 * The snowball stemmers that PostgreSQL 15 and PGlite (PostgreSQL 18) both ship (`pg_ts_config`),
 * by ISO 639-1 code. Other languages (Polish, Ukrainian, Tigrinya, Papiamento, …) are searched
 * with 'simple': whole words, lower-cased, without stemming.
 */
export const searchConfigs: Record<string, string> = {
  nl: "dutch", en: "english", ar: "arabic", hy: "armenian", eu: "basque", ca: "catalan", da: "danish",
  fi: "finnish", fr: "french", de: "german", el: "greek", hi: "hindi", hu: "hungarian", id: "indonesian",
  ga: "irish", it: "italian", lt: "lithuanian", ne: "nepali", no: "norwegian", nb: "norwegian", pt: "portuguese",
  ro: "romanian", ru: "russian", sr: "serbian", es: "spanish", sv: "swedish", ta: "tamil", tr: "turkish", yi: "yiddish",
};

/** A script that names the language on its own: more than half of the letters in it. */
function byScript(letters: string): string | undefined {
  const share = (pattern: RegExp) => (letters.match(pattern)?.length ?? 0) / letters.length;
  if (share(/\p{Script=Arabic}/gu) > 0.5) return "ar";
  if (share(/\p{Script=Ethiopic}/gu) > 0.5) return "ti";
  if (share(/\p{Script=Cyrillic}/gu) > 0.5) return /[іїєґ]/u.test(letters) ? "uk" : "ru";
  return undefined;
}

export function detectLanguage(text: string, fallback = "nl"): string {
  const lower = text.toLowerCase();
  const letters = lower.match(/\p{L}/gu)?.join("") ?? "";
  if (letters) {
    const script = byScript(letters);
    if (script) return script;
  }
  const words = lower.match(/\p{L}+/gu) ?? [];
  let best = fallback;
  let bestScore = 0;
  for (const [language, set] of Object.entries(markers)) {
    const score = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}

export function searchConfigFor(language: string): string {
  return searchConfigs[language] ?? "simple";
}
