// ε as the API takes it (a fraction) and as a person reads it ("1/2", or "0,5" used of 2).
import { numberFormatter } from "../toolkit/format.ts";
import type { Lang } from "../toolkit/i18n.tsx";

export interface Fraction { numerator: number; denominator: number }

export const fractionText = ({ numerator, denominator }: Fraction) => (denominator === 1 ? String(numerator) : `${numerator}/${denominator}`);

export const epsilonNumber = (value: number, lang: Lang) => numberFormatter(lang, { digits: 2 })(value);

/** Whole budgets; 2 is what the server takes when none is given. */
export const BUDGETS = ["1", "2", "4", "6", "12"] as const;
export const DEFAULT_BUDGET = "2";

/** ε per monthly release, from much noise to little. */
export const EPSILONS = [
  { value: "1/4", label: "epsilonSmall" },
  { value: "1/2", label: "epsilonMiddle" },
  { value: "1/1", label: "epsilonLarge" },
] as const;

export function parseFraction(text: string): Fraction {
  const [numerator, denominator = "1"] = text.split("/");
  return { numerator: Number(numerator), denominator: Number(denominator) };
}
