// Planted effects and planted nulls: 23 signifiers of every kind but text, 9 disjoint pairs tied
// together through a shared latent normal variable (correlation LATENT between the pair's latents),
// 5 signifiers independent of everything. At LATENT = 0.25 and 1000 stories the observed effects are |ρ| ≈ 0.16–0.28,
// Cramér's V ≈ 0.16, ε² ≈ 0.03–0.08: small effects, as a "what goes with what" finding would be. Every pair not planted is then truly independent, so each reported pattern is
// either a planted effect or a false discovery. Run through the whole path: answers → column index
// → discovery.
import { describe, expect, it } from "vitest";
import { type FrameworkInput, frameworkDefinition } from "../core/framework.ts";
import { resolveFilter } from "../core/patterns/filter.ts";
import { normalCdf } from "../core/stats/distributions.ts";
import { mulberry32, type Random } from "../core/stats/index.ts";
import { discoveryOf } from "./discovery.ts";
import { select } from "./selection.ts";
import { StoryIndex } from "./story-index.ts";

const LATENT = 0.25;
const STORIES = 1000;
const SEEDS = [1, 2, 3, 4, 5, 6];

type Kind = "choice3" | "choice4" | "choice5" | "dyad" | "scale" | "triad" | "multiple" | "stones";
const planted: [string, Kind, string, Kind][] = [
  ["ca", "choice4", "cb", "choice3"],
  ["cc", "choice5", "dd", "dyad"],
  ["de", "dyad", "df", "dyad"],
  ["sg", "scale", "dh", "dyad"],
  ["t1", "triad", "ci", "choice3"],
  ["t2", "triad", "dj", "dyad"],
  ["mk", "multiple", "sl", "scale"],
  ["t3", "triad", "t4", "triad"],
  ["st", "stones", "cs", "choice3"],
];
const nulls: [string, Kind][] = [["cm", "choice4"], ["dn", "dyad"], ["so", "scale"], ["tp", "triad"], ["sn", "stones"]];
const all: [string, Kind][] = [...planted.flatMap(([a, ka, b, kb]) => [[a, ka], [b, kb]] as [string, Kind][]), ...nulls];

const options = (k: number) => Array.from({ length: k }, (_, i) => ({ id: `o${i}`, label: `O${i}` }));
function signifier(id: string, kind: Kind): FrameworkInput["signifiers"][number] {
  const question = id;
  if (kind === "dyad") return { id, question, type: "dyad", labels: ["a", "b"] };
  if (kind === "scale") return { id, question, type: "scale", min: 1, max: 7 };
  if (kind === "triad") return { id, question, type: "triad", labels: ["a", "b", "c"] };
  if (kind === "multiple") return { id, question, type: "choice", multiple: true, options: options(4) };
  if (kind === "stones") return { id, question, type: "stones", xLabels: ["l", "r"], yLabels: ["o", "b"], items: options(2) };
  return { id, question, type: "choice", options: options(Number(kind.slice(-1))) };
}
const definition = frameworkDefinition.parse({ name: "Planted", language: "nl", prompts: [{ id: "p", text: "Vertel" }], signifiers: all.map(([id, k]) => signifier(id, k)) });

function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** An answer of the given kind driven by the latent z (monotone in z), plus its own noise. */
function answer(kind: Kind, z: number, random: Random): unknown {
  const u = Math.min(0.999999, normalCdf(z));
  if (kind === "dyad") return Math.round(u * 1000) / 1000;
  if (kind === "scale") return 1 + Math.floor(u * 7);
  if (kind === "triad") {
    // Corner 1 leans with z; the answer's own noise is small, as a deliberate placement's would be.
    const w = [Math.exp(1.5 * z + 0.5 * normal(random)), Math.exp(0.5 * normal(random)), Math.exp(0.5 * normal(random))];
    const sum = w[0]! + w[1]! + w[2]!;
    return w.map((x) => x / sum);
  }
  if (kind === "multiple") return ["o0", "o1", "o2", "o3"].filter((_, i) => (i === 0 ? u > 0.5 : random() < 0.4));
  // The first stone's x follows z; its y and the second stone are noise.
  if (kind === "stones") return { o0: [u, random()], o1: [random(), random()] };
  return `o${Math.floor(u * Number(kind.slice(-1)))}`;
}

function plantedIndex(seed: number) {
  const random = mulberry32(seed);
  const index = new StoryIndex();
  index.addFrameworkVersion("org", "fw", 1, definition);
  for (let n = 0; n < STORIES; n++) {
    const answers: Record<string, unknown> = {};
    for (const [a, ka, b, kb] of planted) {
      const za = normal(random);
      const zb = LATENT * za + Math.sqrt(1 - LATENT * LATENT) * normal(random);
      answers[a] = answer(ka, za, random);
      answers[b] = answer(kb, zb, random);
    }
    for (const [id, kind] of nulls) answers[id] = answer(kind, normal(random), random);
    // Some questions skipped, so each pair is tested on its own stories.
    for (const key of Object.keys(answers)) if (random() < 0.05) delete answers[key];
    const id = `00000000-0000-4000-a000-${n.toString(16).padStart(12, "0")}`;
    index.append({ id, organizationId: "org", collectionId: "c", frameworkId: "fw", frameworkVersion: 1, answers, channel: "web", teamId: null, consentResearch: true, toldAt: 0 });
  }
  return index;
}

const signifierOf = (variable: string) => variable.split("=")[0]!;
const isPlanted = (a: string, b: string) => planted.some(([x, , y]) => (x === a && y === b) || (x === b && y === a));

describe("pattern discovery on planted effects", () => {
  it(`finds ≥ 90% of ${planted.length} planted effects (latent r = ${LATENT}, ${STORIES} stories) with ≤ 10% false discoveries`, () => {
    let found = 0;
    let reported = 0;
    let falseFound = 0;
    for (const seed of SEEDS) {
      const index = plantedIndex(seed);
      const scoped = index.resolve({ organizationId: "org", frameworkId: "fw" });
      const result = discoveryOf(scoped.segment, select(scoped, resolveFilter(scoped.segment.catalog)));
      // A multiple choice's options are separate variables: a planted pair counts once.
      const pairs = new Set(result.patterns.map((p) => [signifierOf(p.a), signifierOf(p.b)].sort().join(" ")));
      for (const pair of pairs) {
        const [a, b] = pair.split(" ") as [string, string];
        reported++;
        if (isPlanted(a, b)) found++;
        else falseFound++;
      }
      expect(result.tested).toBeGreaterThan(200);
    }
    expect(found / (planted.length * SEEDS.length)).toBeGreaterThanOrEqual(0.9);
    expect(falseFound / reported).toBeLessThanOrEqual(0.1);
  });

  it("ranks by q and then effect size, and leaves out pairs below the minimum", () => {
    const index = plantedIndex(9);
    const scoped = index.resolve({ organizationId: "org", frameworkId: "fw" });
    const rows = select(scoped, resolveFilter(scoped.segment.catalog)).subarray(0, 40);
    const result = discoveryOf(scoped.segment, rows, { minN: 50 });
    expect(result.tested).toBe(0);
    const full = discoveryOf(scoped.segment, select(scoped, resolveFilter(scoped.segment.catalog)));
    const q = full.patterns.map((p) => p.q);
    expect(q).toEqual([...q].sort((x, y) => x - y));
  });
});
