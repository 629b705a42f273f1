// Demo stories for the klantmanagers template: invented, deterministic for a seed, with patterns
// planted so that a first look at the dashboard shows something real to talk about:
// - what works: with money worries, making a plan together ends well far more often than applying
//   the rules carefully or referring on; with loneliness, bringing in the network does;
// - what goes with what: who had control (regie) follows the approach (a plan together: the
//   resident), so does the room the rules gave (maatwerk: much room) and what helped (the triangle);
//   how the teller looks back follows the outcome.
import type { StoryInput } from "../story.ts";
import { mulberry32, type Random } from "../stats/index.ts";
import { type Approach, asides, endings, lessons, middles, openings, type Outcome, people, type Situation, titles } from "./texts.ts";

export const DEMO_STORY_COUNT = 300;
export const DEMO_SEED = 2026;
const DAY_MS = 86_400_000;

const situations: [Situation, number][] = [["schulden", 30], ["werk", 18], ["wonen", 14], ["zorg", 12], ["gezin", 12], ["eenzaamheid", 14]];
const approaches: Approach[] = ["huisbezoek", "maatwerk", "doorverwijzen", "samen_plan", "netwerk", "regels_toepassen"];
const outcomes: Outcome[] = ["opgelost", "beter", "hetzelfde", "slechter"];

/** How likely each outcome is after an approach (opgelost, beter, hetzelfde, slechter). */
const usual: Record<Approach, number[]> = {
  huisbezoek: [30, 35, 25, 10], maatwerk: [35, 35, 20, 10], doorverwijzen: [20, 30, 35, 15],
  samen_plan: [35, 35, 20, 10], netwerk: [30, 35, 25, 10], regels_toepassen: [20, 30, 35, 15],
};
/** The planted effects: where an approach works much better or worse than usual. */
const planted: Partial<Record<Situation, Partial<Record<Approach, number[]>>>> = {
  schulden: { samen_plan: [70, 22, 6, 2], regels_toepassen: [5, 10, 50, 35], doorverwijzen: [8, 20, 45, 27] },
  eenzaamheid: { netwerk: [60, 30, 8, 2], doorverwijzen: [5, 20, 50, 25] },
};
/** Which approach klantmanagers choose more often in a situation, so every cell holds stories. */
const chosen: Record<Situation, number[]> = {
  schulden: [20, 8, 16, 22, 6, 28], werk: [10, 25, 20, 20, 10, 15], wonen: [15, 20, 25, 15, 10, 15],
  zorg: [20, 10, 30, 15, 15, 10], gezin: [25, 10, 20, 20, 15, 10], eenzaamheid: [20, 5, 25, 10, 30, 10],
};

function weighted<T>(random: Random, items: readonly T[], weights: readonly number[]): T {
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((r -= weights[i]!) < 0) return items[i]!;
  return items[items.length - 1]!;
}
const pick = <T>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const clamp = (x: number) => Math.min(1, Math.max(0, x));
const round = (x: number) => Math.round(x * 1000) / 1000;
/** Around a centre, with noise of the given width. */
const near = (random: Random, centre: number, spread = 0.2) => round(clamp(centre + (random() + random() - 1) * spread));

/** A triangle answer leaning towards the given weights, summing to exactly 1. */
function triad(random: Random, lean: [number, number, number]): number[] {
  const raw = lean.map((w) => w + random() * 0.8);
  const sum = raw.reduce((a, b) => a + b, 0);
  const [a, b] = raw.map((w) => round(w / sum)) as [number, number];
  return [a, b, round(1 - a - b)];
}

const helped: Record<Approach, [number, number, number]> = {
  regels_toepassen: [2.2, 0.3, 0.3], doorverwijzen: [0.6, 0.3, 1.8], huisbezoek: [0.2, 2.2, 0.5],
  samen_plan: [0.3, 2.0, 0.4], netwerk: [0.2, 0.8, 1.8], maatwerk: [1.0, 1.3, 0.4],
};
const source: Record<Approach, [number, number, number]> = {
  regels_toepassen: [0.4, 1.5, 0.3], doorverwijzen: [0.4, 0.8, 1.4], huisbezoek: [0.8, 1.4, 0.5],
  samen_plan: [2.0, 0.6, 0.4], netwerk: [0.4, 0.4, 2.2], maatwerk: [0.5, 2.0, 0.3],
};
const control: Record<Approach, number> = { samen_plan: 0.75, netwerk: 0.65, huisbezoek: 0.5, maatwerk: 0.45, doorverwijzen: 0.3, regels_toepassen: 0.2 };
const room: Record<Approach, number> = { maatwerk: 0.8, samen_plan: 0.55, huisbezoek: 0.5, netwerk: 0.5, doorverwijzen: 0.35, regels_toepassen: 0.15 };
const mood: Record<Outcome, number> = { opgelost: 4.5, beter: 3.7, hetzelfde: 2.6, slechter: 1.7 };

function promptOf(random: Random, approach: Approach, outcome: Outcome): string {
  if (approach === "doorverwijzen" || approach === "netwerk") return random() < 0.5 ? "samenwerking" : outcome === "opgelost" ? "verschil" : "vastgelopen";
  if (approach === "maatwerk" || approach === "regels_toepassen") return random() < 0.5 ? "regels" : outcome === "opgelost" || outcome === "beter" ? "verschil" : "vastgelopen";
  return outcome === "opgelost" || outcome === "beter" ? "verschil" : "vastgelopen";
}

const fill = (sentence: string, who: string) => {
  const filled = sentence.replaceAll("{who}", who).replaceAll("{them}", "de inwoner").replaceAll("{They}", "De inwoner");
  return filled.charAt(0).toUpperCase() + filled.slice(1);
};

function storyText(random: Random, situation: Situation, approach: Approach, outcome: Outcome): string {
  const who = pick(random, people);
  const sentences = [pick(random, openings[situation]), pick(random, middles[approach])];
  if (random() < 0.6) sentences.push(pick(random, asides));
  sentences.push(pick(random, endings[outcome]));
  return sentences.map((s) => fill(s, who)).join(" ");
}

/** One demo story as a teller would send it, told `daysAgo` days before `now`. */
function demoStory(random: Random, now: number): StoryInput {
  const situation = weighted(random, situations.map(([s]) => s), situations.map(([, w]) => w));
  const approach = weighted(random, approaches, chosen[situation]);
  const outcome = weighted(random, outcomes, planted[situation]?.[approach] ?? usual[approach]);
  const good = outcome === "opgelost" || outcome === "beter";
  const answers: Record<string, unknown> = {
    situatie: situation, aanpak: approach, uitkomst: outcome,
    wat_hielp: triad(random, helped[approach]),
    ruimte: triad(random, source[approach]),
    regie: near(random, control[approach], 0.3),
    regelruimte: near(random, room[approach], 0.3),
    gevoel: { inwoner: [near(random, good ? 0.7 : 0.35), near(random, good ? 0.75 : 0.3)], ik: [near(random, 0.6), near(random, good ? 0.7 : 0.4)] },
    gevoel_nu: Math.min(5, Math.max(1, Math.round(mood[outcome] + (random() - 0.5) * 1.6))),
  };
  if (random() < 0.4) answers.les = pick(random, lessons);
  const daysAgo = Math.floor(random() * 180);
  const interview = random() >= 0.8;
  return {
    title: random() < 0.7 ? pick(random, titles[situation]) : undefined,
    text: storyText(random, situation, approach, outcome),
    promptId: promptOf(random, approach, outcome),
    language: "nl",
    answers,
    channel: interview ? "interview" : "web",
    toldAt: new Date(now - daysAgo * DAY_MS - Math.floor(random() * DAY_MS)).toISOString(),
    // In an interview the colleague asks for consent aloud and records that.
    consent: { research: true, quoting: random() < 0.6, ...(interview ? { confirmedAloud: true } : {}) },
  };
}

/** `count` demo stories; the same seed and `now` give the same stories. */
export function demoStories(options: { seed?: number; count?: number; now?: Date } = {}): StoryInput[] {
  const random = mulberry32(options.seed ?? DEMO_SEED);
  const now = (options.now ?? new Date()).getTime();
  return Array.from({ length: options.count ?? DEMO_STORY_COUNT }, () => demoStory(random, now));
}
