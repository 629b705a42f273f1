import { describe, expect, it } from "vitest";
import { mulberry32, shuffle } from "../stats/random.ts";
import { findThemes, type ThemeDocument } from "./themes.ts";

const topics = [
  ["schuld", "bewind", "brief", "betal", "aflossing"],
  ["werk", "sollicitatie", "baan", "werkgever", "contract"],
  ["school", "ouder", "jeugd", "klas", "leerkracht"],
];
const filler = ["gesprek", "dag", "vraag", "goed"];

/** 20 stories per topic: three of its five stems, two filler words, and sometimes a stem of another topic. */
function corpus(): ThemeDocument[] {
  const random = mulberry32(11);
  const docs: ThemeDocument[] = [];
  topics.forEach((words, t) => {
    for (let i = 0; i < 20; i++) {
      const counts = new Map<string, number>();
      const own = [...words];
      shuffle(own, random);
      for (const w of own.slice(0, 3)) counts.set(w, 1 + Math.floor(random() * 2));
      for (const w of filler) if (random() < 0.5) counts.set(w, 1);
      if (random() < 0.2) counts.set(topics[(t + 1) % 3]![Math.floor(random() * 5)]!, 1);
      docs.push({ id: `t${t}-${String(i).padStart(2, "0")}`, counts });
    }
  });
  return docs;
}

describe("findThemes", () => {
  it("finds the three topics, labelled by their stems, with examples from the topic", () => {
    const result = findThemes(corpus(), { k: 3, seed: 1 });
    expect(result.themes).toHaveLength(3);
    for (const theme of result.themes) {
      const topic = topics.findIndex((words) => words.includes(theme.terms[0]!));
      expect(topic).toBeGreaterThanOrEqual(0);
      expect(theme.terms.slice(0, 5).filter((w) => topics[topic]!.includes(w)).length).toBeGreaterThanOrEqual(4);
      expect(theme.exampleIds).toHaveLength(3);
      for (const id of theme.exampleIds) expect(id.startsWith(`t${topic}-`)).toBe(true);
      expect(theme.size).toBeGreaterThanOrEqual(17);
    }
    expect(result.themes.reduce((n, t) => n + t.size, 0)).toBe(60);
    expect(result.unthemed).toBe(0);
  });

  it("finds the topics from every seed: the most cohesive of several starts is kept", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const result = findThemes(corpus(), { k: 3, seed });
      const sizes = result.themes.map((t) => t.size).sort((a, b) => a - b);
      expect(sizes[0], `seed ${seed}`).toBeGreaterThanOrEqual(17);
      const firstTerms = result.themes.map((t) => topics.findIndex((words) => words.includes(t.terms[0]!))).sort();
      expect(firstTerms, `seed ${seed}`).toEqual([0, 1, 2]);
    }
  });

  it("gives the same themes for the same seed, whatever order the stories come in", () => {
    const docs = corpus();
    const first = findThemes(docs, { k: 4, seed: 7 });
    const reversed = findThemes([...docs].reverse(), { k: 4, seed: 7 });
    expect(reversed).toEqual(first);
    expect(findThemes(docs, { k: 4, seed: 7 })).toEqual(first);
  });

  it("leaves out stems that nearly every story or only one story uses", () => {
    const docs = corpus().map((d) => ({ ...d, counts: new Map([...d.counts, ["overal", 1], [`uniek${d.id}`, 1]]) }));
    const result = findThemes(docs, { k: 3, seed: 1, topTerms: 50 });
    const all = result.themes.flatMap((t) => t.terms);
    expect(all).not.toContain("overal");
    expect(all.some((t) => t.startsWith("uniek"))).toBe(false);
  });

  it("asks for no more themes than there are stories, and counts stories without usable stems", () => {
    const docs: ThemeDocument[] = [
      { id: "a", counts: new Map([["schuld", 1], ["brief", 1]]) },
      { id: "b", counts: new Map([["schuld", 1], ["brief", 1]]) },
      { id: "c", counts: new Map([["fiets", 1]]) },
    ];
    const result = findThemes(docs, { k: 5, seed: 1, maxDocumentShare: 1 });
    expect(result.unthemed).toBe(1);
    expect(result.themes).toEqual([{ terms: ["brief", "schuld"], size: 2, exampleIds: ["a", "b"] }]);
    expect(findThemes([], { k: 3, seed: 1 }).themes).toEqual([]);
  });
});
