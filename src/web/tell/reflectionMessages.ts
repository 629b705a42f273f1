// Words of the teller's mirror after telling, in plain Dutch (B1) first. Loaded with the reflection
// only, so the story form stays small.
import { defineMessages } from "../toolkit/i18n.tsx";

export const reflectionMessages = defineMessages({
  title: { nl: "Jouw verhaal tussen de andere verhalen", en: "Your story among the other stories" },
  intro: {
    nl: "Hier zie je waar jouw antwoorden liggen ten opzichte van de andere verhalen bij dit vertelpunt. Er is geen goed of fout.",
    en: "Here you see where your answers lie compared with the other stories in this collection. There is no right or wrong.",
  },
  loading: { nl: "Even rekenen…", en: "Calculating…" },
  failed: { nl: "De vergelijking kon nu niet worden geladen.", en: "The comparison could not be loaded now." },
  yourStory: { nl: "Jouw verhaal", en: "Your story" },
  others: { nl: "Gekleurd: waar veel andere verhalen liggen ({count} verhalen).", en: "Shaded: where many other stories lie ({count} stories)." },
  histogramLabel: { nl: "Aantal verhalen per positie, jouw positie gemarkeerd", en: "Number of stories per position, your position marked" },
  binLabel: { nl: "{count} verhalen", en: "{count} stories" },
  fewBin: { nl: "een paar verhalen (we tonen geen kleine aantallen)", en: "a few stories (small numbers are not shown)" },
  yours: { nl: "(jouw antwoord)", en: "(your answer)" },
  tooFewStories: { nl: "Er zijn nog te weinig verhalen om mee te vergelijken. Kijk later nog eens via je persoonlijke link.", en: "There are too few stories to compare with yet. Look again later through your personal link." },
  typical: { nl: "Je antwoord ligt dicht bij dat van de meeste anderen. Wat maakt jouw verhaal toch anders?", en: "Your answer is close to most others'. What still makes your story different?" },
  towardsCorner: { nl: "Bij jou weegt ‘{label}’ zwaarder dan bij de meeste andere verhalen. Wat maakte dat hier zo belangrijk?", en: "For you, ‘{label}’ weighs more than in most other stories. What made it so important here?" },
  lowEndDyad: { nl: "Jouw antwoord ligt meer bij ‘{label}’ dan bij de meeste anderen. Herken je dat vaker?", en: "Your answer lies closer to ‘{label}’ than most others'. Do you recognise that more often?" },
  highEndDyad: { nl: "Jouw antwoord ligt meer bij ‘{label}’ dan bij de meeste anderen. Herken je dat vaker?", en: "Your answer lies closer to ‘{label}’ than most others'. Do you recognise that more often?" },
  lowEndScale: { nl: "Jouw antwoord is lager dan bij de meeste anderen. Wat maakte het verschil?", en: "Your answer is lower than most others'. What made the difference?" },
  highEndScale: { nl: "Jouw antwoord is hoger dan bij de meeste anderen. Wat maakte het verschil?", en: "Your answer is higher than most others'. What made the difference?" },
});
