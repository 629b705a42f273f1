// Lookup sets built once from the shipped lists, keyed so that case, accents and the Turkish
// dotless i do not matter: "Öztürk", "OZTURK" and "ozturk" are one key, as are "Yılmaz" and "Yilmaz".
import { ambiguousNames } from "./names/ambiguous.ts";
import { commonWords, notNamePhrases, organisationSuffix, organisationWords } from "./names/common-words.ts";
import { firstNames } from "./names/first-names.ts";
import { surnames } from "./names/surnames.ts";

const keyCache = new Map<string, string>();

export function nameKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = word.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").replace(/’/g, "'").toLowerCase();
    if (keyCache.size < 50_000) keyCache.set(word, key);
  }
  return key;
}

// Tussenvoegsels and their combinations. The Arabic and Berber ones (El, Al, Ait, Ben) count only
// capitalised: lowercase "al" is the Dutch word for "already".
const dutchParticles = [
  "van", "de", "den", "der", "van de", "van der", "van den", "van het", "van 't", "ter", "ten", "in 't",
  "in de", "in den", "op de", "op den", "op 't", "uit de", "uit den", "von", "von der", "le", "la", "du",
  "da", "di", "dos", "das", "del", "della",
];
const foreignParticles = ["el", "al", "ait", "aït", "ben", "bin", "ibn", "abu", "abou"];
export const particleSequences: ReadonlySet<string> = new Set(dutchParticles.map(nameKey));
export const capitalisedParticles: ReadonlySet<string> = new Set(foreignParticles.map(nameKey));

const split = (name: string) => name.split(/\s+/);
const isParticle = (word: string) => particleSequences.has(nameKey(word)) || capitalisedParticles.has(nameKey(word));

const firstNameKeys = new Set(firstNames.map(nameKey));
const ambiguousKeys = new Set([...ambiguousNames, ...commonWords].map(nameKey));
const commonKeys = new Set(commonWords.map(nameKey));
const organisationKeys = new Set(organisationWords.map(nameKey));
/** Surnames written without a particle ("Jansen"): these may stand alone. */
const plainSurnameKeys = new Set(surnames.filter((n) => !isParticle(split(n)[0] ?? "")).map(nameKey));
/** The last word of every surname ("Vries" of "de Vries"): a name only behind its particles. */
const surnameCoreKeys = new Set(surnames.map((n) => nameKey(split(n).at(-1) ?? "")));
export const phraseKeys: readonly string[] = notNamePhrases.map(nameKey);

const streetLike = /\p{L}(?:straat|str|laan|weg|plein|gracht|kade|singel|dijk|dreef|park|pad|steeg|plantsoen|markt|allee|boulevard|haven)$/iu;

const parts = (word: string) => nameKey(word).replace(/['’]s$/, "").split("-");

export const isFirstName = (word: string) => firstNameKeys.has(parts(word)[0] ?? "");
export const isAmbiguous = (word: string) => ambiguousKeys.has(nameKey(word));
export const isPlainSurname = (word: string) => parts(word).some((p) => plainSurnameKeys.has(p));
export const isSurnameCore = (word: string) => parts(word).some((p) => surnameCoreKeys.has(p) || plainSurnameKeys.has(p));
export const isOrganisationWord = (word: string) => organisationKeys.has(nameKey(word)) || organisationSuffix.test(word);
export const isStreetLike = (word: string) => streetLike.test(word);

/** Could this capitalised word be part of a name nobody listed ("Kowalczyk", "Amrani")? */
export function couldBeName(word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || (word.length > 1 && word === word.toUpperCase())) return false;
  return !commonKeys.has(nameKey(word)) && !organisationKeys.has(nameKey(word)) && !isStreetLike(word);
}
