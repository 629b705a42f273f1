// Krippendorff's alpha: how far several coders (tellers, interpreters, analysts) agree beyond
// chance on the same units (stories), allowing any number of coders per unit and missing values.
// α = 1 − D_o / D_e, observed over expected disagreement (Krippendorff 2011, "Computing
// Krippendorff's Alpha-Reliability"). Units with fewer than two values cannot be paired and are
// left out, as Krippendorff prescribes.
//
// Instead of building the coincidence matrix, both metrics use closed forms of its sums, so the
// cost is linear in the number of values even for continuous dyad answers, where every value is
// distinct and the matrix would be n × n:
//   nominal:  Σ_u (m_u² − Σ_c n_uc²) / (m_u − 1)  and  n² − Σ_c n_c²
//   interval: Σ_u 2 m_u Σ_i (v_ui − v̄_u)² / (m_u − 1)  and  2 n Σ (v − v̄)²
// which give α = 1 − (n − 1) · observed / expected.

/** One unit: each coder's value, or null where that coder gave none. */
export type Unit<T> = readonly (T | null | undefined)[];

export interface AlphaResult {
  /** NaN when nothing can be paired or all pairable values are the same (no variation). */
  alpha: number;
  /** Pairable values: those in units with at least two values. */
  pairable: number;
  /** Units with at least two values. */
  units: number;
}

function pairableValues<T>(units: readonly Unit<T>[]): T[][] {
  return units.map((u) => u.filter((v): v is T => v !== null && v !== undefined)).filter((u) => u.length >= 2);
}

/** Krippendorff's alpha for nominal values (categories; equality is all that counts). */
export function krippendorffAlphaNominal(units: readonly Unit<string | number>[]): AlphaResult {
  const used = pairableValues(units);
  const overall = new Map<string | number, number>();
  let observed = 0;
  let n = 0;
  for (const u of used) {
    const counts = new Map<string | number, number>();
    for (const v of u) counts.set(v, (counts.get(v) ?? 0) + 1);
    let sq = 0;
    for (const [v, c] of counts) {
      sq += c * c;
      overall.set(v, (overall.get(v) ?? 0) + c);
    }
    const m = u.length;
    observed += (m * m - sq) / (m - 1);
    n += m;
  }
  let expected = n * n;
  for (const c of overall.values()) expected -= c * c;
  return { alpha: expected > 0 ? 1 - ((n - 1) * observed) / expected : Number.NaN, pairable: n, units: used.length };
}

/** Krippendorff's alpha for interval values (differences count by their square). */
export function krippendorffAlphaInterval(units: readonly Unit<number>[]): AlphaResult {
  const used = pairableValues(units);
  let observed = 0;
  let n = 0;
  let sum = 0;
  for (const u of used) {
    const m = u.length;
    const mean = u.reduce((a, b) => a + b, 0) / m;
    const ss = u.reduce((a, v) => a + (v - mean) ** 2, 0);
    observed += (2 * m * ss) / (m - 1);
    n += m;
    sum += mean * m;
  }
  const grand = sum / n;
  let totalSS = 0;
  for (const u of used) for (const v of u) totalSS += (v - grand) ** 2;
  const expected = 2 * n * totalSS;
  return { alpha: expected > 0 ? 1 - ((n - 1) * observed) / expected : Number.NaN, pairable: n, units: used.length };
}

/** Turns coder-by-unit rows (Krippendorff's layout) into units, the layout the functions take. */
export function unitsFromCoders<T>(coders: readonly (readonly (T | null)[])[]): (T | null)[][] {
  const width = Math.max(0, ...coders.map((c) => c.length));
  return Array.from({ length: width }, (_, j) => coders.map((c) => c[j] ?? null));
}
