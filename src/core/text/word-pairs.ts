// The pairs of neighbouring words that every match of a text-search query must hold: the words of
// its phrases ("huisbezoek samen" needs 'huisbezoek sam'), written as the database's
// adjacent_lexemes keeps them per story (migration 0024), so that an index on those pairs finds a
// phrase's candidates. Only for a query that is an AND of words and phrases: under OR or NOT a
// pair is not needed by every match, and no pairs are given (the query is then answered as before).

type Token = { lexeme: string; plain: boolean } | { operator: string };

/** A tsquery as PostgreSQL writes it (`'huisbezoek' <-> 'sam' & 'geld':*`), or undefined if it has OR, NOT or groups. */
function tokens(tsquery: string): Token[] | undefined {
  const found: Token[] = [];
  const pattern = /\s*(?:'((?:[^'\\]|''|\\.)*)'(:[*A-D]+)?|(<->|<\d+>|&)|(\S))/gy;
  for (let match = pattern.exec(tsquery); match; match = pattern.exec(tsquery)) {
    const [, quoted, suffix, operator, other] = match;
    if (other !== undefined) return undefined; // |, !, ( or ): not every phrase is needed
    if (operator !== undefined) found.push({ operator });
    else found.push({ lexeme: quoted!.replace(/''/g, "'").replace(/\\(.)/g, "$1"), plain: suffix === undefined });
  }
  return found;
}

/** Each pair `first second` that a match must hold next to each other; empty when none or not sure. */
export function requiredWordPairs(tsquery: string): string[] {
  const list = tokens(tsquery) ?? [];
  const pairs = new Set<string>();
  for (let k = 0; k + 2 < list.length; k++) {
    const [a, op, b] = [list[k]!, list[k + 1]!, list[k + 2]!];
    // A prefix (:*) or weight matches more than one word: no pair is certain.
    if ("lexeme" in a && "lexeme" in b && "operator" in op && op.operator === "<->" && a.plain && b.plain) pairs.add(`${a.lexeme} ${b.lexeme}`);
  }
  return [...pairs];
}
