import { describe, expect, it } from "vitest";
import {
  associationSentence, certainty, certaintySentence, meanSentence, notYet, notYetSentence, pairedTestUnsaid, shareSentence, strength,
  uncomputedSentence, whyUncomputed,
} from "./plain.ts";

const debt = { situation: "schulden", intervention: "huisbezoek", outcome: "een betere afloop" };

describe("plain words for a result", () => {
  it("says a share against the rest, in the reader's locale, and how sure", () => {
    expect(shareSentence({ ...debt, share: 0.62, restShare: 0.41, q: 0.03 }, "nl")).toBe(
      "Bij “schulden” leidde “huisbezoek” vaker tot “een betere afloop”: 62% tegen 41% bij andere aanpakken. Dit verschil is waarschijnlijk geen toeval.",
    );
    expect(shareSentence({ ...debt, share: 0.2, restShare: 0.5, q: 0.2 }, "en")).toBe(
      "In “schulden”, “huisbezoek” less often led to “een betere afloop”: 20% against 50% with other approaches. This difference may be chance.",
    );
    expect(shareSentence({ ...debt, share: 0.5, restShare: 0.5, q: null }, "nl")).toMatch(/even vaak .*: 50%\. Hier is geen toets voor gedaan\.$/);
  });

  it("grades certainty by q: 1% almost sure, 5% likely, above that maybe chance", () => {
    expect([0.001, 0.01, 0.011, 0.05, 0.051, 1].map(certainty)).toEqual(["almostSure", "almostSure", "likely", "likely", "maybeChance", "maybeChance"]);
    expect(certaintySentence(0.004, "nl", "association")).toBe("Dit verband is bijna zeker geen toeval.");
  });

  it("says a mean on a scale with a decimal comma, and a triangle by the corner that moved most", () => {
    expect(meanSentence({ ...debt, question: "Hoe gaat het nu?", kind: "scale", means: [{ mean: 4.25, rest: 3.5 }], q: 0.001 }, "nl")).toBe(
      "Bij “schulden” was het antwoord op “Hoe gaat het nu?” na “huisbezoek” gemiddeld hoger: 4,3 tegen 3,5 bij andere aanpakken. Dit verschil is bijna zeker geen toeval.",
    );
    const triad = meanSentence({
      ...debt, question: "Wat hielp?", kind: "triad", q: 0.04,
      means: [{ mean: 0.3, rest: 0.35, corner: "Regels" }, { mean: 0.2, rest: 0.45, corner: "Contact" }, { mean: 0.5, rest: 0.2, corner: "Samen" }],
    }, "nl");
    expect(triad).toBe("Bij “schulden” lag het antwoord op “Wat hielp?” na “huisbezoek” meer bij “Samen”: 50% tegen 20% bij andere aanpakken. Dit verschil is waarschijnlijk geen toeval.");
  });

  it("names the strength of a link by Cohen's marks", () => {
    expect([0.05, 0.1, 0.29, 0.3, 0.5, -0.6].map((v) => strength("rho", v))).toEqual(["barely", "weak", "weak", "clear", "strong", "strong"]);
    expect(strength("epsilonSquared", 0.09)).toBe("clear");
    expect(associationSentence("Situatie", "Uitkomst", { measure: "cramersV", value: 0.35 }, 0.002, "nl")).toBe(
      "De antwoorden op “Situatie” en “Uitkomst” hangen duidelijk samen. Dit verband is bijna zeker geen toeval.",
    );
    expect(associationSentence("A", "B", { measure: "rho", value: null }, 0.02, "en")).toBe("The answers to “A” and “B” are related. This link is probably not chance.");
  });
});

describe("honest about not yet", () => {
  it("says how many stories a 20-point difference needs (power.prop.test: 96.9 per group) and what is found now", () => {
    expect(notYet(12)).toMatchObject({ perGroup: 12, needed: 97, more: 85 });
    expect(notYet(12).detectable).toBeCloseTo(0.5442, 4);
    const { said, how } = notYetSentence(notYet(12), "nl");
    expect(said).toBe("Met 12 verhalen per groep vind je alleen grote verschillen, van ongeveer 55 procentpunten of meer (bijvoorbeeld 23% tegen 77%). "
      + "Voor een verschil van 20 procentpunten (40% tegen 60%) zijn ongeveer 97 verhalen per groep nodig: nog 85 per groep.");
    expect(how).toContain("power.prop.test");
    expect(notYetSentence(notYet(1), "en").said).toMatch(/^With 1 story per group you cannot find a difference yet/);
    expect(notYetSentence(notYet(120), "nl").said).toMatch(/meestal wel/);
  });

  it("shows no paired test for fewer than 6 clients, and says why", () => {
    expect(pairedTestUnsaid(1, "nl")).toBe("Met 1 cliënt met twee verhalen kan een toets nog niets zeggen: daarvoor zijn er minstens 6 nodig.");
    expect(pairedTestUnsaid(5, "en")).toBe("With 5 clients with two stories a test cannot say anything yet: it needs at least 6.");
    expect(pairedTestUnsaid(6, "nl")).toBeUndefined();
  });

  it("says why a statistic could not be computed", () => {
    expect(whyUncomputed(null, 12)).toBe("hidden");
    expect(whyUncomputed(0, 0)).toBe("noStories");
    expect(whyUncomputed(0, 4)).toBe("oneGroupEmpty");
    expect(whyUncomputed(8, 9)).toBe("allSame");
    expect(uncomputedSentence("oneGroupEmpty", "nl")).toBe("Niet berekend: een van de twee groepen heeft geen verhalen.");
  });
});
