import { describe, expect, it } from "vitest";
import type { SignifierAgreement } from "../../contract/interpretations.ts";
import { agreementState, alphaLevel, tellerAlike } from "./agreement.ts";

const item = (patch: Partial<SignifierAgreement>): SignifierAgreement => ({
  signifierId: "s", type: "choice", stories: 4, alpha: 0.7, tellerAlpha: null, meanInterpreterDistance: null, meanTellerDistance: null, tellerMatchShare: null, ...patch,
});

describe("reading agreement", () => {
  it("uses Krippendorff's marks 0.800 and 0.667", () => {
    expect([0.8, 0.79, 0.667, 0.666, -0.2].map(alphaLevel)).toEqual(["reliable", "tentative", "tentative", "low", "low"]);
  });

  it("says why a question has no alpha: no story read twice, no variation, or a triangle's distance instead", () => {
    expect(agreementState(item({}))).toBe("alpha");
    expect(agreementState(item({ stories: 0, alpha: null }))).toBe("notYet");
    expect(agreementState(item({ alpha: null }))).toBe("noVariation");
    expect(agreementState(item({ type: "triad", alpha: null, meanInterpreterDistance: 0.2 }))).toBe("distance");
  });

  it("compares the teller's reading with the colleagues' only where both alphas exist and tellers answered", () => {
    expect(tellerAlike(item({ alpha: 0.8, tellerAlpha: 0.6, tellerMatchShare: 0.5 }))).toBe("different");
    expect(tellerAlike(item({ alpha: 0.8, tellerAlpha: 0.78, tellerMatchShare: 0.9 }))).toBe("alike");
    expect(tellerAlike(item({ alpha: 0.8, tellerMatchShare: 0.9 }))).toBeUndefined();
    expect(tellerAlike(item({ alpha: 0.8, tellerAlpha: 0.8 }))).toBeUndefined();
    expect(tellerAlike(item({ type: "dyad", alpha: 0.9, tellerAlpha: 0.9 }))).toBeUndefined();
    expect(tellerAlike(item({ type: "dyad", alpha: 0.9, tellerAlpha: 0.5, meanTellerDistance: 0.3 }))).toBe("different");
  });
});
