// Names written without capitals ("ik sprak met jan de vries", "mijn cliënt fatima"). In lower case
// a name loses its surest sign, so only listed names count, and a listed first name that is also
// an ordinary word ("frans", "rob", "bob", "lies") counts only after a cue or before a surname.
import { capitalisedParticles, isAmbiguous, isFirstName, isPlainSurname, isSurnameCore, particleSequences } from "./name-lexicon.ts";
import { joined, type Token } from "./name-tokens.ts";

type Range = { from: number; to: number };

// First names that are Dutch (or common English) words, places or month abbreviations in lower
// case: "frans" (French), "rob" (a seal), "bob" (the sober driver), "lies" (groin), "noor" (a
// Norwegian), "jun" (June), "said", "joke", "sofia", "basel".
const wordsInLowercase = new Set(
  `frans lex bob rob dick joke said lies noor trees jun selam peter piet hein klaas hind amine nick mike puck
  jordan virginia sofia basel chelsea luna leo marco maria cor mats kai fien saar adam aman hawa rana beata
  levi otto sana amal iman isa ida ans bea nel mies gea`.split(/\s+/),
);

const lower = (t: Token | undefined): t is Token => t !== undefined && !t.capitalised && !t.initials;
const firstName = (t: Token | undefined): t is Token => lower(t) && t.text.length >= 3 && isFirstName(t.text) && !isAmbiguous(t.text);

/** A surname in lower case at i: particles ("de", "van den", "el" after a cue) and a listed core,
 * or a listed surname on its own. Returns the end, or null. */
function lowercaseSurname(tokens: Token[], i: number, foreignParticles: boolean): number | null {
  let p = i;
  for (let length = 3; length >= 1 && p === i; length--) {
    const run = tokens.slice(i, i + length);
    if (run.length < length || !run.every(lower) || run.some((t, k) => k > 0 && !joined(t))) continue;
    const key = run.map((t) => t.key).join(" ");
    if (particleSequences.has(key) || (length === 1 && foreignParticles && capitalisedParticles.has(key))) p = i + length;
  }
  const core = tokens[p];
  if (!lower(core) || (p > i && !joined(core))) return null;
  if (p > i) return isSurnameCore(core.text) ? p + 1 : null;
  return isPlainSurname(core.text) ? p + 1 : null;
}

/** After a cue ("mevrouw", "zoon", "mijn cliënt"): a listed first name, a surname, or both. */
export function lowercaseAfterCue(tokens: Token[], i: number, honorific: boolean): Range | null {
  const next = tokens[i];
  if (!lower(next) || !joined(next)) return null;
  // After a cue even a first name that is also a word will do: "dochter noor", "zoon rob".
  if (isFirstName(next.text) && !isAmbiguous(next.text)) {
    const tail = joined(tokens[i + 1]) ? lowercaseSurname(tokens, i + 1, false) : null;
    return { from: i, to: tail ?? i + 1 };
  }
  const surname = honorific ? lowercaseSurname(tokens, i, true) : null;
  return surname === null ? null : { from: i, to: surname };
}

/** A listed first name in lower case: with a surname after it, or alone when it is no ordinary word. */
export function lowercaseFromFirstName(tokens: Token[], i: number): Range | null {
  const token = tokens[i];
  if (!firstName(token)) return null;
  const tail = joined(tokens[i + 1]) ? lowercaseSurname(tokens, i + 1, false) : null;
  if (tail !== null) return { from: i, to: tail };
  // "de henk", "een ahmed": an article before it makes it a kind of person or a shop.
  const before = tokens[i - 1];
  if (wordsInLowercase.has(token.key) || (before && /^(de|het|een)$/.test(before.key) && joined(token))) return null;
  return { from: i, to: i + 1 };
}
