// The web app's rooms: the toolkit serves every page and so may know neither the shell (which
// routes to every page) nor any feature; no web module reaches into the server, and the contract
// arrives as types only, so no schema (nor zod-openapi) travels to the browser.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const webRoot = dirname(fileURLToPath(import.meta.url));
const srcRoot = resolve(webRoot, "..");

interface ImportLine { file: string; target: string; typeOnly: boolean }

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const importPattern = /^\s*(import|export)\s+(type\s+)?[^"';]*?from\s+["'](\.{1,2}\/[^"']+)["']|^\s*import\s+["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/gm;

function relativeImports(file: string): ImportLine[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(importPattern)].map((match) => {
    const specifier = match[3] ?? match[4] ?? match[5]!;
    return { file: relative(srcRoot, file), target: relative(srcRoot, resolve(dirname(file), specifier)), typeOnly: Boolean(match[2]) };
  });
}

const webImports = sourceFiles(webRoot).flatMap(relativeImports);

describe("web layering", () => {
  it("finds the imports it checks", () => {
    expect(webImports.some((line) => line.file.startsWith("web/toolkit/") && line.target.startsWith("web/toolkit/"))).toBe(true);
    expect(webImports.some((line) => line.file.startsWith("web/shell/") && line.target.startsWith("web/toolkit/"))).toBe(true);
  });

  it("keeps the toolkit free of the shell and of features", () => {
    const outward = webImports.filter((line) => line.file.startsWith("web/toolkit/") && line.target.startsWith("web/") && !line.target.startsWith("web/toolkit/"));
    expect(outward).toEqual([]);
  });

  it("never imports the server, and takes only types from the contract", () => {
    const server = webImports.filter((line) => line.target.startsWith("server/") || line.target.startsWith("db/"));
    expect(server).toEqual([]);
    const contractValues = webImports.filter((line) => line.target.startsWith("contract/") && !line.typeOnly);
    expect(contractValues).toEqual([]);
  });
});
