import { defineMessages } from "../toolkit/i18n.tsx";

export const exportMessages = defineMessages({
  heading: { nl: "Exporteren", en: "Export" },
  intro: {
    nl: "Download de verhalen met toestemming voor onderzoek: één rij per verhaal, een kolom per vraag. De kolomkoppen noemen de vraag en het onderdeel.",
    en: "Download the stories with consent for research: one row per story, a column per question. The column headers name the question and the part.",
  },
  introFiltered: {
    nl: "Download de verhalen die nu onder je filters vallen, met toestemming voor onderzoek: één rij per verhaal, een kolom per vraag.",
    en: "Download the stories your filters select now, with consent for research: one row per story, a column per question.",
  },
  csv: { nl: "CSV", en: "CSV" },
  xlsx: { nl: "Excel (XLSX)", en: "Excel (XLSX)" },
  json: { nl: "JSON", en: "JSON" },
  download: { nl: "Download {format}", en: "Download {format}" },
  busy: { nl: "Bezig met {format}…", en: "Preparing {format}…" },
  done: { nl: "{file} is gedownload.", en: "{file} has been downloaded." },
});
