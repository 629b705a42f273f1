// The NL Design System theme declares every token of every component in it (about 2,800 custom
// properties, 200 KB), and it is render-blocking on every page, the public story form included.
// Vertelpunt uses a few hundred of them. At build time (vite.config.ts) the theme keeps only the
// tokens that the app's own sources and the component styles it imports name, and the tokens
// those refer to in turn.

const NAME = /--[A-Za-z0-9_-]+/g;
const DECLARATION = /^\s*(--[A-Za-z0-9_-]+)\s*:(.*)$/;

/** Every custom property name that appears in `text` (declared, read with var(), or written in code). */
export function tokenNames(text: string): Set<string> {
  return new Set(text.match(NAME) ?? []);
}

/**
 * The theme's stylesheet without the custom properties that nothing uses: a declaration stays when
 * `used` names it, or when a declaration that stays refers to it. The theme writes one declaration
 * a line; other lines are kept as they are.
 */
export function pruneTheme(themeCss: string, used: Set<string>): string {
  const lines = themeCss.split("\n");
  const values = new Map<string, string>();
  for (const line of lines) {
    const match = DECLARATION.exec(line);
    if (match) values.set(match[1]!, match[2]!);
  }
  const kept = new Set<string>();
  const keep = (name: string) => {
    const value = values.get(name);
    if (value === undefined || kept.has(name)) return;
    kept.add(name);
    for (const referred of tokenNames(value)) keep(referred);
  };
  for (const name of used) keep(name);
  return lines.filter((line) => {
    const match = DECLARATION.exec(line);
    return !match || kept.has(match[1]!);
  }).join("\n");
}
