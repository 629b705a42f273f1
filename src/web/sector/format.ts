// Numbers of the sector view in the reader's language: a count with its ±, a share with its margin.
import { percentFormat } from "../patterns/axes.ts";
import { numberFormatter } from "../toolkit/format.ts";

export const withPlusMinus = (count: number, plusMinus: number, lang: string) =>
  `${numberFormatter(lang)(count)} ± ${plusMinus}`;

export function shareText(share: number | null, lang: string): string | null {
  return share === null ? null : percentFormat(lang)(share);
}

export function marginText(lower: number | null, upper: number | null, lang: string): string | null {
  if (lower === null || upper === null) return null;
  const format = percentFormat(lang);
  return `${format(lower)} – ${format(upper)}`;
}

export function differenceText(difference: number | null, lang: string): string | null {
  if (difference === null) return null;
  const text = percentFormat(lang)(Math.abs(difference));
  return `${difference < 0 ? "−" : "+"}${text}`;
}
