// The privacy budget of one organization towards its sector. Releases add up: k releases with
// ε₁ … ε_k together give (ε₁ + … + ε_k)-differential privacy (sequential composition), so the
// ledger refuses a release that would take the sum past the budget the organization set. Sums are
// exact fractions: a budget of 1 must take ten releases of 1/10, not nine because of rounding.
import type { Epsilon } from "./discrete-laplace.ts";

interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

function add(a: Fraction, b: Fraction): Fraction {
  const numerator = a.numerator * b.denominator + b.numerator * a.denominator;
  const denominator = a.denominator * b.denominator;
  const divisor = gcd(numerator, denominator) || 1n;
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

const fraction = ({ numerator, denominator }: Epsilon): Fraction => ({ numerator: BigInt(numerator), denominator: BigInt(denominator) });
const atMost = (a: Fraction, b: Fraction) => a.numerator * b.denominator <= b.numerator * a.denominator;
const value = (a: Fraction) => Number(a.numerator) / Number(a.denominator);

export type BudgetDecision =
  | { allowed: true; spentAfter: number; remainingAfter: number }
  | { allowed: false; spent: number; remaining: number; requested: number };

/** May a release with ε = next be made, given the budget and the releases already made? */
export function decideRelease(budget: Epsilon, spent: readonly Epsilon[], next: Epsilon): BudgetDecision {
  const total = spent.map(fraction).reduce(add, { numerator: 0n, denominator: 1n });
  const after = add(total, fraction(next));
  const limit = fraction(budget);
  if (!atMost(after, limit)) {
    return { allowed: false, spent: value(total), remaining: Math.max(0, value(limit) - value(total)), requested: value(fraction(next)) };
  }
  return { allowed: true, spentAfter: value(after), remainingAfter: value(limit) - value(after) };
}
