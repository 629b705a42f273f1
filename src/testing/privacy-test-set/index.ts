// The labelled evaluation set for the detectors: realistic story sentences, written by hand, with
// the spans that should be redacted. Conventions: a name span is the name as written, with
// initials and tussenvoegsels but without "mevrouw" or "meneer"; a date of birth is the date only;
// a postcode span takes a house number that directly follows it; an address is street + number.
// A wrong BSN (failing the 11-proef), a birth year alone and an appointment date are not labelled.
// A full date (day, month and year) is labelled "date" even without a birth cue: it pins an event in
// someone's life ("op 3 juni '85 kwam hij hier"), and a P.O. box is an address.
import { cleanSentences } from "./clean.ts";
import { everydaySentences } from "./everyday.ts";
import { holdoutEverydaySentences } from "./holdout-everyday.ts";
import { identifierSentences } from "./identifiers.ts";
import { holdoutSentences } from "./holdout.ts";
import { nameSentences } from "./names.ts";

export type { ExpectedSpan, LabelledSentence } from "./label.ts";

/** Sentences written while the detector was designed. */
export const designSet = [...identifierSentences, ...nameSentences, ...cleanSentences, ...everydaySentences];
/** Sentences written afterwards and not tuned on: the fairer estimate. */
export const holdoutSet = [...holdoutSentences, ...holdoutEverydaySentences];
/** The second holdout batch alone: dates, P.O. boxes and names in lower case. */
export const holdoutEverydaySet = holdoutEverydaySentences;
export const testSet = [...designSet, ...holdoutSet];
