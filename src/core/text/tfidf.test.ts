import { describe, expect, it } from "vitest";
import { dot, inverseDocumentFrequencies, sharedTerms, tfidfVector } from "./tfidf.ts";

const doc = (words: string) => {
  const counts = new Map<string, number>();
  for (const w of words.split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
};

// Reference: the formulas of scikit-learn's TfidfTransformer user guide ("Tf–idf term weighting",
// smooth_idf=True, norm="l2"), worked out independently in Python for the three documents below:
//   docs = ["schuld bewind schuld", "bewind werk", "werk bezoek"]
//   idf: bewind = ln(4/3) + 1 = 1.287682, bezoek = schuld = ln(2) + 1 = 1.693147
//   row 0: (1 × 1.287682, 2 × 1.693147) / 3.625546 = bewind 0.355432, schuld 0.934702
//   row 1: bewind 0.707107, werk 0.707107; cosine(row 0, row 1) = 0.355432 × 0.707107 = 0.251329
const docs = [doc("schuld bewind schuld"), doc("bewind werk"), doc("werk bezoek")];

describe("TF-IDF", () => {
  it("matches scikit-learn's smoothed idf", () => {
    const idf = inverseDocumentFrequencies(docs);
    expect(idf.get("bewind")).toBeCloseTo(1.287682, 6);
    expect(idf.get("bezoek")).toBeCloseTo(1.693147, 6);
    expect(idf.get("schuld")).toBeCloseTo(1.693147, 6);
  });

  it("matches scikit-learn's l2-normalised rows and their cosine", () => {
    const idf = inverseDocumentFrequencies(docs);
    const [a, b, c] = docs.map((d) => tfidfVector(d, idf));
    expect(a!.get("bewind")).toBeCloseTo(0.355432, 6);
    expect(a!.get("schuld")).toBeCloseTo(0.934702, 6);
    expect(b!.get("werk")).toBeCloseTo(0.707107, 6);
    expect(dot(a!, b!)).toBeCloseTo(0.251329, 6);
    expect(dot(a!, c!)).toBe(0);
    expect(dot(a!, a!)).toBeCloseTo(1, 12);
  });

  it("names the shared stems that weigh most", () => {
    const idf = inverseDocumentFrequencies(docs);
    const a = tfidfVector(doc("schuld bewind werk"), idf);
    const b = tfidfVector(doc("schuld schuld werk"), idf);
    expect(sharedTerms(a, b, 5)).toEqual(["schuld", "werk"]);
    expect(sharedTerms(a, b, 1)).toEqual(["schuld"]);
  });

  it("gives an empty vector when no stem is known", () => {
    expect(tfidfVector(doc("onbekend"), inverseDocumentFrequencies(docs)).size).toBe(0);
  });
});
