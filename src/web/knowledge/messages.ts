import { defineMessages } from "../toolkit/i18n.tsx";

export const similarMessages = defineMessages({
  similarTitle: { nl: "Vergelijkbare verhalen", en: "Similar stories" },
  similarIntro: { nl: "Verhalen met dezelfde woorden of dezelfde antwoorden. Waarom ze lijken, staat eronder.", en: "Stories with the same words or the same answers. Why they are alike is shown below each." },
  why: { nl: "Waarom", en: "Why" },
  noSimilar: { nl: "Er zijn nog geen vergelijkbare verhalen.", en: "There are no similar stories yet." },
  untitled: { nl: "{words} …", en: "{words} …" },
});
