// Generated stories for the pattern engine's tests and bench: a framework of 20 signifiers (every
// type, the three roles, a multiple choice) and answers with structure in them — outcomes depend on
// situation × intervention, some sliders move together — plus the untidy parts of real data:
// skipped questions, "does not apply" (null), values exactly on bin edges. Deterministic per seed.
import type { FrameworkInput } from "../framework.ts";
import { mulberry32, type Random } from "../stats/index.ts";

const opts = (...ids: string[]) => ids.map((id) => ({ id, label: id }));

export const situations = ["schulden", "werk", "wonen", "zorg", "gezin", "eenzaamheid", "inkomen", "gezondheid"];
export const interventions = ["huisbezoek", "maatwerk", "doorverwijzen", "samen_plan", "netwerk", "regels", "budget", "coach", "groep", "digitaal"];
export const outcomes = ["opgelost", "beter", "hetzelfde", "slechter"];

export const syntheticFramework: FrameworkInput = {
  name: "Synthetisch",
  language: "nl",
  prompts: [{ id: "moment", text: "Vertel over een moment" }],
  signifiers: [
    { id: "situatie", type: "choice", question: "Situatie", role: "situation", options: opts(...situations) },
    { id: "aanpak", type: "choice", question: "Aanpak", role: "intervention", options: opts(...interventions) },
    { id: "uitkomst", type: "choice", question: "Uitkomst", role: "outcome", options: opts(...outcomes) },
    { id: "leefgebied", type: "choice", question: "Leefgebied", options: opts("stad", "dorp", "wijk", "centrum", "buiten", "anders") },
    { id: "urgentie", type: "choice", question: "Urgentie", options: opts("laag", "midden", "hoog") },
    { id: "partner", type: "choice", question: "Partner", options: opts("geen", "gemeente", "zorg", "school", "politie") },
    { id: "thema", type: "choice", question: "Thema's", multiple: true, options: opts("geld", "taal", "regels", "tijd", "vertrouwen", "gezondheid") },
    { id: "hulp", type: "triad", question: "Wat hielp?", labels: ["Regels", "Contact", "Samenwerking"] },
    { id: "werkwijze", type: "triad", question: "Werkwijze", labels: ["Snel", "Grondig", "Samen"] },
    { id: "balans", type: "triad", question: "Balans", labels: ["Ik", "Inwoner", "Systeem"] },
    { id: "steun", type: "triad", question: "Steun", labels: ["Familie", "Buren", "Professionals"] },
    { id: "regie", type: "dyad", question: "Regie", labels: ["Ik", "De inwoner"] },
    { id: "tempo", type: "dyad", question: "Tempo", labels: ["Langzaam", "Snel"] },
    { id: "ruimte", type: "dyad", question: "Ruimte", labels: ["Weinig", "Veel"] },
    { id: "vertrouwen", type: "dyad", question: "Vertrouwen", labels: ["Laag", "Hoog"] },
    { id: "cijfer", type: "scale", question: "Cijfer", min: 1, max: 10 },
    { id: "zorgen", type: "scale", question: "Zorgen", min: 0, max: 5 },
    { id: "energie", type: "scale", question: "Energie", min: 1, max: 5 },
    { id: "gevoel", type: "stones", question: "Zet neer", xLabels: ["onzeker", "zeker"], yLabels: ["ontevreden", "tevreden"], items: opts("inwoner", "ik") },
    { id: "les", type: "text", question: "Les" },
  ],
};

const pick = <T>(random: Random, list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const round3 = (v: number) => Math.round(v * 1000) / 1000;
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** A triad on a 0.001 grid summing to exactly 1 (as the form sends it), leaning towards `lean`. */
function triad(random: Random, lean: number): [number, number, number] {
  const w = [random() + lean, random(), random() * (1 - lean / 2)];
  const sum = w[0]! + w[1]! + w[2]!;
  const a = round3(w[0]! / sum);
  const b = round3(w[1]! / sum);
  return [a, b, round3(1 - a - b)];
}

/** Outcome odds depend on situation × intervention, so what-works has findings to report. */
function outcome(random: Random, s: number, i: number): string {
  const good = ((s * 7 + i * 3) % 10) / 20;
  const u = random();
  if (u < 0.15 + good) return outcomes[0]!;
  if (u < 0.5 + good / 2) return outcomes[1]!;
  return u < 0.85 ? outcomes[2]! : outcomes[3]!;
}

/** Answers for one story; about 5% of optional questions are skipped and 2% answered null. */
export function syntheticAnswers(random: Random): Record<string, unknown> {
  const s = Math.floor(random() * situations.length);
  const i = Math.floor(random() * interventions.length);
  const regie = random() < 0.1 ? pick(random, [0, 0.5, 0.7, 1]) : round3(random());
  const answers: Record<string, unknown> = {
    situatie: situations[s], aanpak: interventions[i], uitkomst: outcome(random, s, i),
    leefgebied: pick(random, ["stad", "dorp", "wijk", "centrum", "buiten", "anders"]),
    urgentie: pick(random, ["laag", "midden", "hoog"]), partner: pick(random, ["geen", "gemeente", "zorg", "school", "politie"]),
    thema: ["geld", "taal", "regels", "tijd", "vertrouwen", "gezondheid"].filter(() => random() < 0.3),
    hulp: triad(random, regie), werkwijze: triad(random, 0), balans: triad(random, 0.5), steun: triad(random, 0),
    regie, tempo: round3(clamp01(regie * 0.6 + random() * 0.4)), ruimte: round3(random()), vertrouwen: round3(random()),
    cijfer: 1 + Math.floor(random() * 10), zorgen: Math.floor(random() * 6), energie: 1 + Math.floor(random() * 5),
    gevoel: { inwoner: [round3(random()), round3(random())], ik: [round3(random()), round3(random())] },
    les: "Luisteren",
  };
  for (const key of Object.keys(answers)) {
    if (key === "situatie") continue;
    const u = random();
    if (u < 0.05) delete answers[key];
    else if (u < 0.07) answers[key] = null;
  }
  return answers;
}

export interface SyntheticStory {
  id: string;
  answers: Record<string, unknown>;
  channel: string;
  team: number;
  collection: number;
  consentResearch: boolean;
  /** Milliseconds since 1970, spread over about three years. */
  toldMs: number;
}

/** A UUID-shaped id from the generator (version 4 layout), so runs are repeatable. */
function syntheticId(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export function syntheticStories(count: number, seed: number): SyntheticStory[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => ({
    id: syntheticId(random),
    answers: syntheticAnswers(random),
    channel: pick(random, ["web", "kiosk", "interview"]),
    team: Math.floor(random() * 4),
    collection: Math.floor(random() * 2),
    consentResearch: random() < 0.9,
    toldMs: Date.UTC(2024, 0, 1) + Math.floor(random() * 1000 * 86_400_000),
  }));
}
