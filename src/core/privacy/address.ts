// Postcodes ("1234 AB", with a house number that directly follows: "1234 AB 12", "1234AB, nr 5")
// and street addresses: a street name that ends in a street word (Dorpsstraat, Kerkweg, Lindelaan)
// or is built on one (Laan van Meerdervoort, Oude Gracht, Singel), followed by a house number. A
// street without a number is a place, not an address, and stays.
import { matches } from "./spans.ts";
import { finding, type Finding } from "./types.ts";

const postcodeShape = /(?<![\p{L}\p{N}])(?:[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}|[1-9]\d{3}[a-z]{2})(?![\p{L}\p{N}-])/gu;
const trailingNumber = /^(?: |, ?(?=nr|nummer|huisnummer))(?:(?:nr\.?|nummer|huisnummer) ?)?\d{1,5}[a-zA-Z]?(?![\p{L}\p{N}]|[.,]\d)/iu;

export function detectPostcodes(text: string): Finding[] {
  return matches(postcodeShape, text).map((m) => {
    const end = m.index + m[0].length;
    const number = text.slice(end).match(trailingNumber);
    return finding(text, "postcode", m.index, end + (number ? number[0].length : 0));
  });
}

const suffixes = [
  "straat", "str\\.", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef", "hof", "park", "pad", "steeg",
  "plantsoen", "erf", "ring", "baan", "markt", "allee", "boulevard", "wal", "haven", "veld", "poort", "passage",
  "promenade", "kanaal", "oever", "wetering", "vaart",
].join("|");
const bareTypes = "Straat|Laan|Weg|Plein|Gracht|Kade|Singel|Dijk|Dreef|Hof|Steeg|Markt|Wal|Haven";
// Quantifiers over letters are bounded (no street word is longer than 40 letters): an unbounded one
// would let the regex scan to the end of a long run from every start in it, quadratic in the length.
const word = "\\p{Lu}[\\p{L}'’-]{0,40}";
const linking = "(?:\\s(?:van|der|de|den|het|ter|ten|op|naar|'t))+";
// "12", "12a", "12 B", "120-II", "2 hs", "14-3", optionally after "nr" or "nummer".
const houseNumber = [
  "(?:\\s(?:nr\\.?|nummer)\\s?|\\s)\\d{1,5}",
  "(?:\\s?[A-Za-z](?![\\p{L}]))?",
  "(?:[-\\s](?:hs|bis|bg|[IVX]{1,4}|\\d{1,3}|[a-z])(?![\\p{L}\\p{N}]))?",
  "(?![\\p{N}]|[.,]\\d)",
].join("");
const street = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:" +
    `(?<compound>\\p{Lu}[\\p{L}'’-]{0,40}?(?:${suffixes}))` +
    `|(?<named>(?:${bareTypes})${linking}\\s${word}(?:\\s${word})?)` +
    `|(?<bare>${bareTypes}))${houseNumber}`,
  "gu",
);

// Capitalised words that start a sentence or a clause rather than a street name.
const notStreetWords = new Set(
  `De Het Een In Op Aan Naar Bij Via Uit Ze Zij Hij Ik We Wij Mevrouw Meneer Adres Postcode Woont Sinds Tot Met
  Voor Om En Of Maar Dat Die Dit Deze Toen Nu Ook Hun Haar Zijn Mijn Onze Tel Dhr Mevr Fam Familie Naam`.split(/\s+/),
);
const particles = new Set(["van", "der", "de", "den", "het", "ter", "ten", "'t"]);

/** Widens a street match over words before it (Prins Hendrikkade, Van der Valkstraat, Oude Gracht);
 * particles count only between capitalised words. Returns the new start, or null when none. */
function streetStart(text: string, start: number): number | null {
  let committed: number | null = null;
  let at = start;
  for (let taken = 0; taken < 4; taken++) {
    // A short window: matching "$" against the whole prefix would make long texts quadratic.
    const m = text.slice(Math.max(0, at - 60), at).match(/(?:^|[\s(])([\p{L}'’.-]+) $/u);
    const token = m?.[1];
    if (!m || !token) break;
    at = at - token.length - 1;
    const bare = token.replace(/\.$/, "");
    if (/^\p{Lu}/u.test(token) && !notStreetWords.has(bare)) committed = at;
    else if (!particles.has(token)) break;
  }
  return committed;
}

export function detectAddresses(text: string): Finding[] {
  return matches(street, text).flatMap((m) => {
    const left = streetStart(text, m.index);
    // A bare street word is a street ("Singel 300", "de Markt 12") unless a surname particle
    // makes it a name: "van Dijk 3 keer gebeld".
    const afterParticle = /(?:^|\s)(?:van|der|den|ter|ten)\s$/i.test(text.slice(Math.max(0, m.index - 5), m.index));
    if (m.groups?.["bare"] !== undefined && left === null && afterParticle) return [];
    return [finding(text, "address", left ?? m.index, m.index + m[0].length)];
  });
}

// "Postbus 123", "antwoordnummer 10250": where someone's post goes is as telling as where they live.
const postBox = /(?<![\p{L}\p{N}])(?:postbus|antwoordnummer)\s?\d{1,6}(?![\p{N}])/giu;

export function detectPostBoxes(text: string): Finding[] {
  return matches(postBox, text).map((m) => finding(text, "address", m.index, m.index + m[0].length));
}
