import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "../framework.ts";
import { coreAnswers, countStories, sectorHistograms } from "./aggregates.ts";
import { adoptCore, type CoreVersion } from "./core-framework.ts";

const definition = frameworkDefinition.parse({
  name: "Kern", language: "nl", prompts: [{ id: "p", text: "Vertel" }],
  signifiers: [
    { id: "situatie", type: "choice", role: "situation", options: [{ id: "schulden", label: "Schulden" }, { id: "werk", label: "Werk" }] },
    { id: "aanpak", type: "choice", role: "intervention", options: [{ id: "bezoek", label: "Bezoek" }, { id: "bellen", label: "Bellen" }] },
    { id: "uitkomst", type: "choice", role: "outcome", options: [{ id: "beter", label: "Beter" }, { id: "gelijk", label: "Gelijk" }] },
    { id: "regie", type: "dyad", question: "Regie", labels: ["Ik", "Inwoner"] },
    { id: "hulp", type: "triad", question: "Hulp", labels: ["A", "B", "C"] },
    { id: "cijfer", type: "scale", question: "Cijfer", min: 1, max: 5 },
    { id: "les", type: "text", question: "Les" },
  ].map((s) => ({ question: "Vraag", ...s })),
});
const v1: CoreVersion = { version: 1, definition, mapping: { questions: {} } };
// Version 2 renames the option "werk" to "baan"; its mapping keeps it the core's "werk".
const v2: CoreVersion = {
  version: 2,
  definition: { ...definition, signifiers: definition.signifiers.map((s) => s.id === "situatie" && s.type === "choice" ? { ...s, options: [s.options[0]!, { id: "baan", label: "Baan" }] } : s) },
  mapping: { questions: { situatie: { core: "situatie", options: { baan: "werk" } } } },
};

describe("the core aggregates of a month", () => {
  it("counts per core option, slider bin, triad grid point and situation × intervention × outcome; free text never", () => {
    const histograms = countStories(v2, [
      { core: v1, answers: { situatie: "werk", aanpak: "bezoek", uitkomst: "beter", regie: 0.95, hulp: [1, 0, 0], cijfer: 5, les: "Luisteren" } },
      { core: v2, answers: { situatie: "baan", aanpak: "bezoek", uitkomst: "beter", regie: 0.05, cijfer: 1 } },
      { core: v2, answers: { situatie: "schulden", aanpak: "lokaal" } },
    ]);
    const of = (key: string) => Object.fromEntries(histograms.find((h) => h.key === key)!.cells.map((c, i) => [c, histograms.find((h) => h.key === key)!.counts[i]]));
    expect(of("situatie")).toEqual({ schulden: 1, werk: 2 });
    expect(of("regie")).toMatchObject({ bin0: 1, bin9: 1, bin5: 0 });
    expect(of("cijfer")).toMatchObject({ bin0: 1, bin4: 1 });
    expect(of("hulp").grid65).toBe(1); // the first corner: point (10, 0, 0), the last of 66
    expect(of("situation×intervention×outcome")["werk|bezoek|beter"]).toBe(2);
    expect(histograms.map((h) => h.key)).not.toContain("les");
  });

  it("has the same cells whatever the stories, so the shape of a release reveals nothing", () => {
    expect(countStories(v1, []).map((h) => h.cells)).toEqual(sectorHistograms(v1).map((h) => h.cells));
    expect(sectorHistograms(v1).find((h) => h.key === "situation×intervention×outcome")!.cells).toHaveLength(8);
  });

  it("shares only core options and no free text of a story's answers", () => {
    const adopted = adoptCore(v1, { name: "Eigen", language: "nl", prompts: definition.prompts, signifiers: [] }, {
      localSignifiers: [{ id: "wijk", type: "choice", question: "Wijk", options: [{ id: "noord", label: "Noord" }, { id: "zuid", label: "Zuid" }], multiple: false, required: false, audience: "teller" }],
      localOptions: { aanpak: [{ id: "lokaal", label: "Lokaal" }] },
    });
    expect(adopted.ok).toBe(true);
    expect(coreAnswers({ situatie: "werk", aanpak: "lokaal", wijk: "noord", les: "Jan hielp", regie: 0.4 }, v1)).toEqual({ situatie: "werk", regie: 0.4 });
    expect(adoptCore(v1, { name: "E", language: "nl", prompts: definition.prompts, signifiers: [] }, { localSignifiers: [{ ...definition.signifiers[3]! }], localOptions: { aanpak: [{ id: "bezoek", label: "x" }] } }))
      .toMatchObject({ ok: false, problems: [{ name: "localOptions.aanpak.bezoek" }, { name: "localSignifiers.0.id" }] });
  });
});
