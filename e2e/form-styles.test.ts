// The public story form's page as the built app serves it links only the styles the form needs
// (issue 17): none of the staff pages' stylesheets, and an NL Design System theme cut down to the
// tokens the app uses. Read from the build's manifest, so a form that starts to pull in a staff
// page's styles fails here.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunkFiles, readManifest, TELL_PAGE } from "../src/server/web-manifest.ts";
import { type RunningServer, seedCollection, startBenchServer } from "../src/testing/spawn-server.ts";

const WEB_ROOT = "dist/web";
/** The pages a person without an account may open; every other page is a staff page. */
const PUBLIC_PAGES = [TELL_PAGE, "tell/ReceiptPage.tsx", "booklets/PublicBookletPage.tsx"];

let server: RunningServer;
let formPage: string;

beforeAll(async () => {
  server = await startBenchServer("pglite");
  const { collection } = await seedCollection(server.baseUrl);
  formPage = await (await fetch(`${server.baseUrl}/vertel/${collection.slug}`)).text();
});
afterAll(async () => {
  await server?.stop();
});

const linkedStyles = (html: string) => [...new Set([...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!))];

/** Stylesheets that only staff pages load: theirs, less any that a public page or the entry also needs. */
function staffOnlyStyles() {
  const manifest = readManifest(WEB_ROOT);
  const entry = Object.values(manifest).find((chunk) => (chunk as { isEntry?: boolean }).isEntry)!;
  const publicStyles = new Set([...entry.css ?? [], ...PUBLIC_PAGES.flatMap((page) => chunkFiles(manifest, page).styles)]);
  const staffPages = Object.keys(manifest).filter((key) => /\.tsx$/.test(key) && !PUBLIC_PAGES.includes(key) && (manifest[key] as { isDynamicEntry?: boolean }).isDynamicEntry);
  return new Set(staffPages.flatMap((page) => chunkFiles(manifest, page).styles).filter((css) => !publicStyles.has(css)));
}

describe("the public form's styles", () => {
  it("links the form's stylesheets and none of the staff pages' own", () => {
    const linked = linkedStyles(formPage);
    const staffOnly = staffOnlyStyles();
    const staffShell = readManifest(WEB_ROOT)["shell/StaffApp.tsx"]!.css!;
    expect(staffShell.length).toBeGreaterThan(0);
    expect(staffShell.every((css) => staffOnly.has(css))).toBe(true);
    expect(staffOnly.size).toBeGreaterThan(5);
    expect(linked).toEqual(expect.arrayContaining(chunkFiles(readManifest(WEB_ROOT), TELL_PAGE).styles));
    expect(linked.filter((css) => staffOnly.has(css))).toEqual([]);
  });

  it("carries an NL Design System theme with only the tokens the app uses", () => {
    const linked = linkedStyles(formPage);
    const theme = linked.map((css) => readFileSync(join(WEB_ROOT, css), "utf8")).find((css) => css.includes(".voorbeeld-theme"));
    expect(theme).toBeDefined();
    const tokens = theme!.match(/--[\w-]+:/g)!.length;
    // The whole theme declares about 2,800 tokens in 200 KB.
    expect(tokens).toBeGreaterThan(100);
    expect(tokens).toBeLessThan(1_000);
    expect(theme).toContain("--utrecht-button-primary-action-background-color:");
    // With the whole theme the form's styles came to about 330 KB (uncompressed); now about 175 KB.
    expect(linked.reduce((sum, css) => sum + statSync(join(WEB_ROOT, css)).size, 0)).toBeLessThan(200_000);
  });
});
