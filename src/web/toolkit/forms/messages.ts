import { defineMessages } from "../i18n.tsx";

export const formMessages = defineMessages({
  summaryTitle: { nl: "Controleer wat je hebt ingevuld", en: "Check what you filled in" },
  // {label} comes with its colon (withColon): a label may be a question ending in "?".
  summaryItem: { nl: "{label} {reason}", en: "{label} {reason}" },
  busy: { nl: "Even geduld…", en: "One moment…" },
  optional: { nl: "(niet verplicht)", en: "(optional)" },
  valueMissing: { nl: "Vul dit in.", en: "Fill this in." },
  selectMissing: { nl: "Maak een keuze.", en: "Make a choice." },
  emailInvalid: { nl: "Dit is geen e-mailadres. Bijvoorbeeld: naam@gemeente.nl", en: "This is not an e-mail address. For example: name@example.org" },
  tooShort: { nl: "Gebruik minstens {min} tekens.", en: "Use at least {min} characters." },
  tooLong: { nl: "Gebruik hoogstens {max} tekens.", en: "Use at most {max} characters." },
  outOfRange: { nl: "Kies een getal van {min} tot en met {max}.", en: "Choose a number from {min} to {max}." },
  dateTooEarly: { nl: "Deze datum ligt vóór de begindatum. Kies een latere datum.", en: "This date is before the start date. Choose a later date." },
  notANumber: { nl: "Vul een heel getal in.", en: "Fill in a whole number." },
  invalid: { nl: "Dit klopt niet.", en: "This is not valid." },
  network: {
    nl: "Er is geen verbinding met de server. Er is niets opgeslagen. Probeer het opnieuw.",
    en: "There is no connection with the server. Nothing was saved. Please try again.",
  },
});
