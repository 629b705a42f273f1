// Every style sheet of the web app closes each block and nests no rules. Browsers and Vite accept CSS
// nesting, so a lost `}` (a merge that dropped one did) turns the next rules silently into
// descendants of the block before: the recorder lost its frame and spacing that way and no other
// test noticed. The app writes flat CSS; only at-rules (@media, @supports, …) hold rules.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const WEB = join(import.meta.dirname, "..");

function styleSheets(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return styleSheets(path);
    return name.endsWith(".css") ? [path] : [];
  });
}

/** Blocks left open, braces closing nothing, and rules inside a rule, as readable lines. */
function nestingProblems(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const open: string[] = [];
  const problems: string[] = [];
  for (const [token, selector] of text.matchAll(/([^{};]*)\{|\}/g)) {
    if (token === "}") {
      if (open.pop() === undefined) problems.push("a } that closes nothing");
      continue;
    }
    const name = selector!.trim();
    const parent = open.at(-1);
    if (parent !== undefined && !parent.startsWith("@")) problems.push(`"${name}" inside "${parent}"`);
    open.push(name);
  }
  return [...problems, ...open.map((name) => `"${name}" is never closed`)];
}

describe("the web app's style sheets", () => {
  const sheets = styleSheets(WEB);

  it("finds a lost brace and a rule inside a rule", () => {
    expect(nestingProblems(".a { color: red;\n.b { color: blue; }")).toEqual(['".b" inside ".a"', '".a" is never closed']);
    expect(nestingProblems("@media (width > 40em) { .a { content: \"{\"; } }\n}")).toEqual(["a } that closes nothing"]);
  });

  it("are all read", () => {
    expect(sheets.length).toBeGreaterThan(5);
  });

  it.each(sheets.map((path) => [relative(WEB, path), path]))("%s closes every block and nests no rules", (_name, path) => {
    expect(nestingProblems(readFileSync(path, "utf8"))).toEqual([]);
  });
});
