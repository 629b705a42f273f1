import { defineMessages } from "../toolkit/i18n.tsx";

export const settingsMessages = defineMessages({
  title: { nl: "Instellingen", en: "Settings" },
  intro: { nl: "Instellingen voor de hele organisatie. Alleen beheerders zien deze pagina.", en: "Settings for the whole organization. Only admins see this page." },
  thresholdHeading: { nl: "Kleine groepen verbergen", en: "Hiding small groups" },
  thresholdIntro: {
    nl: "Collega's en vertellers zien geen aantallen van kleine groepen verhalen, zodat niemand te herkennen is. Analisten en beheerders zien alle aantallen.",
    en: "Colleagues and tellers see no counts of small groups of stories, so nobody can be recognised. Analysts and admins see every count.",
  },
  threshold: { nl: "Kleinste groep die je laat zien", en: "Smallest group to show" },
  thresholdHint: {
    nl: "Een groep van minder verhalen blijft leeg. 5 is gebruikelijk; 1 verbergt niets.",
    en: "A group of fewer stories stays empty. 5 is usual; 1 hides nothing.",
  },
  thresholdSaved: { nl: "Opgeslagen: groepen van minder dan {k} verhalen blijven leeg.", en: "Saved: groups of fewer than {k} stories stay empty." },
  thresholdSavedAll: { nl: "Opgeslagen: alle aantallen zijn te zien.", en: "Saved: every count is shown." },
  save: { nl: "Opslaan", en: "Save" },
  retentionHeading: { nl: "Bewaartermijn per vertelpunt", en: "Retention per collection" },
  retentionIntro: {
    nl: "Verhalen die ouder zijn dan de bewaartermijn worden elk uur automatisch verwijderd. Het logboek houdt bij hoeveel. Laat het veld leeg om verhalen te bewaren tot je ze zelf verwijdert.",
    en: "Stories older than the retention period are removed automatically every hour. The audit log records how many. Leave the field empty to keep stories until you remove them yourself.",
  },
  retentionEmpty: { nl: "Er zijn nog geen vertelpunten.", en: "There are no collections yet." },
  retention: { nl: "Bewaartermijn van {name} in maanden", en: "Retention of {name} in months" },
  retentionKeep: { nl: "Leeg: bewaren", en: "Empty: keep" },
  retentionSaved: { nl: "Bewaartermijn van {name}: {months} maanden.", en: "Retention of {name}: {months} months." },
  retentionCleared: { nl: "{name} bewaart verhalen nu tot je ze zelf verwijdert.", en: "{name} now keeps stories until you remove them." },
  saveFor: { nl: "Opslaan voor {name}", en: "Save for {name}" },
  sectorNameHeading: { nl: "Naam in de sector", en: "Name in the sector" },
  sectorNameIntro: {
    nl: "Doet je organisatie mee met een sector? Dan zien de andere organisaties je cijfers en gedeelde verhalen, maar niet je naam. Je kunt hier kiezen dat ze je naam wel zien. Dat geldt vanaf je volgende levering.",
    en: "Does your organization take part in a sector? Then the other organizations see your figures and shared stories, but not your name. Here you can choose to let them see your name. This applies from your next release.",
  },
  sectorNameLabel: { nl: "Laat de naam van mijn organisatie zien in de sector", en: "Show my organization's name in the sector" },
  sectorNameShown: { nl: "De sector ziet je naam vanaf je volgende levering.", en: "The sector sees your name from your next release." },
  sectorNameHidden: { nl: "De sector ziet je naam niet meer vanaf je volgende levering.", en: "The sector no longer sees your name from your next release." },
});
