import { describe, expect, it } from "vitest";
import { mulberry32 } from "../core/stats/index.ts";
import { IdTable } from "./story-ids.ts";

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe("IdTable", () => {
  it("finds every id through growth and swap-removes, as an array of strings would", () => {
    const random = mulberry32(1);
    const table = new IdTable(16);
    const rows: string[] = [];
    let capacity = 16;
    for (let k = 0; k < 5000; k++) {
      if (rows.length === capacity) table.grow((capacity *= 2), rows.length);
      const id = uuid(random);
      table.add(rows.length, id);
      rows.push(id);
      if (random() < 0.3) {
        // Erase a random row: the last row moves into its place.
        const row = Math.floor(random() * rows.length);
        const gone = rows[row]!;
        table.removeAndFill(row, rows.length - 1);
        rows[row] = rows[rows.length - 1]!;
        rows.pop();
        expect(table.find(gone)).toBe(-1);
      }
    }
    rows.forEach((id, row) => {
      expect(table.find(id)).toBe(row);
      expect(table.idAt(row)).toBe(id);
    });
  });

  it("refuses an id that is not a UUID", () => {
    expect(() => new IdTable(4).add(0, "story-1")).toThrow(RangeError);
  });
});
