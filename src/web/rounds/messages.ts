import { defineMessages } from "../toolkit/i18n.tsx";

export const roundMessages = defineMessages({
  heading: { nl: "Luisterrondes", en: "Listening rounds" },
  intro: {
    nl: "Herhaal dit vertelpunt in rondes, bijvoorbeeld elk kwartaal. Elke ronde heeft een eigen periode, link, QR-code en poster. Op het dashboard vergelijk je de rondes.",
    en: "Repeat this collection in rounds, for example every quarter. Each round has its own period, link, QR code and poster. On the dashboard you compare the rounds.",
  },
  empty: { nl: "Er zijn nog geen rondes.", en: "There are no rounds yet." },
  period: { nl: "{from} t/m {to}", en: "{from} to {to}" },
  noPublicLink: {
    nl: "Dit vertelpunt is niet anoniem, dus de rondes hebben geen openbare link. Collega's vertellen in Vertelpunt zelf.",
    en: "This collection is not anonymous, so the rounds have no public link. Colleagues tell their stories in Vertelpunt itself.",
  },
  qrAlt: { nl: "QR-code van ronde {name}: {url}", en: "QR code of round {name}: {url}" },
  qrDownload: { nl: "QR-code (SVG)", en: "QR code (SVG)" },
  poster: { nl: "Poster (PDF, A4)", en: "Poster (PDF, A4)" },
  change: { nl: "Ronde {name} wijzigen", en: "Change round {name}" },
  changeShort: { nl: "Wijzigen", en: "Change" },
  cancel: { nl: "Annuleren", en: "Cancel" },
  closeNow: { nl: "Ronde nu sluiten", en: "Close round now" },
  closed: { nl: "Ronde {name} is gesloten. De link neemt geen verhalen meer aan.", en: "Round {name} is closed. Its link takes no more stories." },
  saved: { nl: "Ronde {name} is opgeslagen.", en: "Round {name} has been saved." },
  created: { nl: "Ronde {name} is gemaakt.", en: "Round {name} has been created." },
  newHeading: { nl: "Nieuwe ronde", en: "New round" },
  name: { nl: "Naam van de ronde", en: "Name of the round" },
  nameHint: { nl: "Bijvoorbeeld: Voorjaar 2027", en: "For example: Spring 2027" },
  startsAt: { nl: "Eerste dag", en: "First day" },
  endsAt: { nl: "Laatste dag", en: "Last day" },
  create: { nl: "Ronde maken", en: "Create round" },
  save: { nl: "Opslaan", en: "Save" },
  invitations: { nl: "Uitnodigingen en respons", en: "Invitations and response" },
  invitationsOf: { nl: "Uitnodigingen en respons van ronde {name}", en: "Invitations and response of round {name}" },
  reminderDays: { nl: "Herinnering na (dagen, niet verplicht)", en: "Reminder after (days, optional)" },
  reminderDaysHint: {
    nl: "Wie persoonlijk is uitgenodigd en na zoveel dagen nog niet verteld heeft, krijgt één herinnering. Leeg: geen herinnering.",
    en: "Whoever was invited personally and has not told after this many days gets one reminder. Empty: no reminder.",
  },
});
