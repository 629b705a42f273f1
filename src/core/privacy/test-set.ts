// The labelled evaluation set for the detectors: realistic story sentences, written by hand, with
// the spans that should be redacted. Conventions: a name span is the name as written, with
// initials and tussenvoegsels but without "mevrouw" or "meneer"; a date of birth is the date only;
// a postcode span takes a house number that directly follows it; an address is street + number.
// A wrong BSN (failing the 11-proef), a birth year alone and an appointment date are not labelled.
import { cleanSentences } from "./test-set/clean.ts";
import { identifierSentences } from "./test-set/identifiers.ts";
import { holdoutSentences } from "./test-set/holdout.ts";
import { nameSentences } from "./test-set/names.ts";

export type { ExpectedSpan, LabelledSentence } from "./test-set/label.ts";

/** Sentences written while the detector was designed. */
export const designSet = [...identifierSentences, ...nameSentences, ...cleanSentences];
/** Sentences written afterwards and not tuned on: the fairer estimate. */
export const holdoutSet = holdoutSentences;
export const testSet = [...designSet, ...holdoutSet];
