import { describe, expect, it } from "vitest";
import { agreement } from "./agreement.ts";
import { frameworkDefinition } from "./framework.ts";
import { krippendorffAlphaInterval, krippendorffAlphaNominal, unitsFromCoders } from "./stats/krippendorff.ts";

const definition = frameworkDefinition.parse({
  name: "t", language: "nl", prompts: [{ id: "p", text: "Vertel" }],
  signifiers: [
    { id: "uitkomst", type: "choice", role: "outcome", question: "?", options: [{ id: "a", label: "A" }, { id: "b", label: "B" }] },
    { id: "hulp", type: "triad", audience: "both", question: "?", labels: ["x", "y", "z"] },
    { id: "regie", type: "dyad", audience: "both", question: "?", labels: ["l", "r"] },
    { id: "alleen_teller", type: "dyad", question: "?", labels: ["l", "r"] },
  ],
});

describe("agreement between readings", () => {
  it("measures only interpreter questions and role codes", () => {
    expect(agreement(definition, []).map((a) => a.signifierId)).toEqual(["uitkomst", "hulp", "regie"]);
  });

  it("finds perfect agreement when every interpreter codes alike", () => {
    const readings = [
      { teller: { uitkomst: "a" }, interpreters: [{ uitkomst: "a" }, { uitkomst: "a" }] },
      { teller: { uitkomst: "b" }, interpreters: [{ uitkomst: "b" }, { uitkomst: "b" }] },
    ];
    const [codes] = agreement(definition, readings);
    expect(codes).toMatchObject({ stories: 2, alpha: 1, tellerMatchShare: 1 });
  });

  it("matches a hand-computed nominal alpha", () => {
    // Units (a,a) (a,b) (b,b): n = 6 values, 3 a and 3 b. Observed disagreement: only the mixed unit
    // contributes (m² − Σn²)/(m − 1) = (4 − 2)/1 = 2. Expected: n² − Σ n_c² = 36 − 18 = 18.
    // alpha = 1 − (n − 1) · 2 / 18 = 1 − 10/18 = 0.4444…
    const readings = [
      { teller: {}, interpreters: [{ uitkomst: "a" }, { uitkomst: "a" }] },
      { teller: {}, interpreters: [{ uitkomst: "a" }, { uitkomst: "b" }] },
      { teller: {}, interpreters: [{ uitkomst: "b" }, { uitkomst: "b" }] },
    ];
    expect(agreement(definition, readings)[0]!.alpha).toBeCloseTo(4 / 9, 10);
  });

  it("measures triad and dyad distances among interpreters and to the teller", () => {
    const readings = [{
      teller: { hulp: [1, 0, 0], regie: 0.2 },
      interpreters: [{ hulp: [1, 0, 0], regie: 0.4 }, { hulp: [0, 1, 0], regie: 0.8 }],
    }];
    const [, triad, dyad] = agreement(definition, readings);
    // Corners of the simplex lie √2 apart in barycentric coordinates; the distance used is scaled
    // to a triangle with side 1, so two different corners are 1 apart.
    expect(triad!.meanInterpreterDistance).toBeCloseTo(1, 10);
    expect(triad!.meanTellerDistance).toBeCloseTo(0.5, 10);
    expect(dyad!.meanInterpreterDistance).toBeCloseTo(0.4, 10);
    expect(dyad!.meanTellerDistance).toBeCloseTo((0.2 + 0.6) / 2, 10);
  });

  it("counts the teller as one more coder: Krippendorff's published example with observer A as the teller", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
    // twelve units, missing values; published α_nominal = 0.743 and α_interval = 0.849 over all four.
    const _ = null;
    const observers = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const reading = (value: number | null) => (value === null ? {} : { uitkomst: `c${value}`, regie: value });
    const readings = observers[0]!.map((_value, unit) => ({
      teller: reading(observers[0]![unit]!),
      interpreters: observers.slice(1).map((o) => reading(o[unit]!)),
    }));
    const [codes, , scale] = agreement(definition, readings);
    expect(codes!.tellerAlpha).toBeCloseTo(0.743, 3);
    expect(scale!.tellerAlpha).toBeCloseTo(0.849, 3);
    // Without the teller: observers B, C and D alone.
    const interpreters = unitsFromCoders<number>(observers.slice(1));
    expect(scale!.alpha).toBeCloseTo(krippendorffAlphaInterval(interpreters).alpha, 12);
    expect(codes!.alpha).toBeCloseTo(krippendorffAlphaNominal(interpreters).alpha, 12);
  });
});
