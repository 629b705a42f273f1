import { describe, expect, it } from "vitest";
import {
  CENTRE, CORNER_LABELS, CORNERS, cornersInBox, clampToTriangle, movePoint, percentages, pointToWeights, roundWeights, setShare, TRIANGLE_HEIGHT,
  pointInBox, type Weights, weightsToPoint,
} from "./triad.ts";

const sum = (w: number[]) => w.reduce((s, x) => s + x, 0);

describe("triad geometry", () => {
  it("puts the first label's corner on top and the other two below, left then right", () => {
    expect(CORNERS[0].y).toBeLessThan(CORNERS[1].y);
    expect(CORNERS[1].y).toBe(CORNERS[2].y);
    expect(CORNERS[1].x).toBeLessThan(CORNERS[2].x);
    expect(CORNER_LABELS.map((l) => l.side)).toEqual(["above", "below", "below"]);
  });

  it("draws the same triangle in a box, flipped for a page whose y grows upwards (PDF)", () => {
    const screen = cornersInBox({ x: 10, y: 20, side: 100 });
    expect(screen[0]).toEqual({ x: 60, y: 20 });
    expect(screen[1].y).toBeCloseTo(20 + 100 * TRIANGLE_HEIGHT, 9);
    const page = cornersInBox({ x: 10, y: 20, side: 100, yUp: true });
    expect(page[0].y).toBeCloseTo(20 + 100 * TRIANGLE_HEIGHT, 9);
    expect(page[1]).toEqual({ x: 10, y: 20 });
    expect(page[2]).toEqual({ x: 110, y: 20 });
    const centre = pointInBox([1 / 3, 1 / 3, 1 / 3], { x: 0, y: 0, side: 1, yUp: true });
    expect(centre.x).toBeCloseTo(0.5, 12);
    expect(centre.y).toBeCloseTo(TRIANGLE_HEIGHT / 3, 12);
  });

  it("maps the corners and the centre to their weights", () => {
    expect(pointToWeights(CORNERS[0])).toEqual([1, 0, 0]);
    const [a, b, c] = pointToWeights(CORNERS[1]);
    expect([a, b, c].map((w) => Math.round(w * 1e9) / 1e9)).toEqual([0, 1, 0]);
    pointToWeights(CENTRE).forEach((w) => expect(w).toBeCloseTo(1 / 3, 9));
  });

  it("round-trips weights through a point", () => {
    const samples: Weights[] = [[0.2, 0.5, 0.3], [0, 0.25, 0.75], [0.6, 0.4, 0], [1 / 3, 1 / 3, 1 / 3]];
    for (const w of samples) {
      pointToWeights(weightsToPoint(w)).forEach((got, i) => expect(got).toBeCloseTo(w[i]!, 9));
    }
  });

  it("puts a point outside the triangle on the nearest edge", () => {
    expect(clampToTriangle({ x: 0.5, y: TRIANGLE_HEIGHT + 0.3 })).toEqual({ x: 0.5, y: TRIANGLE_HEIGHT });
    expect(clampToTriangle({ x: 0.5, y: -1 })).toEqual(CORNERS[0]);
    const weights = pointToWeights({ x: -0.5, y: 2 });
    expect(weights.every((w) => w >= 0)).toBe(true);
    expect(sum(weights)).toBeCloseTo(1, 12);
    expect(weights[1]).toBeCloseTo(1, 9);
  });

  it("leaves a point inside the triangle where it is", () => {
    const p = { x: 0.4, y: 0.5 };
    expect(clampToTriangle(p)).toBe(p);
  });
});

describe("roundWeights", () => {
  it("sums to exactly 1 in thousandths", () => {
    for (const w of [[1 / 3, 1 / 3, 1 / 3], [0.0005, 0.4995, 0.5], [0.1234, 0.5678, 0.3088], [0.33349, 0.33349, 0.33302]] as Weights[]) {
      const rounded = roundWeights(w);
      expect(Math.round(sum(rounded) * 1000)).toBe(1000);
      expect(Math.abs(sum(rounded) - 1)).toBeLessThan(1e-9);
      rounded.forEach((r, i) => expect(Math.abs(r - w[i]!)).toBeLessThanOrEqual(0.001 + 1e-12));
      rounded.forEach((r) => expect(Math.round(r * 1000)).toBeCloseTo(r * 1000, 9));
    }
  });

  it("gives the lost unit to the largest remainder", () => {
    expect(roundWeights([1 / 3, 1 / 3, 1 / 3])).toEqual([0.334, 0.333, 0.333]);
    expect(roundWeights([0.1, 0.2006, 0.6994])).toEqual([0.1, 0.201, 0.699]);
  });

  it("turns weights into whole percentages that add up to 100", () => {
    expect(percentages([0.2, 0.5, 0.3])).toEqual([20, 50, 30]);
    expect(sum(percentages([1 / 3, 1 / 3, 1 / 3]))).toBe(100);
    expect(sum(percentages([0.005, 0.005, 0.99]))).toBe(100);
  });
});

describe("movePoint", () => {
  it("starts in the centre when there is no point yet", () => {
    expect(movePoint(undefined, "ArrowUp")).toEqual(CENTRE);
    expect(movePoint({ x: 0.1, y: 0.8 }, "Home")).toEqual(CENTRE);
  });

  it("moves by the step and ignores other keys", () => {
    expect(movePoint(CENTRE, "ArrowRight", 0.1)).toEqual({ x: 0.6, y: CENTRE.y });
    expect(movePoint(CENTRE, "ArrowUp", 0.1)!.y).toBeCloseTo(CENTRE.y - 0.1, 12);
    expect(movePoint(CENTRE, "Enter")).toBeUndefined();
  });

  it("never leaves the triangle", () => {
    let p = CENTRE;
    for (let i = 0; i < 40; i++) p = movePoint(p, "ArrowDown")!;
    expect(p.y).toBeCloseTo(TRIANGLE_HEIGHT, 12);
    for (let i = 0; i < 40; i++) p = movePoint(p, "ArrowLeft")!;
    pointToWeights(p).forEach((w) => expect(w).toBeGreaterThanOrEqual(0));
    expect(pointToWeights(p)[1]).toBeCloseTo(1, 6);
  });
});

describe("setShare", () => {
  it("keeps the proportion of the other two", () => {
    const next = setShare([0.2, 0.2, 0.6], 0, 0.6);
    expect(next[0]).toBe(0.6);
    expect(next[1]).toBeCloseTo(0.1, 12);
    expect(next[2]).toBeCloseTo(0.3, 12);
  });

  it("splits equally when the others are 0, and clamps", () => {
    expect(setShare([1, 0, 0], 0, 0.5)).toEqual([0.5, 0.25, 0.25]);
    expect(setShare([0.2, 0.3, 0.5], 2, 1.7)).toEqual([0, 0, 1]);
    expect(sum(setShare([0.2, 0.3, 0.5], 1, -1))).toBeCloseTo(1, 12);
  });
});
