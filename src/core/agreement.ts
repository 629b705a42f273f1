// How far readings of the same stories agree: among interpreters (Krippendorff's alpha for codes,
// mean distance for triads and dyads) and between the teller and the interpreters.
import type { FrameworkDefinition } from "./framework.ts";
import { interpreterSignifiers } from "./interpretation.ts";
import { dyadDistance, krippendorffAlphaInterval, krippendorffAlphaNominal, meanPairwiseDyadDistance, meanPairwiseTriadDistance, triadDistance } from "./stats/index.ts";
import type { Triad } from "./stats/index.ts";

export interface StoryReadings {
  teller: Record<string, unknown>;
  interpreters: Record<string, unknown>[];
}

export interface SignifierAgreement {
  signifierId: string;
  type: "choice" | "triad" | "dyad";
  /** Stories with at least two interpreter answers. */
  stories: number;
  /** Krippendorff's alpha among interpreters (nominal for choices, interval for dyads); null for triads. */
  alpha: number | null;
  /**
   * The same alpha with the teller counted as one more coder of their own story: below `alpha` when
   * tellers read their stories differently from how colleagues read them.
   */
  tellerAlpha: number | null;
  /** Mean distance between interpreters on one story (triads: Euclidean in the simplex; dyads: |a − b|). */
  meanInterpreterDistance: number | null;
  /** Mean distance between the teller's answer and each interpreter's, where the teller answered too. */
  meanTellerDistance: number | null;
  /** Share of interpreter codes equal to the teller's choice (choices only). */
  tellerMatchShare: number | null;
}

const isTriad = (v: unknown): v is Triad => Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === "number");
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isCode = (v: unknown): v is string => typeof v === "string";
const finite = (x: number) => (Number.isFinite(x) ? x : null);
const average = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function agreementFor<T>(
  readings: StoryReadings[], id: string, accept: (v: unknown) => v is T, spread: (vs: T[]) => number, distance: (a: T, b: T) => number,
) {
  const spreads: number[] = [];
  const tellerDistances: number[] = [];
  const units: T[][] = [];
  const unitsWithTeller: T[][] = [];
  for (const r of readings) {
    const values = r.interpreters.map((i) => i[id]).filter(accept);
    units.push(values);
    if (values.length >= 2) spreads.push(spread(values));
    const own = r.teller[id];
    if (accept(own)) for (const v of values) tellerDistances.push(distance(own, v));
    unitsWithTeller.push(accept(own) ? [own, ...values] : values);
  }
  return { units, unitsWithTeller, spreads, tellerDistances, stories: spreads.length };
}

export function agreement(definition: FrameworkDefinition, readings: StoryReadings[]): SignifierAgreement[] {
  const results: SignifierAgreement[] = [];
  for (const s of interpreterSignifiers(definition)) {
    if (s.type === "choice" && !s.multiple) {
      const a = agreementFor(readings, s.id, isCode, () => 0, (x, y) => (x === y ? 0 : 1));
      results.push({
        signifierId: s.id, type: "choice", stories: a.stories, alpha: finite(krippendorffAlphaNominal(a.units).alpha),
        tellerAlpha: finite(krippendorffAlphaNominal(a.unitsWithTeller).alpha),
        meanInterpreterDistance: null, meanTellerDistance: null,
        tellerMatchShare: a.tellerDistances.length ? 1 - average(a.tellerDistances)! : null,
      });
    } else if (s.type === "triad") {
      const a = agreementFor(readings, s.id, isTriad, meanPairwiseTriadDistance, triadDistance);
      results.push({ signifierId: s.id, type: "triad", stories: a.stories, alpha: null, tellerAlpha: null, meanInterpreterDistance: average(a.spreads), meanTellerDistance: average(a.tellerDistances), tellerMatchShare: null });
    } else if (s.type === "dyad") {
      const a = agreementFor(readings, s.id, isNumber, meanPairwiseDyadDistance, dyadDistance);
      results.push({
        signifierId: s.id, type: "dyad", stories: a.stories, alpha: finite(krippendorffAlphaInterval(a.units).alpha),
        tellerAlpha: finite(krippendorffAlphaInterval(a.unitsWithTeller).alpha),
        meanInterpreterDistance: average(a.spreads), meanTellerDistance: average(a.tellerDistances), tellerMatchShare: null,
      });
    }
  }
  return results;
}
