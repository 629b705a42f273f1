import { defineMessages } from "../toolkit/i18n.tsx";

export const themeMessages = defineMessages({
  title: { nl: "Thema's", en: "Themes" },
  intro: {
    nl: "Vertelpunt zoekt groepen verhalen die dezelfde woorden gebruiken. Zo'n groep heet een thema. Een thema is een aanwijzing: lees altijd de voorbeeldverhalen.",
    en: "Vertelpunt looks for groups of stories that use the same words. Such a group is a theme. A theme is a hint: always read the example stories.",
  },
  form: { nl: "Thema's zoeken", en: "Find themes" },
  collection: { nl: "Vertelpunt", en: "Collection" },
  chooseCollection: { nl: "Kies een vertelpunt", en: "Choose a collection" },
  k: { nl: "Aantal thema's", en: "Number of themes" },
  kHint: { nl: "Een getal van 2 tot 12. Er is geen juist aantal: probeer er een paar.", en: "A number from 2 to 12. There is no right number: try a few." },
  seed: { nl: "Startgetal", en: "Seed" },
  seedHint: { nl: "Met hetzelfde startgetal komen er dezelfde thema's uit.", en: "The same seed gives the same themes." },
  find: { nl: "Thema's zoeken", en: "Find themes" },
  theme: { nl: "Thema {n}: {words}", en: "Theme {n}: {words}" },
  size: { nl: "{count} verhalen", en: "{count} stories" },
  examples: { nl: "Voorbeelden", en: "Examples" },
  untitled: { nl: "{words} …", en: "{words} …" },
  counted: { nl: "{analysed} verhalen bekeken, met toestemming voor onderzoek.", en: "{analysed} stories analysed, with consent for research." },
  sampled: {
    nl: "Er zijn {matched} verhalen. Vertelpunt keek naar een vaste steekproef van {analysed}.",
    en: "There are {matched} stories. Vertelpunt looked at a fixed sample of {analysed}.",
  },
  unthemed: { nl: "{count} verhalen delen geen woorden met andere verhalen en hebben geen thema.", en: "{count} stories share no words with other stories and have no theme." },
  none: { nl: "Er zijn te weinig verhalen om thema's te vinden.", en: "There are too few stories to find themes." },
  howItWorks: { nl: "Hoe werkt dit?", en: "How does this work?" },
  howItWorksText: {
    nl: "Van elk verhaal telt Vertelpunt de woorden (schulden en schuld tellen als hetzelfde woord). Woorden die bijna elk verhaal gebruikt, tellen niet mee. Daarna verdeelt een rekenregel (k-means) de verhalen in groepen met veel dezelfde woorden. Er wordt niets opgeslagen en niets besloten over personen.",
    en: "Vertelpunt counts the words of every story (debts and debt count as the same word). Words that nearly every story uses do not count. A rule (k-means) then splits the stories into groups that share many words. Nothing is stored and nothing is decided about anyone.",
  },
});
