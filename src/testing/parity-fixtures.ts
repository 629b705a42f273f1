// Stories at the edges, where two implementations most easily disagree: values exactly on bin
// edges, triads in corners and summing to 1 ± 1e-6, answers of the wrong shape (which both must
// treat as missing), unknown options, "does not apply" (null), stories without research consent.
import type { SyntheticStory } from "../core/patterns/synthetic.ts";

const base = { channel: "web", team: 1, collection: 0, consentResearch: true, toldMs: Date.UTC(2024, 5, 1) };
const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;

const answers: Record<string, unknown>[] = [
  { situatie: "schulden", aanpak: "huisbezoek", uitkomst: "beter", regie: 0.7, tempo: 0, cijfer: 10, hulp: [1, 0, 0], steun: [0, 0, 1] },
  { situatie: "schulden", aanpak: "huisbezoek", uitkomst: "beter", regie: 1, tempo: 0.1, cijfer: 1, hulp: [0, 1, 0], steun: [0.3333333, 0.3333333, 0.3333334] },
  { situatie: "werk", aanpak: "coach", uitkomst: "opgelost", regie: 0.3, tempo: 0.9999999, zorgen: 0, hulp: [0.25, 0.25, 0.5000005], steun: [0.5, 0.5, 0] },
  { situatie: "werk", aanpak: "coach", uitkomst: "slechter", regie: "veel", tempo: 1.2, cijfer: 2.5, zorgen: 6, hulp: [0.5, 0.5], steun: "midden" },
  { situatie: "wonen", aanpak: ["coach"], uitkomst: "onbekend", thema: "geld", regie: null, cijfer: null, hulp: null, gevoel: [0.1, 0.2] },
  { situatie: "wonen", aanpak: "regels", uitkomst: "beter", thema: ["geld", "onbekend"], gevoel: { inwoner: [0, 1], ik: [0.5] } },
  { situatie: "zorg", aanpak: "regels", uitkomst: "beter", thema: [], regie: 0.05, tempo: 0.95, hulp: [0.1, 0.2, 0.7] },
  { situatie: "onbekend", aanpak: "regels", uitkomst: "beter", regie: 0.5 },
  { aanpak: "regels", uitkomst: "beter", regie: 0.55 },
];

export function edgeStories(): SyntheticStory[] {
  const stories = answers.map((a, n) => ({ ...base, id: id(n + 1), answers: a, toldMs: base.toldMs + n }));
  // The same answers without consent and at the exact ends of a period filter.
  stories.push({ ...base, id: id(100), answers: answers[0]!, consentResearch: false });
  stories.push({ ...base, id: id(101), answers: answers[1]!, toldMs: Date.UTC(2024, 5, 1) });
  stories.push({ ...base, id: id(102), answers: answers[2]!, toldMs: Date.UTC(2025, 2, 1, 12, 30, 0, 500) });
  return stories;
}
