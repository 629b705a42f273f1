// The words of a similar story's reason, Dutch first (plain language), English second.
import type { Lang } from "../messages.ts";

const texts = {
  similarSharedWords: { nl: "gedeelde woorden", en: "shared words" },
  similarTriadClose: { nl: "driehoek dichtbij", en: "close triad position" },
  similarValueClose: { nl: "antwoord dichtbij", en: "close answer" },
  similarStonesClose: { nl: "stenen dichtbij", en: "stones placed alike" },
  similarSameChoice: { nl: "zelfde keuze", en: "same choice" },
  similarMeaningClose: { nl: "lijkt qua betekenis", en: "close in meaning" },
} as const satisfies Record<string, Record<Lang, string>>;

export const reasonWord = (key: keyof typeof texts, lang: Lang) => texts[key][lang];
