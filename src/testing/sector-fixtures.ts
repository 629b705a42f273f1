// Shared by the sector tests: a core framework with the three roles, sliders, a triad and a scale,
// and stories that answer it.
import type { FrameworkInput } from "../core/framework.ts";

export const coreFramework: FrameworkInput = {
  name: "Kern Werk en Inkomen",
  language: "nl",
  prompts: [{ id: "moment", text: "Vertel over een moment dat ertoe deed" }],
  signifiers: [
    { id: "situatie", type: "choice", question: "Waarover ging het?", role: "situation", options: [{ id: "schulden", label: "Schulden" }, { id: "werk", label: "Werk" }] },
    { id: "aanpak", type: "choice", question: "Wat deed je?", role: "intervention", options: [{ id: "bezoek", label: "Huisbezoek" }, { id: "bellen", label: "Bellen" }] },
    { id: "uitkomst", type: "choice", question: "Hoe liep het af?", role: "outcome", options: [{ id: "beter", label: "Beter" }, { id: "gelijk", label: "Gelijk" }] },
    { id: "regie", type: "dyad", question: "Wie had de regie?", labels: ["Ik", "De inwoner"] },
    { id: "hulp", type: "triad", question: "Wat hielp?", labels: ["Regels", "Contact", "Samenwerking"] },
    { id: "cijfer", type: "scale", question: "Cijfer", min: 1, max: 5 },
  ],
};

export const coreStory = (n: number, consent: { research?: boolean; sector?: boolean } = {}, extra: Record<string, unknown> = {}) => ({
  title: `Verhaal ${n}`,
  text: `Verhaal nummer ${n}: het huisbezoek hielp bij de schulden.`,
  answers: { situatie: n % 3 === 0 ? "werk" : "schulden", aanpak: n % 2 === 0 ? "bezoek" : "bellen", uitkomst: "beter", regie: (n % 10) / 10, hulp: [0.2, 0.5, 0.3], cijfer: 1 + (n % 5) },
  consent: { research: consent.research ?? true, sector: consent.sector ?? false },
  toldAt: `2026-11-${String(1 + (n % 28)).padStart(2, "0")}T10:${String(n % 60).padStart(2, "0")}:00+01:00`,
  ...extra,
});
