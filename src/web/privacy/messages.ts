// Words of the check staff see before saving a text others will read, plain Dutch (B1) first.
import { defineMessages } from "../toolkit/i18n.tsx";

export const privacyMessages = defineMessages({
  checkTitle: { nl: "Dit halen we weg bij het opslaan", en: "This is removed when you save" },
  checkWhy: {
    nl: "Anderen lezen deze tekst. Daarom vervangen we namen, adressen, data en andere persoonsgegevens. Gemarkeerd zie je wat ervoor in de plaats komt.",
    en: "Others read this text. So we replace names, addresses, dates and other personal data. The marked parts show what takes their place.",
  },
  checkAsk: {
    nl: "Klopt dit? Sla dan nog een keer op. Wil je het anders? Pas de tekst aan.",
    en: "Is this right? Then save once more. Want it different? Change the text.",
  },
});
