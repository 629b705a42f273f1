// Template "Sociaal domein — klantmanagers": prompts and signification questions for the practice of
// klantmanagers and wijkteams. Plain Dutch (B1). The choice questions with a role feed the
// situation → intervention → outcome patterns.
import type { FrameworkInput } from "../framework.ts";

export const sociaalDomeinKlantmanagers: FrameworkInput = {
  name: "Sociaal domein — klantmanagers",
  language: "nl",
  description: "Verhalen van klantmanagers en wijkteams over wat werkt, en wat niet, in het contact met inwoners.",
  prompts: [
    { id: "verschil", text: "Vertel over een moment in je werk waarop je echt het verschil maakte voor een inwoner. Wat gebeurde er?" },
    { id: "vastgelopen", text: "Vertel over een moment in je werk waarop het vastliep. Wat gebeurde er, en wat deed je toen?" },
    { id: "regels", text: "Vertel over een moment waarop de regels en wat de inwoner nodig had niet bij elkaar pasten." },
    { id: "samenwerking", text: "Vertel over een moment waarop samenwerken met een andere organisatie hielp, of juist niet." },
  ],
  signifiers: [
    {
      id: "wat_hielp", type: "triad", audience: "both",
      question: "Wat hielp in dit verhaal het meest?",
      labels: ["De regels en procedures", "Het contact met de inwoner", "De samenwerking met anderen"],
    },
    {
      id: "ruimte", type: "triad",
      question: "Waar kwam de oplossing vandaan?",
      labels: ["Eigen kracht van de inwoner", "Mijn vakmanschap", "Het netwerk om de inwoner heen"],
    },
    {
      id: "regie", type: "dyad", audience: "both",
      question: "Wie had de regie?",
      labels: ["Vooral ik als professional", "Vooral de inwoner zelf"],
    },
    {
      id: "regelruimte", type: "dyad",
      question: "Hoeveel ruimte gaven de regels?",
      labels: ["Geen ruimte: de regels lagen vast", "Veel ruimte om maatwerk te leveren"],
    },
    {
      id: "gevoel", type: "stones",
      question: "Zet de betrokkenen neer: hoe zeker en hoe tevreden waren zij?",
      xLabels: ["Onzeker", "Zeker"], yLabels: ["Ontevreden", "Tevreden"],
      items: [{ id: "inwoner", label: "De inwoner" }, { id: "ik", label: "Ikzelf" }, { id: "organisatie", label: "Mijn organisatie" }],
    },
    {
      id: "situatie", type: "choice", role: "situation", required: true,
      question: "Waar ging het vooral over?",
      options: [
        { id: "schulden", label: "Geldzorgen of schulden" },
        { id: "werk", label: "Werk of een plek om mee te doen" },
        { id: "wonen", label: "Wonen" },
        { id: "zorg", label: "Zorg of gezondheid" },
        { id: "gezin", label: "Gezin of opvoeden" },
        { id: "eenzaamheid", label: "Eenzaamheid" },
      ],
    },
    {
      id: "aanpak", type: "choice", role: "intervention", required: true,
      question: "Wat deed je vooral?",
      options: [
        { id: "huisbezoek", label: "Op huisbezoek gaan" },
        { id: "maatwerk", label: "Maatwerk: afwijken van de standaard" },
        { id: "doorverwijzen", label: "Doorverwijzen naar een andere organisatie" },
        { id: "samen_plan", label: "Samen met de inwoner een plan maken" },
        { id: "netwerk", label: "Het netwerk van de inwoner erbij halen" },
        { id: "regels_toepassen", label: "De regels zorgvuldig toepassen" },
      ],
    },
    {
      id: "uitkomst", type: "choice", role: "outcome", required: true,
      question: "Hoe liep het af?",
      options: [
        { id: "opgelost", label: "Het probleem is opgelost" },
        { id: "beter", label: "Het gaat beter, maar het is nog niet klaar" },
        { id: "hetzelfde", label: "Er veranderde (nog) niets" },
        { id: "slechter", label: "Het ging slechter" },
      ],
    },
    {
      id: "gevoel_nu", type: "scale", min: 1, max: 5,
      question: "Hoe kijk je nu terug op dit verhaal?",
      labels: ["Heel negatief", "Negatief", "Neutraal", "Positief", "Heel positief"],
    },
    {
      id: "les", type: "text", maxLength: 1000,
      question: "Wat zou je een collega meegeven na dit verhaal?",
    },
    {
      id: "duiding_kern", type: "triad", audience: "interpreter",
      question: "Wat zie jij als collega als de kern van dit verhaal?",
      labels: ["Vakmanschap", "Systeem en regels", "Relatie en vertrouwen"],
    },
  ],
};

export const frameworkTemplates = [{ id: "sociaal-domein-klantmanagers", framework: sociaalDomeinKlantmanagers }];
