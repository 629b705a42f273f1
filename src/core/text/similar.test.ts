import { describe, expect, it } from "vitest";
import type { Signifier } from "../framework.ts";
import { HashingEmbedder } from "./embeddings.ts";
import { cosine, distinctiveStems, MIN_TEXT, rankSimilar, type SimilarityDocument, withPrefixes, WITH_EMBEDDINGS } from "./similar.ts";
import { significationSimilarity } from "./signification.ts";

const signifiers: Signifier[] = [
  { id: "hulp", type: "triad", question: "Wat hielp?", labels: ["Regels", "Contact", "Samenwerking"], required: false, audience: "teller" },
  { id: "regie", type: "dyad", question: "Wie had de regie?", labels: ["Ik", "De inwoner"], required: false, audience: "teller" },
  { id: "situatie", type: "choice", question: "Waarover?", options: [{ id: "schulden", label: "Schulden" }, { id: "werk", label: "Werk" }], multiple: false, required: false, audience: "teller" },
  { id: "cijfer", type: "scale", question: "Cijfer", min: 1, max: 5, required: false, audience: "teller" },
];

const counts = (words: string) => {
  const map = new Map<string, number>();
  for (const w of words.split(" ")) map.set(w, (map.get(w) ?? 0) + 1);
  return map;
};
const doc = (id: string, words: string, answers: Record<string, unknown> = {}, frameworkId = "f"): SimilarityDocument =>
  ({ id, frameworkId, counts: counts(words), answers });

describe("signification similarity", () => {
  it("averages per-signifier similarity over what both answered and names close answers", () => {
    const a = { hulp: [0.2, 0.5, 0.3], regie: 0.7, situatie: "schulden", cijfer: 4 };
    const b = { hulp: [0.2, 0.4, 0.4], regie: 0.1, situatie: "schulden", cijfer: null };
    const result = significationSimilarity(signifiers, a, b);
    // triad distance √((0 + 0.01 + 0.01) / 2) = 0.1 → 0.9; dyad |0.7 − 0.1| = 0.6 → 0.4; same choice → 1; scale not compared.
    expect(result.compared).toBe(3);
    expect(result.score).toBeCloseTo((0.9 + 0.4 + 1) / 3, 12);
    expect(result.notes).toEqual([
      { kind: "triadClose", signifierId: "hulp", question: "Wat hielp?" },
      { kind: "sameChoice", signifierId: "situatie", question: "Waarover?", options: ["Schulden"] },
    ]);
  });

  it("scores multiple choices by their overlap (Jaccard) and scales by their range", () => {
    const multi: Signifier[] = [{ id: "tags", type: "choice", question: "Wat speelde?", options: [{ id: "a", label: "A" }, { id: "b", label: "B" }, { id: "c", label: "C" }], multiple: true, required: false, audience: "teller" }];
    expect(significationSimilarity(multi, { tags: ["a", "b"] }, { tags: ["b", "c"] }).score).toBeCloseTo(1 / 3, 12);
    expect(significationSimilarity(signifiers, { cijfer: 1 }, { cijfer: 5 }).score).toBe(0);
    expect(significationSimilarity(signifiers, { cijfer: 2 }, { cijfer: 3 }).score).toBeCloseTo(0.75, 12);
  });

  it("has no score when nothing was answered by both", () => {
    expect(significationSimilarity(signifiers, { regie: 0.5 }, { regie: null })).toEqual({ score: null, compared: 0, notes: [] });
  });
});

describe("rankSimilar", () => {
  const source = doc("s", "schuld bewind brief", { hulp: [0.2, 0.5, 0.3], situatie: "schulden" });
  const candidates = [
    doc("words", "schuld bewind brief", { hulp: [1, 0, 0], situatie: "werk" }),
    doc("answers", "fiets zon", { hulp: [0.2, 0.5, 0.3], situatie: "schulden" }),
    doc("nothing", "fiets regen", { hulp: [1, 0, 0], situatie: "werk" }),
    doc("other-framework", "schuld", { hulp: [0.2, 0.5, 0.3] }, "g"),
    doc("stranger", "fiets", { hulp: [0.2, 0.5, 0.3] }, "g"),
  ];

  it("blends text and answers, best first, and leaves out stories with nothing in common", () => {
    const ranked = rankSimilar(source, [...candidates, source], { signifiers });
    // words 0.66 > other-framework (text only, one shared stem) > answers 0.4; "nothing" has only a far triad
    // and another choice, the stranger shares nothing: neither is listed.
    expect(ranked.map((r) => r.id)).toEqual(["words", "other-framework", "answers"]);
    const words = ranked.find((r) => r.id === "words")!;
    expect(words.text).toBeCloseTo(1, 12);
    expect(words.sharedTerms).toHaveLength(3);
    // triad corner to (0.2, 0.5, 0.3): √((0.64 + 0.25 + 0.09) / 2) = 0.7; other choice → 0.
    expect(words.signification).toBeCloseTo((0.3 + 0) / 2, 12);
    expect(words.score).toBeCloseTo(0.6 * 1 + 0.4 * 0.15, 12);
    const answers = ranked.find((r) => r.id === "answers")!;
    expect(answers.score).toBeCloseTo(0.4, 12);
    expect(answers.notes.map((n) => n.kind)).toEqual(["triadClose", "sameChoice"]);
    // Another framework: answers are not compared, so the text alone decides.
    const other = ranked.find((r) => r.id === "other-framework")!;
    expect(other.signification).toBeNull();
    expect(other.score).toBeCloseTo(other.text, 12);
    expect(other.text).toBeGreaterThan(0.4);
  });

  it("counts the first letters of longer stems, so Dutch compounds meet, but names only whole stems", () => {
    expect(withPrefixes(counts("schuldeiser schuldeiser bus"))).toEqual(new Map([["schuldeiser", 2], ["bus", 1], ["^schul", 2]]));
    const ranked = rankSimilar(doc("s", "schuldeiser brief"), [doc("compound", "schuldhulpverlening fiets"), doc("none", "fiets")], { signifiers });
    expect(ranked.map((r) => r.id)).toEqual(["compound"]);
    expect(ranked[0]!.text).toBeGreaterThan(MIN_TEXT);
    expect(ranked[0]!.sharedTerms).toEqual([]);
  });

  it("leaves out a story that shares only a word that weighs too little", () => {
    const long = "huur woning verhuurder ontruiming vonnis deurwaarder regeling noodfonds gezin brief termijn kosten rechter kinderen";
    const ranked = rankSimilar(doc("s", long), [doc("weak", "kinderen speeltoestel glijbaan klimrek straat lint wethouder tekening stemmen plein zand bank boom feest")], { signifiers });
    expect(ranked).toEqual([]);
  });

  it("blends in embeddings when both stories have one", async () => {
    const embedder = new HashingEmbedder(64);
    const [s, same, different] = await embedder.embed(["Schuld en bewind", "schuld en bewind", "Fiets in de regen"]);
    expect(cosine(s!, same!)).toBeCloseTo(1, 6);
    const withEmbedding = (d: SimilarityDocument, embedding: Float32Array) => ({ ...d, embedding });
    const ranked = rankSimilar(withEmbedding(source, s!), [withEmbedding(candidates[2]!, same!), withEmbedding(candidates[1]!, different!)], { signifiers, weights: WITH_EMBEDDINGS });
    // "nothing" shares no stem and only a far triad, but its embedding is identical: the embedding lifts it to the top.
    const nothing = ranked.find((r) => r.id === "nothing")!;
    expect(nothing.embedding).toBeCloseTo(1, 6);
    expect(nothing.score).toBeCloseTo(0.35 * 1 + 0.3 * 0.15 + 0.35 * 0, 6);
    expect(ranked[0]!.id).toBe("nothing");
  });

  it("is the same whatever order the candidates come in", () => {
    const forward = rankSimilar(source, candidates, { signifiers });
    const backward = rankSimilar(source, [...candidates].reverse(), { signifiers });
    expect(backward).toEqual(forward);
  });
});

describe("distinctiveStems", () => {
  it("leaves out stems most stories use, most used in the story first", () => {
    const shares = new Map([["gesprek", 0.8], ["inwoner", 0.3], ["schuld", 0.04]]);
    expect(distinctiveStems(counts("gesprek gesprek inwoner schuld bewind bewind"), shares, 10)).toEqual(["bewind", "schuld"]);
    expect(distinctiveStems(counts("bewind schuld brief"), shares, 2)).toEqual(["bewind", "brief"]);
  });

  it("falls back to the least common stems when all are common", () => {
    const shares = new Map([["gesprek", 0.8], ["inwoner", 0.3]]);
    expect(distinctiveStems(counts("gesprek inwoner"), shares, 10)).toEqual(["inwoner", "gesprek"]);
    expect(distinctiveStems(new Map(), shares, 10)).toEqual([]);
  });
});
