// Names for what the pattern API answers with ids: options and questions of the framework.
import type { Signifier } from "../../core/framework.ts";
import { numberFormatter } from "../toolkit/format.ts";

/** The label of a choice's option or of a stones question's item. */
export function optionLabel(signifiers: Signifier[], signifierId: string, optionId: string): string {
  const s = signifiers.find((x) => x.id === signifierId);
  const options = s?.type === "choice" ? s.options : s?.type === "stones" ? s.items : [];
  return options.find((o) => o.id === optionId)?.label ?? optionId;
}

/** A discovery variable is a signifier id, or "id=option" for one option of a multiple choice or one item of stones. */
export function variableLabel(signifiers: Signifier[], variableId: string): string {
  const [signifierId, option] = variableId.split("=") as [string, string | undefined];
  const question = signifiers.find((x) => x.id === signifierId)?.question ?? signifierId;
  return option ? `${question} (${optionLabel(signifiers, signifierId, option)})` : question;
}


/** What a statistic the API left out (null: hidden, or nothing to test) reads as. */
const NONE = "–";

export const formatPercent = (share: number | null, lang: string) => (share === null ? NONE : `${numberFormatter(lang, { digits: 0, fixed: true })(share * 100)}%`);

/** A difference in percentage points with its sign, e.g. +12. */
export const formatPoints = (difference: number | null, lang: string) =>
  difference === null ? NONE : `${difference > 0 ? "+" : ""}${numberFormatter(lang, { digits: 0, fixed: true })(difference * 100)}`;

/** A q- or p-value: three decimals, or "< 0,001". */
export function formatQ(q: number | null, lang: string) {
  const threeDecimals = numberFormatter(lang, { digits: 3, fixed: true });
  return q === null ? NONE : q < 0.001 ? `< ${threeDecimals(0.001)}` : threeDecimals(q);
}

export const formatEffect = (value: number | null, lang: string) => (value === null ? NONE : numberFormatter(lang, { digits: 2, fixed: true })(value));
