// The floors of src hold: no import circles (type-only imports count: a reader follows them too),
// no arrow from a lower floor to a higher one, and no product file leaning on test helpers. Pure:
// reads the files, finds the import specifiers, resolves the relative ones.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "..");
const SOURCE = /\.(ts|tsx)$/;

/** Floors each floor must not import from (src/cli and src/web stand on top). */
const higherFloors: Record<string, string[]> = {
  core: ["db", "index", "server", "web", "cli"],
  db: ["index", "server", "web", "cli"],
  index: ["server", "web", "cli"],
  server: ["web", "cli"],
};

// Static imports and re-exports (with or without `type`), side-effect imports and dynamic imports.
const STATIC = /^\s*(?:import|export)\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\}|\w+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+\w+))?)\s+from\s*["']([^"']+)["']/gm;
const SIDE_EFFECT = /^\s*import\s*["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function specifiersOf(text: string): string[] {
  return [STATIC, SIDE_EFFECT, DYNAMIC].flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, ".ts"), base.replace(/\.js$/, ".tsx"), `${base}.ts`, `${base}.tsx`, join(base, "index.ts")];
  return candidates.find((c) => SOURCE.test(c) && existsSync(c));
}

const rel = (path: string) => relative(SRC, path);
const floorOf = (path: string) => rel(path).split("/")[0]!;
const isTest = (path: string) => /\.test\.tsx?$/.test(path);

/** path → the src files it imports. */
function importGraph(files = sourceFiles(SRC)): Map<string, string[]> {
  return new Map(files.map((file) => [file, specifiersOf(readFileSync(file, "utf8")).flatMap((s) => resolveImport(file, s) ?? [])]));
}

/** Strongly connected components with more than one file (or a file importing itself): Tarjan. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.map(rel).sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** Arrows that go up a floor, or from a product file into src/testing, as "from → to". */
function wrongArrows(graph: Map<string, string[]>): string[] {
  return [...graph].flatMap(([from, targets]) => targets.flatMap((to) => {
    const [a, b] = [floorOf(from), floorOf(to)];
    const upward = higherFloors[a]?.includes(b) ?? false;
    const intoTesting = b === "testing" && a !== "testing" && !isTest(from);
    return upward || intoTesting ? [`${rel(from)} → ${rel(to)}`] : [];
  }));
}

const ROUTES = "server/routes/";
const isRoute = (path: string) => rel(path).startsWith(ROUTES) && !isTest(path);

/** Route modules leaning on each other, as "from → to": what two routes share is a presenter, a use
 * case or a contract shape, one floor down. Only routes/index.ts gathers them. */
function routeToRoute(graph: Map<string, string[]>): string[] {
  return [...graph].filter(([from]) => isRoute(from) && rel(from) !== `${ROUTES}index.ts`)
    .flatMap(([from, targets]) => targets.filter(isRoute).map((to) => `${rel(from)} → ${rel(to)}`));
}

describe("the import graph of src", () => {
  const graph = importGraph();

  it("reads the imports of every kind", () => {
    expect(specifiersOf([
      'import { a,', "  b } from './x.ts';", 'import type { T } from "../y.ts";', 'export * from "./z.ts";',
      'import "./side.ts";', 'const m = await import("./lazy.ts");', "// import nothing from 'here'", 'import d, { e } from "./w.ts";',
    ].join("\n")).sort()).toEqual(["../y.ts", "./lazy.ts", "./side.ts", "./w.ts", "./x.ts", "./z.ts"]);
  });

  it("finds a circle and an upward arrow when there is one", () => {
    const at = (p: string) => join(SRC, p);
    const sample = new Map([[at("core/a.ts"), [at("server/b.ts")]], [at("server/b.ts"), [at("core/a.ts")]], [at("server/c.ts"), [at("testing/d.ts")]]]);
    expect(cycles(sample)).toEqual([["core/a.ts", "server/b.ts"]]);
    expect(wrongArrows(sample)).toEqual(["core/a.ts → server/b.ts", "server/c.ts → testing/d.ts"]);
    const routes = new Map([[at("server/routes/a.ts"), [at("server/routes/b.ts"), at("server/openapi.ts")]], [at("server/routes/index.ts"), [at("server/routes/a.ts")]]]);
    expect(routeToRoute(routes)).toEqual(["server/routes/a.ts → server/routes/b.ts"]);
  });

  it("sees the whole of src", () => {
    // A resolver that quietly missed everything would pass the checks below.
    expect(graph.size).toBeGreaterThan(300);
    expect([...graph.values()].reduce((n, targets) => n + targets.length, 0)).toBeGreaterThan(1000);
  });

  it("has no import circles", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("has no arrows from a lower floor to a higher one, nor from product code into src/testing", () => {
    expect(wrongArrows(graph)).toEqual([]);
  });

  it("has no route module importing another", () => {
    expect(routeToRoute(graph)).toEqual([]);
  });
});
