import { describe, expect, it } from "vitest";
import { asPlacement, isInside, itemForTap, moveStone, positionIn, withoutItem } from "./stones.ts";

const box = { left: 10, top: 20, width: 200, height: 100 };

describe("stones", () => {
  it("turns a pointer into a position with y upwards, clamped to the square", () => {
    expect(positionIn(box, 10, 120)).toEqual([0, 0]);
    expect(positionIn(box, 210, 20)).toEqual([1, 1]);
    expect(positionIn(box, 60, 45)).toEqual([0.25, 0.75]);
    expect(positionIn(box, -50, 500)).toEqual([0, 0]);
    expect(positionIn(box, 10 + 200 / 3, 20)).toEqual([0.333, 1]);
  });

  it("right to left, measures x from the right edge and mirrors the arrow keys", () => {
    expect(positionIn(box, 60, 45, true)).toEqual([0.75, 0.75]);
    expect(positionIn(box, 210, 120, true)).toEqual([0, 0]);
    expect(moveStone([0.5, 0.5], "ArrowLeft", 0.05, true)).toEqual([0.55, 0.5]);
    expect(moveStone([0.5, 0.5], "ArrowRight", 0.05, true)).toEqual([0.45, 0.5]);
    expect(moveStone([0.5, 0.5], "ArrowUp", 0.05, true)).toEqual([0.5, 0.55]);
  });

  it("knows whether a pointer is over the square", () => {
    expect(isInside(box, 100, 50)).toBe(true);
    expect(isInside(box, 100, 121)).toBe(false);
  });

  it("moves a stone with arrow keys, starting in the middle", () => {
    expect(moveStone(undefined, "ArrowLeft")).toEqual([0.5, 0.5]);
    expect(moveStone([0.5, 0.5], "ArrowUp")).toEqual([0.5, 0.55]);
    expect(moveStone([0.98, 0.5], "ArrowRight")).toEqual([1, 0.5]);
    expect(moveStone([0.5, 0.02], "ArrowDown")).toEqual([0.5, 0]);
    expect(moveStone([0.5, 0.5], "a")).toBeUndefined();
  });

  it("takes an item off and reports an empty board as unanswered", () => {
    expect(withoutItem({ a: [0, 0], b: [1, 1] }, "a")).toEqual({ b: [1, 1] });
    expect(withoutItem({ a: [0, 0] }, "a")).toBeUndefined();
    expect(asPlacement(null)).toEqual({});
    expect(asPlacement({ a: [0.1, 0.2] })).toEqual({ a: [0.1, 0.2] });
  });

  it("places items one after the other when the square is tapped", () => {
    const ids = ["a", "b", "c"];
    expect(itemForTap(ids, {}, undefined)).toBe("a");
    expect(itemForTap(ids, {}, "c")).toBe("c");
    expect(itemForTap(ids, { a: [0, 0] }, "a")).toBe("b");
    expect(itemForTap(ids, { a: [0, 0], b: [0, 0], c: [1, 1] }, "b")).toBe("b");
    expect(itemForTap(ids, { a: [0, 0], b: [0, 0], c: [1, 1] }, undefined)).toBeUndefined();
  });
});
