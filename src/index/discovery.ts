// Pattern discovery over the selected stories: the columns become the variables that
// core/patterns' discoverPatterns tests pair by pair. Triads enter as their two ilr coordinates;
// a multiple choice as one yes/no variable per option; stones as one point (x, y) per item.
import { type DiscoveryOptions, type DiscoveryResult, type DiscoveryVariable, discoverPatterns, MISSING_CODE } from "../core/patterns/discovery.ts";
import { ilr } from "../core/stats/index.ts";
import type { Column } from "./columns.ts";
import type { Segment } from "./segment.ts";

// Plain loops: TypedArray.from with a mapping function is several times slower at 100 000 rows.
function gather(source: Float64Array | Float32Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = source[rows[k]!]!;
  return out;
}

function gatherCodes(source: Uint8Array, rows: Int32Array): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = source[rows[k]!]!;
  return out;
}

/** A multiple choice's option as yes (1) / no (0), missing when the question was not answered. */
function optionCodes(column: Column & { kind: "multiple" }, code: number, rows: Int32Array): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    out[k] = column.answered[row] ? (column.has(row, code) ? 1 : 0) : MISSING_CODE;
  }
  return out;
}

function variablesOf(column: Column, rows: Int32Array): DiscoveryVariable[] {
  const signifierId = column.entry.id;
  switch (column.kind) {
    case "single":
      return [{ id: signifierId, signifierId, kind: "categorical", codes: gatherCodes(column.codes, rows), levels: column.entry.options }];
    case "multiple":
      return column.entry.options.map((option, code) => ({
        id: `${signifierId}=${option}`, signifierId, kind: "categorical" as const, levels: ["no", "yes"], codes: optionCodes(column, code, rows),
      }));
    case "dyad":
    case "scale":
      return [{ id: signifierId, signifierId, kind: "numeric", values: gather(column.arrays[0]!, rows) }];
    case "triad": {
      const [a, b, c] = column.arrays as [Float64Array, Float64Array, Float64Array];
      const z1 = new Float64Array(rows.length).fill(Number.NaN);
      const z2 = new Float64Array(rows.length).fill(Number.NaN);
      for (let k = 0; k < rows.length; k++) {
        const row = rows[k]!;
        // A triad with no weight at all has no composition (the form never sends one).
        if (a[row]! + b[row]! + c[row]! > 0) [z1[k], z2[k]] = ilr([a[row]!, b[row]!, c[row]!]);
      }
      return [{ id: signifierId, signifierId, kind: "plane", z1, z2 }];
    }
    case "stones":
      return column.entry.items.map((item, k) => ({
        id: `${signifierId}=${item}`, signifierId, kind: "plane" as const, z1: gather(column.arrays[2 * k]!, rows), z2: gather(column.arrays[2 * k + 1]!, rows),
      }));
  }
}

export function discoveryOf(segment: Segment, rows: Int32Array, options: DiscoveryOptions = {}): DiscoveryResult {
  const variables = [...segment.columns.values()].flatMap((column) => variablesOf(column, rows));
  return discoverPatterns(variables, rows.length, options);
}
