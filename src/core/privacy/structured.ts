// The structured identifiers in one pass: everything but names.
import { detectAddresses, detectPostBoxes, detectPostcodes } from "./address.ts";
import { detectBirthDates } from "./birth-date.ts";
import { detectDates } from "./dates.ts";
import { detectBsn, detectEmail, detectIban } from "./identifiers.ts";
import { detectPhones } from "./phone.ts";
import type { Finding } from "./types.ts";

export function detectStructured(text: string): Finding[] {
  return [
    ...detectEmail(text), ...detectIban(text), ...detectBsn(text), ...detectPhones(text),
    ...detectBirthDates(text), ...detectDates(text), ...detectPostcodes(text), ...detectAddresses(text), ...detectPostBoxes(text),
  ];
}
