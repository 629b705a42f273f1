// Which language a story is told in, from its most frequent function words, and which PostgreSQL
// text-search configuration fits it. Stories are short, so a stop-word vote is as good as a model.
const markers: Record<string, ReadonlySet<string>> = {
  nl: new Set("de het een en van ik je is dat niet op te in met die voor zijn was er maar ook als bij mijn wat we naar heb had hij zij ze om nog wel geen door dan".split(" ")),
  en: new Set("the a an and of i you is that not on to in with for was are be but also as at my what we have had he she they it this".split(" ")),
};

export const searchConfigs: Record<string, string> = { nl: "dutch", en: "english" };

export function detectLanguage(text: string, fallback = "nl"): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
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
