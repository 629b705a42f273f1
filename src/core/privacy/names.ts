// Person names. A shipped list alone over-redacts ("Bos en natuur", "Frank en vrij") and misses
// every name it lacks, so the detector weighs context: a form of address ("mevrouw X", "dhr. X")
// or a relation ("zoon Daan", "mijn cliënt Ahmed") makes any capitalised word a name; a listed
// first name or surname counts on its own unless it is also a common word; initials and
// tussenvoegsels join a name ("J. Pietersen", "van der Berg", "El Amrani", "Hoekstra-van Dijk").
import {
  capitalisedParticles, couldBeName, isAmbiguous, isFirstName, isOrganisationWord, isPlainSurname,
  isStreetLike, isSurnameCore, particleSequences, phraseKeys,
} from "./name-lexicon.ts";
import { lowercaseAfterCue, lowercaseFromFirstName } from "./lowercase-names.ts";
import { joined, tokenize, type Token } from "./name-tokens.ts";
import { finding, type Finding } from "./types.ts";

const honorifics = new Set("mevrouw mevr mw mvr meneer mnr dhr juffrouw familie fam dr drs ir prof mr".split(" "));
const relations = new Set(
  `zoon zoontje dochter dochtertje kind broer broertje zus zusje moeder vader man vrouw partner
  echtgenoot echtgenote ex vriend vriendin vriendje buurman buurvrouw buurjongen buurmeisje collega
  cliënt cliënte client klant oma opa tante oom neef nicht kleinzoon kleindochter kleinkind stiefvader
  stiefmoeder stiefzoon stiefdochter schoonmoeder schoonvader schoonzoon schoondochter zwager
  schoonzus pleegzoon pleegdochter pleegkind juf meester mentor begeleider maatje coach tolk wijkagent
  huisarts vrijwilliger huisgenoot bewoner bewoonster deelnemer baby tweeling`.split(/\s+/),
);

type Range = { from: number; to: number };

/** Length in tokens of the tussenvoegsel sequence starting at i (0 when there is none). */
function particleRun(tokens: Token[], i: number): number {
  for (let length = 3; length >= 1; length--) {
    const run = tokens.slice(i, i + length);
    if (run.length < length || run.some((t, k) => k > 0 && !joined(t))) continue;
    const key = run.map((t) => t.key).join(" ");
    if (particleSequences.has(key)) return length;
    if (length === 1 && capitalisedParticles.has(key) && run[0]?.capitalised) return 1;
  }
  return 0;
}

/** A surname at i: particles, then a capitalised word, then hyphenated continuations such as
 * "-van Dijk". `known` demands a listed surname; otherwise any name-like word will do. */
function surnameAt(tokens: Token[], i: number, known: boolean): number | null {
  const p = i + particleRun(tokens, i);
  const core = tokens[p];
  if (!core || (p > i && !joined(core)) || !core.capitalised || core.initials) return null;
  if (isStreetLike(core.text) || !(known ? isSurnameCore(core.text) : couldBeName(core.text) || isSurnameCore(core.text))) return null;
  let end = p + 1;
  // "Hoekstra-van Dijk": a hyphen followed by a particle continues into the next words.
  if (/-(?:van|de|der|den|ter|ten)$/i.test(core.text) && joined(tokens[end])) end = surnameAt(tokens, end, false) ?? end;
  return end;
}

function firstNamesFrom(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && tokens[k]?.capitalised && isFirstName(tokens[k]?.text ?? "") && (k === i || joined(tokens[k]))) k++;
  return k;
}

/** The rest of a name from s (which already stands right after its cue or initials): first
 * names, then a surname; returns s when neither is there. */
function nameBody(tokens: Token[], s: number): number {
  const k = firstNamesFrom(tokens, s);
  if (k === s) return surnameAt(tokens, s, false) ?? s;
  return joined(tokens[k]) ? surnameAt(tokens, k, false) ?? k : k;
}

/** After "mevrouw", "dhr." or "de heer": initials, first names, a surname; anything name-like. */
function afterHonorific(tokens: Token[], i: number): Range | null {
  const next = tokens[i];
  if (!next || !/^[ \t.]+$/.test(next.gap)) return null;
  const s = next.initials ? i + 1 : i;
  if (s > i && !joined(tokens[s])) return null;
  const end = nameBody(tokens, s);
  if (end > i && (end > i + 1 || !next.initials)) return { from: i, to: end };
  // Written in lowercase ("meneer jansen", "mevrouw de jong"): only listed names.
  return lowercaseAfterCue(tokens, i, true);
}

/** After "zoon", "mijn cliënt", "buurvrouw": one capitalised word, then more of the name. */
function afterRelation(tokens: Token[], i: number): Range | null {
  const next = tokens[i];
  if (next && !next.capitalised && !next.initials) return lowercaseAfterCue(tokens, i, false);
  if (!joined(next) || !next.capitalised || next.initials || !(couldBeName(next.text) || isFirstName(next.text))) return null;
  return { from: i, to: joined(tokens[i + 1]) ? nameBody(tokens, i + 1) : i + 1 };
}

function fromFirstName(tokens: Token[], i: number): Range | null {
  const k = firstNamesFrom(tokens, i);
  if (k === i) return null;
  const tail = joined(tokens[k]) ? surnameAt(tokens, k, false) : null;
  if (tokens[k] && joined(tokens[k]) && isStreetLike(tokens[k + particleRun(tokens, k)]?.text ?? "")) return null;
  const end = tail ?? k;
  if (end === i + 1 && isAmbiguous(tokens[i]?.text ?? "")) return null;
  // "de Dirk", "een Mohammed": an article before a bare first name is a shop or a type of person;
  // "Sint Maarten", "St. Jan" are places and churches.
  const before = tokens[i - 1];
  if (before && /^(sint|st)$/.test(before.key) && /^\.?\s$/.test(tokens[i]?.gap ?? "")) return null;
  if (end === i + 1 && before && /^(de|het|een)$/.test(before.text) && joined(tokens[i])) return null;
  return { from: i, to: end };
}

function fromSurname(tokens: Token[], i: number): Range | null {
  const token = tokens[i];
  if (!token) return null;
  const p = particleRun(tokens, i);
  if (p > 0) {
    const end = surnameAt(tokens, i, true);
    const core = tokens[i + p];
    if (end === null || !core) return null;
    if (token.sentenceStart && token.capitalised && isAmbiguous(core.text)) return null;
    return { from: i, to: end };
  }
  if (!token.capitalised || !isPlainSurname(token.text) || isAmbiguous(token.text)) return null;
  return { from: i, to: surnameAt(tokens, i, true) ?? i + 1 };
}

function cueAt(tokens: Token[], i: number): "honorific" | "relation" | null {
  const token = tokens[i];
  if (!token) return null;
  if (honorifics.has(token.key) || (token.key === "heer" && tokens[i - 1]?.key === "de")) return "honorific";
  return relations.has(token.key) ? "relation" : null;
}

/** Not a name after all: "Albert Heijn", "Jan en alleman", "Den Haag", "Jeroen Bosch Ziekenhuis". */
function excluded(text: string, tokens: Token[], range: Range): boolean {
  const start = tokens[range.from]?.start ?? 0;
  const following = text.slice(start, start + 40).toLowerCase();
  if (phraseKeys.some((p) => following.startsWith(p) && !/\p{L}/u.test(following[p.length] ?? ""))) return true;
  const after = tokens[range.to];
  // In lower case an organisation word counts in lower case too: "het jeroen bosch ziekenhuis".
  const lowercase = tokens[range.from]?.capitalised === false;
  return after !== undefined && joined(after) && (after.capitalised || lowercase) && isOrganisationWord(after.text);
}

function nameAt(tokens: Token[], i: number): Range | null {
  const cue = cueAt(tokens, i);
  const cued = cue === "honorific" ? afterHonorific(tokens, i + 1) : cue === "relation" ? afterRelation(tokens, i + 1) : null;
  if (cued) return cued;
  const token = tokens[i];
  if (token?.initials) {
    const end = joined(tokens[i + 1]) ? nameBody(tokens, i + 1) : i + 1;
    return end === i + 1 ? null : { from: i, to: end };
  }
  return fromFirstName(tokens, i) ?? fromSurname(tokens, i) ?? lowercaseFromFirstName(tokens, i);
}

export function detectNames(text: string): Finding[] {
  const tokens = tokenize(text);
  const found: Finding[] = [];
  for (let i = 0; i < tokens.length; ) {
    const range = nameAt(tokens, i);
    if (!range || range.to <= range.from) {
      i++;
      continue;
    }
    // An excluded phrase is skipped whole, so "Jan Linders" does not leave "Linders" behind.
    if (excluded(text, tokens, range)) {
      i = range.to;
      continue;
    }
    const [first, last] = [tokens[range.from], tokens[range.to - 1]];
    if (first && last) found.push(finding(text, "name", first.start, last.end));
    i = range.to;
  }
  return found;
}
