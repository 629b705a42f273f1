import { defineMessages } from "../toolkit/i18n.tsx";

export const erasureMessages = defineMessages({
  title: { nl: "Verhalen van een cliënt wissen", en: "Erase a client's stories" },
  intro: {
    nl: "Vraagt een cliënt om al zijn of haar verhalen te wissen (AVG, artikel 17)? Zoek de verhalen op met de verwijzing die bij het vertellen is gebruikt, bijvoorbeeld het cliëntnummer. Je ziet eerst wat er gewist wordt.",
    en: "Does a client ask to erase all their stories (GDPR, article 17)? Find the stories by the reference used when telling, such as the client number. You first see what will be erased.",
  },
  kind: { nl: "Wat heb je van de cliënt?", en: "What do you have of the client?" },
  kindRef: { nl: "Cliëntnummer of andere verwijzing", en: "Client number or other reference" },
  kindPseudonym: { nl: "Pseudoniem uit Vertelpunt (43 tekens)", en: "Pseudonym from Vertelpunt (43 characters)" },
  reference: { nl: "Verwijzing", en: "Reference" },
  referenceHint: {
    nl: "Precies zoals bij het vertellen. Vertelpunt bewaart de verwijzing zelf niet, alleen een pseudoniem ervan.",
    en: "Exactly as given when telling. Vertelpunt does not keep the reference itself, only a pseudonym of it.",
  },
  pseudonym: { nl: "Pseudoniem", en: "Pseudonym" },
  pseudonymHint: { nl: "Je vindt het op de tijdlijn van de cliënt.", en: "You find it on the client's timeline." },
  find: { nl: "Bekijk wat er gewist wordt", en: "See what will be erased" },
  previewHeading: { nl: "Wat er gewist wordt", en: "What will be erased" },
  none: {
    nl: "Er zijn geen verhalen van deze cliënt. Controleer de verwijzing: die moet precies zo zijn als bij het vertellen.",
    en: "There are no stories of this client. Check the reference: it must be exactly as given when telling.",
  },
  summary: {
    nl: "{count} verhalen van deze cliënt, verteld van {from} t/m {to}, worden definitief gewist. Ook de lezingen, markeringen en vervolgacties bij deze verhalen verdwijnen.",
    en: "{count} stories of this client, told from {from} to {to}, will be erased for good. The readings, marked passages and follow-ups on these stories go as well.",
  },
  summaryOne: {
    nl: "1 verhaal van deze cliënt, verteld op {from}, wordt definitief gewist. Ook de lezingen, markeringen en vervolgacties bij dit verhaal verdwijnen.",
    en: "1 story of this client, told on {from}, will be erased for good. The readings, marked passages and follow-ups on this story go as well.",
  },
  inCollection: { nl: "{name}: {count}", en: "{name}: {count}" },
  perCollection: { nl: "Per vertelpunt", en: "Per collection" },
  understood: { nl: "Ik begrijp dat dit niet ongedaan kan worden", en: "I understand that this cannot be undone" },
  mustConfirm: { nl: "Vink eerst aan dat je dit begrijpt.", en: "First tick that you understand this." },
  erase: { nl: "Wis {count} verhalen definitief", en: "Erase {count} stories for good" },
  eraseOne: { nl: "Wis 1 verhaal definitief", en: "Erase 1 story for good" },
  cancel: { nl: "Niet wissen", en: "Do not erase" },
  erased: { nl: "{count} verhalen zijn gewist. Dit staat in het logboek.", en: "{count} stories have been erased. This is in the audit log." },
});
