import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "./framework.ts";
import { frameworkLanguages, frameworkTexts, localizeFramework, translationStatus, withOwnTextsOnly, withTexts } from "./framework-texts.ts";
import { sociaalDomeinKlantmanagers } from "./templates/sociaal-domein-klantmanagers.ts";

const small = frameworkDefinition.parse({
  name: "Klein", language: "nl",
  prompts: [{ id: "p1", text: "Vertel iets." }],
  signifiers: [
    { id: "t", type: "triad", question: "Wat hielp?", labels: ["Regels", "Contact", "Netwerk"] },
    { id: "d", type: "dyad", question: "Wie had de regie?", labels: ["Ik", "De inwoner"] },
    { id: "s", type: "stones", question: "Zet neer", xLabels: ["Onzeker", "Zeker"], yLabels: ["Ontevreden", "Tevreden"], items: [{ id: "ik", label: "Ikzelf" }] },
    { id: "c", type: "choice", question: "Waarover?", options: [{ id: "werk", label: "Werk" }, { id: "wonen", label: "Wonen" }] },
    { id: "n", type: "scale", question: "Hoe?", min: 1, max: 2, labels: ["Slecht", "Goed"] },
  ],
  translations: { ar: { "question.c.option.werk": "العمل", "question.t.corner.0": "القواعد", "old.key": "x" } },
});

describe("framework text keys", () => {
  it("names every text once, by id, in form order", () => {
    const keys = frameworkTexts(small).map((t) => t.key);
    expect(keys).toEqual([
      "name", "prompt.p1.text",
      "question.t.label", "question.t.corner.0", "question.t.corner.1", "question.t.corner.2",
      "question.d.label", "question.d.end.0", "question.d.end.1",
      "question.s.label", "question.s.x.0", "question.s.x.1", "question.s.y.0", "question.s.y.1", "question.s.item.ik",
      "question.c.label", "question.c.option.werk", "question.c.option.wonen",
      "question.n.label", "question.n.scale.0", "question.n.scale.1",
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keys are unique over the whole default template", () => {
    const keys = frameworkTexts(frameworkDefinition.parse(sociaalDomeinKlantmanagers)).map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(40);
  });

  it("putting the source texts back gives the same framework", () => {
    const texts = Object.fromEntries(frameworkTexts(small).map((t) => [t.key, t.text]));
    expect(withTexts(small, texts)).toEqual(small);
  });

  it("a translation replaces labels but keeps ids, so answers stay the same in every language", () => {
    const ar = localizeFramework(small, "ar");
    expect(ar.language).toBe("ar");
    const choice = ar.signifiers.find((s) => s.id === "c");
    expect(choice?.type === "choice" && choice.options).toEqual([{ id: "werk", label: "العمل" }, { id: "wonen", label: "Wonen" }]);
    const triad = ar.signifiers.find((s) => s.id === "t");
    expect(triad?.type === "triad" && triad.labels).toEqual(["القواعد", "Contact", "Netwerk"]);
    expect(ar.signifiers.map((s) => s.id)).toEqual(small.signifiers.map((s) => s.id));
  });

  it("an unknown language falls back to the source", () => {
    expect(localizeFramework(small, "fr")).toEqual(small);
    expect(frameworkLanguages(small)).toEqual(["nl", "ar"]);
  });

  it("easy language lays its texts over the translation or the source", () => {
    const withEasy = { ...small, easyLanguage: { nl: { "question.t.label": "Wat hielp jou?" }, ar: { "question.t.label": "ما الذي ساعدك؟" } } };
    expect(localizeFramework(withEasy, "nl", { easy: true }).signifiers[0]!.question).toBe("Wat hielp jou?");
    expect(localizeFramework(withEasy, "nl").signifiers[0]!.question).toBe("Wat hielp?");
    const arEasy = localizeFramework(withEasy, "ar", { easy: true }).signifiers[0]!;
    expect(arEasy.question).toBe("ما الذي ساعدك؟");
    expect(arEasy.type === "triad" && arEasy.labels[0]).toBe("القواعد");
  });

  it("cuts translations down to the texts a framework still has", () => {
    const withoutChoice = { ...small, signifiers: small.signifiers.filter((s) => s.id !== "c"), pictograms: { "question.c.option.werk": "briefcase", "question.t.corner.0": "scale" } };
    const own = withOwnTextsOnly(withoutChoice);
    expect(own.translations).toEqual({ ar: { "question.t.corner.0": "القواعد" } });
    expect(own.pictograms).toEqual({ "question.t.corner.0": "scale" });
  });

  it("reports what a translation lacks and what no longer exists", () => {
    const status = translationStatus(small, "ar", small.translations!.ar);
    expect(status.total).toBe(21);
    expect(status.missing).toHaveLength(19);
    expect(status.missing).not.toContain("question.c.option.werk");
    expect(status.stale).toEqual(["old.key"]);
  });
});
