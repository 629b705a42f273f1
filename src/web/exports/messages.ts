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
  qdpx: { nl: "REFI-QDA (QDPX)", en: "REFI-QDA (QDPX)" },
  qdpxHint: {
    nl: "REFI-QDA open je in ATLAS.ti, MAXQDA, NVivo of QualCoder. Je krijgt de verhalen als teksten, de labels en gemarkeerde stukken van collega's als codes, en de antwoorden als kenmerken per verhaal.",
    en: "Open REFI-QDA in ATLAS.ti, MAXQDA, NVivo or QualCoder. You get the stories as texts, colleagues' tags and marked passages as codes, and the answers as attributes of each story.",
  },
  download: { nl: "Download {format}", en: "Download {format}" },
  busy: { nl: "Bezig met {format}…", en: "Preparing {format}…" },
  done: { nl: "{file} is gedownload.", en: "{file} has been downloaded." },
});
