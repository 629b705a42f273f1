// `vertelpunt import` against a running server: a large SenseMaker-style file goes in parts with a
// progress bar, a dry run stores nothing, bad rows are named by their row in the file, and a second
// import stores nothing twice.
import { once } from "node:events";
import { writeFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { mappingJson } from "../core/import/mapping.ts";
import { smallFramework } from "../testing/fixtures.ts";
import { cliServerPerFile, cliTestsSkipped } from "../testing/cli-server.ts";
import { runCli } from "../testing/test-server.ts";

const env = cliServerPerFile("import");
let collectionId: string;

beforeAll(async () => {
  if (cliTestsSkipped()) return;
  const framework = (await env.server.api("/frameworks", { method: "POST", token: env.token, json: smallFramework })).body;
  collectionId = (await env.server.api("/collections", { method: "POST", token: env.token, json: { name: "Import", frameworkId: framework.id, audience: "clients", anonymous: true } })).body.id;
});

/**
 * 1200 stories; the one on row 802 of the file (header is row 1) has a triad that adds up to 150 (the
 * story is kept without that answer), and the one on row 1102 is a copy of the first (two tellers can
 * tell the same): both copies are stored, once.
 */
function largeFile(): string {
  const row = (i: number) => `Verhaal ${i} over werk en schulden.;Titel ${i};${i === 800 ? "50;50;50" : "20;50;30"};${i % 101};Werk`;
  const rows = Array.from({ length: 1200 }, (_, i) => row(i === 1100 ? 0 : i));
  const file = join(env.dir, "sensemaker.csv");
  writeFileSync(file, ["Story;Title;hulp - Regels;hulp - Contact;hulp - Samenwerking;Wie had de regie?;Waarover?", ...rows].join("\n"));
  return file;
}

const importCli = async (args: string[], withToken = env.token) => {
  const cli = runCli(["import", ...args, "--collection", collectionId, "--url", env.server.url, "--token", withToken]);
  return { code: await cli.exited, output: cli.output() };
};

describe.skipIf(cliTestsSkipped())("vertelpunt import", () => {
  it("dry-runs, imports a large file in parts with a progress bar, and imports nothing twice", async () => {
    const file = largeFile();
    const dry = await importCli([file, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.output).toContain("Dry run: 1200 of 1200 stories can be imported");
    expect(dry.output).toContain("hulp - Regels → answers.hulp.1");
    expect(dry.output).toContain("1199 stories kept whole; 1 answers left out because their cell could not be read.");
    expect(dry.output).toContain("Columns with most trouble: hulp - Regels (1)");
    expect(dry.output).toMatch(/row 802, hulp - Regels \(.+\): the three percentages add up to 150, not 100/);
    expect((await env.server.api(`/stories?collectionId=${collectionId}&limit=1`, { token: env.token })).body.items).toHaveLength(0);

    const real = await importCli([file, "--format", "sensemaker"]);
    expect(real.code).toBe(0);
    expect(real.output).toMatch(/1200\/1200 stories/);
    expect(real.output).toContain("Imported 1200 of 1200 stories (0 were imported before), 0 rejected.");

    const again = await importCli([file]);
    expect(again.output).toContain("Imported 0 of 1200 stories (1200 were imported before), 0 rejected.");
  });

  it("takes the web screen's mapping from a file, and says plainly what is wrong with a mapping or an option", async () => {
    const file = join(env.dir, "own.csv");
    writeFileSync(file, "Kop,Verhaal,Onderwerp\nEen titel,Een verhaal over werk.,Werk\n");
    const mapping = join(env.dir, "mapping.json");
    // The file the web screen offers to save.
    writeFileSync(mapping, mappingJson({ 0: "title", 1: "text", 2: "answers.situatie" }));
    const mapped = await importCli([file, "--dry-run", "--mapping", mapping]);
    expect(mapped.output).toContain("Kop → title");
    expect(mapped.output).toContain("Onderwerp → answers.situatie");
    expect(mapped.output).toContain("Dry run: 1 of 1 stories can be imported");

    writeFileSync(mapping, JSON.stringify(["title"]));
    const bad = await importCli([file, "--mapping", mapping]);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain(`The mapping file ${mapping} cannot be used: a mapping is an object from column numbers to targets`);
    const unknown = await importCli([file, "--mappen", mapping]);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain("Unknown option '--mappen'");
    expect(unknown.output).toContain("Usage: vertelpunt import");
    expect(unknown.output).not.toMatch(/\n\s+at /);
  });

  it("says how to use it, and what the server refused", async () => {
    const usage = runCli(["import", "nothing.csv"]);
    expect(await usage.exited).toBe(1);
    expect(usage.output()).toContain("Usage: vertelpunt import <file> --collection <id>");
    const refused = await importCli([largeFile()], "wrong");
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("The server answered 401");
    const format = await importCli([largeFile(), "--format", "excel"]);
    expect(format.code).toBe(1);
    expect(format.output).toContain("Unknown format excel.");
  });

  it("makes a framework from NarraFirma's story form, then imports its stories file into a collection of it", async () => {
    const fixture = (name: string) => fileURLToPath(new URL(`../core/import/fixtures/${name}`, import.meta.url));
    const cli = (args: string[]) => env.cli(["import", ...args]);
    const dry = await cli([fixture("narrafirma-form.csv"), "--dry-run", "--name", "Contact"]);
    expect(dry.code).toBe(0);
    expect(dry.output).toContain("Dry run: the framework \"Contact\" (en) would be made. Nothing was stored.");
    expect(dry.output).toContain("feeling (choice): How did you feel afterwards?");
    const made = await cli([fixture("narrafirma-form.csv"), "--name", "Contact"]);
    const frameworkId = /id ([0-9a-f-]{36})/.exec(made.output)![1];
    const collection = (await env.server.api("/collections", { method: "POST", token: env.token, json: { name: "NarraFirma", frameworkId, audience: "clients", anonymous: true } })).body.id;
    const stories = await cli([fixture("narrafirma-stories.csv"), "--collection", collection]);
    expect(stories.code).toBe(0);
    expect(stories.output).toContain("Imported 16 of 16 stories (0 were imported before), 0 rejected.");
    expect(stories.output).toContain("16 stories kept whole; 0 answers left out");
  });

  it("imports the stories file of a NarraFirma form with import rows as they say, and says what they did", async () => {
    const fixture = (name: string) => fileURLToPath(new URL(`../core/import/fixtures/${name}`, import.meta.url));
    const made = await env.cli(["import", fixture("narrafirma-options-form.csv"), "--name", "Hulp"]);
    expect(made.output).toContain("row 16, Minimum words to include story: a story of fewer than 5 words is not imported");
    const frameworkId = /id ([0-9a-f-]{36})/.exec(made.output)![1];
    const collection = (await env.server.api("/collections", { method: "POST", token: env.token, json: { name: "Hulp", frameworkId, audience: "clients", anonymous: true } })).body.id;
    // Its header names no "Story title": only the server, which knows the form's names, can tell it is NarraFirma's (and skip its comment row).
    const dry = await env.cli(["import", fixture("narrafirma-options-stories.csv"), "--collection", collection, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.output).toContain("As the story form says:\n  column \"Kop\": the title is read from it, as the story form says");
    expect(dry.output).toContain("  column \"Follow-up\" is added to the end of the story text, after \"Later:\"");
    expect(dry.output).toContain("Dry run: 2 of 3 stories can be imported (0 of them were imported before), 1 rejected.");
    expect(dry.output).toContain("line 4: row 4, Vertelling: the story has 4 words, fewer than the 5 the story form asks for; the row is skipped");
  });

  it("says plainly that a server cannot be reached, without a stack", async () => {
    // A port that was just free: nobody listens there.
    const probe = createServer().listen(0, "127.0.0.1");
    await once(probe, "listening");
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const cli = runCli(["import", largeFile(), "--collection", "c", "--url", `http://127.0.0.1:${port}`, "--token", "t"]);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toContain(`Cannot reach the server at http://127.0.0.1:${port} (ECONNREFUSED). Is it running, and is --url right?`);
    expect(cli.output()).not.toMatch(/\n\s+at /);
  });
});
