// What the privacy detectors report: a kind and a span of the original text. Offsets are UTF-16
// code units (JavaScript string indices), so `text.slice(start, end)` gives the finding back.
export const findingKinds = ["bsn", "iban", "phone", "email", "postcode", "address", "birthDate", "date", "name"] as const;
export type FindingKind = (typeof findingKinds)[number];

export type Finding = { kind: FindingKind; start: number; end: number; text: string };

export function finding(source: string, kind: FindingKind, start: number, end: number): Finding {
  return { kind, start, end, text: source.slice(start, end) };
}
