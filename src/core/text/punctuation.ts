// Joining a label to what follows it in one sentence for screen readers and captions. Labels are often
// questions ("Wat hielp?"): adding ":" or "." after them reads as doubled punctuation.

const ENDS_IN_PUNCTUATION = /[?!.:;…]["'’”)]*\s*$/;

export const endsInPunctuation = (label: string) => ENDS_IN_PUNCTUATION.test(label);

/** "Titel" → "Titel:", "Wat hielp?" stays "Wat hielp?". */
export const withColon = (label: string) => (endsInPunctuation(label) ? label.trimEnd() : `${label.trimEnd()}:`);

/** "Titel" → "Titel.", "Wat hielp?" stays "Wat hielp?": the end of a sentence. */
export const withFullStop = (label: string) => (endsInPunctuation(label) ? label.trimEnd() : `${label.trimEnd()}.`);
