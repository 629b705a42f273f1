// Plain words first: what a result means and how sure it is, in one or two sentences at B1 level
// (Dutch, and English), for the reader who has ten seconds. The test, statistic, q and interval stay
// in the table behind them. Answer labels are quoted: they are the framework's words, not ours.
// Pure: the web app words results with these, and tests pin the wording.
import { ALPHA, detectableDifference, POWER, signedRankMinimumN, twoProportionSampleSize } from "../stats/power.ts";

export type Lang = "nl" | "en";
type Words = Record<Lang, string>;

const fill = (words: Words, lang: Lang, params: Record<string, string | number> = {}) =>
  words[lang].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));

const locale = (lang: Lang) => (lang === "nl" ? "nl-NL" : "en-GB");

/** 62%, in the reader's locale. */
export const percent = (share: number, lang: Lang) =>
  new Intl.NumberFormat(locale(lang), { style: "percent", maximumFractionDigits: 0 }).format(share);

/** A number with at most `digits` decimals, in the reader's locale (1,5 in Dutch). */
export const decimal = (value: number, lang: Lang, digits = 1) =>
  new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);

export type Certainty = "almostSure" | "likely" | "maybeChance";

/** How sure, from a q-value (or p): q ≤ 0.01 almost sure, q ≤ 0.05 likely, else it may be chance. */
export function certainty(q: number): Certainty {
  return q <= 0.01 ? "almostSure" : q <= ALPHA ? "likely" : "maybeChance";
}

const SURE: Record<"difference" | "association", Record<Certainty, Words>> = {
  difference: {
    almostSure: { nl: "Dit verschil is bijna zeker geen toeval.", en: "This difference is almost certainly not chance." },
    likely: { nl: "Dit verschil is waarschijnlijk geen toeval.", en: "This difference is probably not chance." },
    maybeChance: { nl: "Dit verschil kan toeval zijn.", en: "This difference may be chance." },
  },
  association: {
    almostSure: { nl: "Dit verband is bijna zeker geen toeval.", en: "This link is almost certainly not chance." },
    likely: { nl: "Dit verband is waarschijnlijk geen toeval.", en: "This link is probably not chance." },
    maybeChance: { nl: "Dit verband kan toeval zijn.", en: "This link may be chance." },
  },
};

/** "Dit verschil is waarschijnlijk geen toeval."; without a q (nothing tested) why not. */
export function certaintySentence(q: number | null, lang: Lang, about: "difference" | "association" = "difference"): string {
  return q === null || Number.isNaN(q) ? fill(NOT_TESTED, lang) : fill(SURE[about][certainty(q)], lang);
}
const NOT_TESTED: Words = { nl: "Hier is geen toets voor gedaan.", en: "No test was done for this." };

type Direction = "more" | "less" | "same";
/** Differences under half a percentage point (or half a hundredth on a scale) read as the same. */
const direction = (difference: number, tolerance = 0.005): Direction => (difference > tolerance ? "more" : difference < -tolerance ? "less" : "same");

const SHARE: Record<Direction, Words> = {
  more: { nl: "Bij “{situation}” leidde “{intervention}” vaker tot “{outcome}”: {share} tegen {rest} bij andere aanpakken.", en: "In “{situation}”, “{intervention}” more often led to “{outcome}”: {share} against {rest} with other approaches." },
  less: { nl: "Bij “{situation}” leidde “{intervention}” minder vaak tot “{outcome}”: {share} tegen {rest} bij andere aanpakken.", en: "In “{situation}”, “{intervention}” less often led to “{outcome}”: {share} against {rest} with other approaches." },
  same: { nl: "Bij “{situation}” leidde “{intervention}” even vaak tot “{outcome}” als andere aanpakken: {share}.", en: "In “{situation}”, “{intervention}” led to “{outcome}” as often as other approaches: {share}." },
};

export interface ShareResult {
  situation: string;
  intervention: string;
  outcome: string;
  /** Share of the outcome after the intervention, and in the rest of the situation. */
  share: number;
  restShare: number;
  q: number | null;
}

/** "Bij schulden leidde een huisbezoek vaker tot een betere afloop: 62% tegen 41% bij andere aanpakken. Dit verschil is waarschijnlijk geen toeval." */
export function shareSentence(r: ShareResult, lang: Lang): string {
  const said = fill(SHARE[direction(r.share - r.restShare)], lang, {
    situation: r.situation, intervention: r.intervention, outcome: r.outcome, share: percent(r.share, lang), rest: percent(r.restShare, lang),
  });
  return `${said} ${certaintySentence(r.q, lang)}`;
}

const MEAN: Record<Direction, Words> = {
  more: { nl: "Bij “{situation}” was het antwoord op “{question}” na “{intervention}” gemiddeld hoger: {mean} tegen {rest} bij andere aanpakken.", en: "In “{situation}”, the answer to “{question}” was higher on average after “{intervention}”: {mean} against {rest} with other approaches." },
  less: { nl: "Bij “{situation}” was het antwoord op “{question}” na “{intervention}” gemiddeld lager: {mean} tegen {rest} bij andere aanpakken.", en: "In “{situation}”, the answer to “{question}” was lower on average after “{intervention}”: {mean} against {rest} with other approaches." },
  same: { nl: "Bij “{situation}” was het antwoord op “{question}” na “{intervention}” gemiddeld even hoog als bij andere aanpakken: {mean}.", en: "In “{situation}”, the answer to “{question}” after “{intervention}” was as high on average as with other approaches: {mean}." },
};
const CORNER: Record<Direction, Words> = {
  more: { nl: "Bij “{situation}” lag het antwoord op “{question}” na “{intervention}” meer bij “{corner}”: {mean} tegen {rest} bij andere aanpakken.", en: "In “{situation}”, the answer to “{question}” after “{intervention}” leaned more towards “{corner}”: {mean} against {rest} with other approaches." },
  less: { nl: "Bij “{situation}” lag het antwoord op “{question}” na “{intervention}” minder bij “{corner}”: {mean} tegen {rest} bij andere aanpakken.", en: "In “{situation}”, the answer to “{question}” after “{intervention}” leaned less towards “{corner}”: {mean} against {rest} with other approaches." },
  same: { nl: "Bij “{situation}” lag het antwoord op “{question}” na “{intervention}” ongeveer even vaak bij “{corner}” als bij andere aanpakken: {mean}.", en: "In “{situation}”, the answer to “{question}” after “{intervention}” leaned towards “{corner}” about as much as with other approaches: {mean}." },
};

export interface MeanResult {
  situation: string;
  intervention: string;
  question: string;
  /** A slider or corner share reads as a percentage, a scale as a number with one decimal. */
  kind: "dyad" | "scale" | "triad";
  /** One mean, or one per corner of a triangle (with the corners' labels). */
  means: { mean: number; rest: number; corner?: string }[];
  q: number | null;
}

/** The mean after the intervention against the rest; for a triangle the corner that moved most. */
export function meanSentence(r: MeanResult, lang: Lang): string {
  const format = (v: number) => (r.kind === "scale" ? decimal(v, lang) : percent(v, lang));
  const moved = r.means.reduce((a, b) => (Math.abs(b.mean - b.rest) > Math.abs(a.mean - a.rest) ? b : a));
  const tolerance = r.kind === "scale" ? 0.05 : 0.005;
  const words = r.kind === "triad" ? CORNER : MEAN;
  const said = fill(words[direction(moved.mean - moved.rest, tolerance)], lang, {
    situation: r.situation, intervention: r.intervention, question: r.question, corner: moved.corner ?? "", mean: format(moved.mean), rest: format(moved.rest),
  });
  return `${said} ${certaintySentence(r.q, lang)}`;
}

type Strength = "barely" | "weak" | "clear" | "strong";
const STRENGTH: Record<Strength, Words> = {
  barely: { nl: "nauwelijks", en: "barely" },
  weak: { nl: "een beetje", en: "a little" },
  clear: { nl: "duidelijk", en: "clearly" },
  strong: { nl: "sterk", en: "strongly" },
};

/**
 * The size of an association in words, by Cohen's (1988) marks for r and for w (Cramér's V with two
 * categories): 0.1 small, 0.3 medium, 0.5 large. ε² is a share of variance, read as r = √ε².
 */
export function strength(measure: "cramersV" | "epsilonSquared" | "rho", value: number): Strength {
  const r = Math.abs(measure === "epsilonSquared" ? Math.sqrt(Math.max(0, value)) : value);
  return r < 0.1 ? "barely" : r < 0.3 ? "weak" : r < 0.5 ? "clear" : "strong";
}

const ASSOCIATION: Words = { nl: "De antwoorden op “{a}” en “{b}” hangen {strength} samen.", en: "The answers to “{a}” and “{b}” are {strength} related." };

/** "De antwoorden op “Situatie” en “Uitkomst” hangen duidelijk samen. Dit verband is waarschijnlijk geen toeval." */
export function associationSentence(a: string, b: string, effect: { measure: "cramersV" | "epsilonSquared" | "rho"; value: number | null }, q: number | null, lang: Lang): string {
  const how = effect.value === null ? "" : fill(STRENGTH[strength(effect.measure, effect.value)], lang);
  const said = fill(ASSOCIATION, lang, { a, b, strength: how }).replace("  ", " ");
  return `${said} ${certaintySentence(q, lang, "association")}`;
}

/** The difference people look for when nothing is set: 20 percentage points, 40% against 60%. */
export const TARGET = { p1: 0.4, p2: 0.6 };

export interface NotYet {
  /** Stories per group now (the smaller group where there are two). */
  perGroup: number;
  /** Stories per group for a 20-point difference, rounded up. */
  needed: number;
  /** Stories per group still to come. */
  more: number;
  /** The smallest difference (share, around one half) the stories now would find. */
  detectable: number;
}

/** How far from enough: power.prop.test for 40% against 60% at 5% and 80%, and what is found now. */
export function notYet(perGroup: number): NotYet {
  const needed = Math.ceil(twoProportionSampleSize(TARGET.p1, TARGET.p2, POWER, ALPHA));
  const n = Math.max(0, Math.floor(perGroup));
  return { perGroup: n, needed, more: Math.max(0, needed - n), detectable: n > 0 ? detectableDifference(n) : 1 };
}

const one = (n: number, words: Record<"one" | "more", Words>, lang: Lang) => fill(n === 1 ? words.one : words.more, lang);
const STORIES = { one: { nl: "verhaal", en: "story" }, more: { nl: "verhalen", en: "stories" } };
const CLIENTS = { one: { nl: "cliënt", en: "client" }, more: { nl: "cliënten", en: "clients" } };

const NOT_YET_NOW: Words = {
  nl: "Met {n} verhalen per groep vind je alleen grote verschillen, van ongeveer {points} procentpunten of meer (bijvoorbeeld {lo} tegen {hi}).",
  en: "With {n} stories per group you only find large differences, of about {points} percentage points or more (for example {lo} against {hi}).",
};
const NOT_YET_NONE: Words = {
  nl: "Met {n} {stories} per groep kun je nog geen verschil vinden, hoe groot ook.",
  en: "With {n} {stories} per group you cannot find a difference yet, however large.",
};
const NOT_YET_NEED: Words = {
  nl: "Voor een verschil van 20 procentpunten (40% tegen 60%) zijn ongeveer {needed} verhalen per groep nodig: nog {more} per groep.",
  en: "To find a difference of 20 percentage points (40% against 60%) you need about {needed} stories per group: {more} more per group.",
};
const ENOUGH: Words = {
  nl: "Met {n} verhalen per groep vind je een verschil van 20 procentpunten (40% tegen 60%) meestal wel.",
  en: "With {n} stories per group you will usually find a difference of 20 percentage points (40% against 60%).",
};
const HOW: Words = {
  nl: "Berekend met de toets voor twee proporties (Fleiss, Levin & Paik 2003; zoals power.prop.test in R) bij 5% significantie en 80% onderscheidend vermogen (Cohen 1988).",
  en: "Computed for the test of two proportions (Fleiss, Levin & Paik 2003; as R's power.prop.test) at 5% significance and 80% power (Cohen 1988).",
};

/** The sentences for a reader: what the stories now can find, and how many more a 20-point difference needs. */
export function notYetSentence(n: NotYet, lang: Lang): { said: string; how: string } {
  if (n.more === 0) return { said: fill(ENOUGH, lang, { n: n.perGroup }), how: fill(HOW, lang) };
  const now = n.detectable >= 1 ? fill(NOT_YET_NONE, lang, { n: n.perGroup, stories: one(n.perGroup, STORIES, lang) })
    : fill(NOT_YET_NOW, lang, { n: n.perGroup, points: Math.ceil(n.detectable * 100), lo: percent(0.5 - n.detectable / 2, lang), hi: percent(0.5 + n.detectable / 2, lang) });
  return { said: `${now} ${fill(NOT_YET_NEED, lang, { needed: n.needed, more: n.more })}`, how: fill(HOW, lang) };
}

const PAIRS_TOO_FEW: Words = {
  nl: "Met {n} {clients} met twee verhalen kan een toets nog niets zeggen: daarvoor zijn er minstens {min} nodig.",
  en: "With {n} {clients} with two stories a test cannot say anything yet: it needs at least {min}.",
};

/** Whether the paired (signed-rank) test can say anything with n pairs; if not, why. */
export function pairedTestUnsaid(n: number, lang: Lang): string | undefined {
  const min = signedRankMinimumN();
  return n < min ? fill(PAIRS_TOO_FEW, lang, { n, min, clients: one(n, CLIENTS, lang) }) : undefined;
}

export type Uncomputable = "hidden" | "noStories" | "oneGroupEmpty" | "allSame";
const WHY: Record<Uncomputable, Words> = {
  hidden: { nl: "Niet berekend: de groep is zo klein dat iemand herkenbaar kan zijn.", en: "Not computed: the group is so small that someone could be recognised." },
  noStories: { nl: "Niet berekend: er zijn nog geen verhalen.", en: "Not computed: there are no stories yet." },
  oneGroupEmpty: { nl: "Niet berekend: een van de twee groepen heeft geen verhalen.", en: "Not computed: one of the two groups has no stories." },
  allSame: { nl: "Niet berekend: iedereen gaf hetzelfde antwoord, dus er is niets te vergelijken.", en: "Not computed: everyone gave the same answer, so there is nothing to compare." },
};

/** Why a statistic is missing, from the group sizes (null: hidden count). */
export function whyUncomputed(nA: number | null, nB: number | null): Uncomputable {
  if (nA === null || nB === null) return "hidden";
  if (nA === 0 && nB === 0) return "noStories";
  if (nA === 0 || nB === 0) return "oneGroupEmpty";
  return "allSame";
}

export const uncomputedSentence = (why: Uncomputable, lang: Lang) => fill(WHY[why], lang);
