// Words of the signification widgets. The questions and labels themselves come from the framework
// (in the framework's language); these are the words around them.
import { defineMessages } from "../toolkit/i18n.tsx";

export const messages = defineMessages({
  optional: { nl: "(niet verplicht)", en: "(optional)" },
  notApplicable: { nl: "Niet van toepassing", en: "Does not apply" },
  notAnswered: { nl: "Nog niet ingevuld", en: "Not answered yet" },
  percent: { nl: "{label} {value}%", en: "{label} {value}%" },
  triadHint: {
    nl: "Zet een punt in de driehoek. Hoe dichter het punt bij een hoek staat, hoe meer die hoek telt. Met het toetsenbord: gebruik de pijltjestoetsen.",
    en: "Put a point in the triangle. The closer the point is to a corner, the more that corner counts. With the keyboard: use the arrow keys.",
  },
  triadNumbers: { nl: "Of vul percentages in (samen 100%)", en: "Or enter percentages (together 100%)" },
  dyadHint: { nl: "Schuif naar de kant die het best past.", en: "Slide towards the side that fits best." },
  stonesHint: {
    nl: "Zet de punten op de plek die past. Tik op het vlak om ze één voor één neer te zetten, en sleep een punt om het te verplaatsen. Met het toetsenbord: ga met Tab naar een punt in de lijst en verplaats het met de pijltjestoetsen. Met Delete haal je het weer weg.",
    en: "Put the points where they fit. Tap the area to place them one by one, and drag a point to move it. With the keyboard: Tab to a point in the list and move it with the arrow keys. Delete takes it off again.",
  },
  stonesNotPlaced: { nl: "Nog niet geplaatst", en: "Not placed yet" },
  multipleHint: { nl: "Je kunt meer dan één antwoord kiezen.", en: "You can choose more than one answer." },
  charactersLeft: { nl: "Nog {count} tekens over", en: "{count} characters left" },
  charactersOver: { nl: "{count} tekens te veel", en: "{count} characters too many" },
  scaleNumber: { nl: "Kies een getal van {min} tot en met {max}", en: "Choose a number from {min} to {max}" },
  // Client-side checks, by the codes of core/answers.ts.
  required: { nl: "Beantwoord deze vraag.", en: "Answer this question." },
  wrongType: { nl: "Dit antwoord klopt niet. Probeer het opnieuw.", en: "This answer is not valid. Please try again." },
  triadSum: { nl: "De drie delen moeten samen 100% zijn.", en: "The three parts must add up to 100%." },
  outOfRange: { nl: "Dit antwoord valt buiten de mogelijke waarden.", en: "This answer is outside the possible values." },
  unknownOption: { nl: "Deze keuze bestaat niet.", en: "This option does not exist." },
  tooLong: { nl: "Dit antwoord is te lang.", en: "This answer is too long." },
  readAloud: { nl: "Lees voor", en: "Read aloud" },
  readAloudItem: { nl: "Lees voor: {text}", en: "Read aloud: {text}" },
  unknownSignifier: { nl: "Deze vraag hoort niet bij dit formulier.", en: "This question is not part of this form." },
});
