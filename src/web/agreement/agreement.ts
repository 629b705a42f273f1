// How to read agreement between colleagues' readings: Krippendorff's (2004) marks for alpha (from
// 0.800 one can build on the readings, from 0.667 draw tentative conclusions only, below that first
// talk about what the answers mean), and why a question has no number yet. Pure.
import type { SignifierAgreement } from "../../contract/interpretations.ts";

export const RELIABLE = 0.8;
export const TENTATIVE = 0.667;

export type AlphaLevel = "reliable" | "tentative" | "low";

export const alphaLevel = (alpha: number): AlphaLevel => (alpha >= RELIABLE ? "reliable" : alpha >= TENTATIVE ? "tentative" : "low");

/**
 * What can be said about a question: alpha (choices and sliders), the distance between readings
 * (triangles, which have no alpha here), nothing yet because no story was read by two colleagues, or
 * nothing because every reading was the same (alpha needs some variation to compare against chance).
 */
export type AgreementState = "alpha" | "distance" | "notYet" | "noVariation";

export function agreementState(a: SignifierAgreement): AgreementState {
  if (a.stories === 0) return "notYet";
  if (a.alpha !== null) return "alpha";
  if (a.type === "triad" && a.meanInterpreterDistance !== null) return "distance";
  return "noVariation";
}

/** Whether any teller answered the question themselves: only then is there a reading to compare. */
export const tellersAnswered = (a: SignifierAgreement) => (a.type === "choice" ? a.tellerMatchShare !== null : a.meanTellerDistance !== null);

/**
 * Whether tellers read their own story as colleagues do: alpha with the teller against alpha
 * without, within 0.05. Nothing to say where no teller answered (alpha with them is alpha without).
 */
export function tellerAlike(a: SignifierAgreement): "alike" | "different" | undefined {
  if (a.alpha === null || a.tellerAlpha === null || !tellersAnswered(a)) return undefined;
  return a.tellerAlpha < a.alpha - 0.05 ? "different" : "alike";
}
