// Story booklets in the browser: an analyst curates a booklet from the stories that may be quoted,
// orders them, downloads the PDF and publishes the story wall, which anyone can open without an
// account and which shows redacted text. Also the import page: check a CSV, then import it.
// Zero axe violations on every page along the way. The PDF's pages (rendered with pdftoppm) and the
// story wall at phone and desktop width are saved in e2e/artifacts to be looked at.
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { PDFDocument } from "pdf-lib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { type E2eApp, startE2eApp } from "./support/app.ts";
import { accessibilityViolations, launchBrowser, newPage, PHONE } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

const answers = { wat_hielp: [0.2, 0.5, 0.3], regie: 0.7, situatie: "wonen", aanpak: "huisbezoek", uitkomst: "beter", gevoel_nu: 4, les: "Ga op tijd langs." };

const ARTIFACTS = "e2e/artifacts";

let app: E2eApp;
let browser: Browser;

const tell = (title: string, text: string, quoting: boolean) => call(app.baseUrl, `/api/v1/collections/${app.collection.id}/stories`, {
  method: "POST", token: app.adminToken, json: { title, text, answers, consent: { research: true, quoting } },
});

beforeAll(async () => {
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
  await tell("De sleutel", "Ze belde me op 06-12345678 en toen kwam de sleutel terug. Het café om de hoek had ’s avonds een reünie; zij was geëmigreerd en weer terug.", true);
  await tell("Op tijd", "We gingen op tijd langs en dat hielp.\n\nDe huur was drie maanden achter. Samen maakten we een plan met de woningcorporatie.", true);
  await tell("Geheim", "Dit verhaal mag niet geciteerd worden.", false);
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

describe("a story booklet", () => {
  it("is curated from quotable stories, downloaded as a PDF and published as a public story wall", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, app.baseUrl, app.admin, "/booklets");
    await page.getByRole("heading", { name: "Verhalenboekjes", level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel("Titel").fill("De mooiste verhalen");
    await page.getByRole("button", { name: "Boekje maken" }).click();
    await page.getByRole("heading", { name: "De mooiste verhalen", level: 1 }).waitFor();
    await page.getByText("Van de 3 verhalen mag je er 2 citeren.").waitFor();
    await page.getByText("1 zonder toestemming: de verteller wilde niet dat we het verhaal citeren.").waitFor();

    await page.getByRole("button", { name: "De sleutel toevoegen" }).waitFor();
    expect(await page.getByRole("button", { name: "Geheim toevoegen" }).count()).toBe(0);
    await page.getByLabel("Zoeken in de verhalen").fill("sleutel");
    await page.getByRole("button", { name: "Op tijd toevoegen" }).waitFor({ state: "detached" });
    await page.getByLabel("Zoeken in de verhalen").fill("");
    await page.getByRole("button", { name: "De sleutel toevoegen" }).click();
    await page.getByRole("button", { name: "Op tijd toevoegen" }).click();
    await page.getByRole("button", { name: "De sleutel omlaag" }).click();
    await page.getByLabel("Inleiding").fill("Verhalen over wat werkt. Medewerkers en inwoners vertellen wat hen hielp, in hun eigen woorden.");
    await page.getByLabel("Openbaar maken op de verhalenmuur").check();
    await page.getByRole("button", { name: "Boekje opslaan" }).click();
    await page.getByRole("status").getByText("Het boekje is opgeslagen.").waitFor();
    expect(await page.locator(".vp-booklet__chosen .vp-booklet__title").allInnerTexts()).toEqual(["Op tijd", "De sleutel"]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/booklet-editor-1280.png`, fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Pdf downloaden" }).click()]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(3); // the cover with the introduction, two stories
    await writeFile(`${ARTIFACTS}/booklet.pdf`, pdf);
    execFileSync("pdftoppm", ["-r", "110", "-png", `${ARTIFACTS}/booklet.pdf`, `${ARTIFACTS}/booklet-page`]);
    const printed = execFileSync("pdftotext", ["-layout", `${ARTIFACTS}/booklet.pdf`, "-"]).toString();
    for (const word of ["café", "’s avonds", "reünie", "geëmigreerd"]) expect(printed).toContain(word);
    expect(printed).toMatch(/2 van 3[\s\S]*3 van 3/);

    const wallPath = await page.getByRole("link", { name: "Verhalenmuur bekijken" }).getAttribute("href");
    await context.close();

    for (const [width, options] of [[390, PHONE], [1366, { viewport: { width: 1366, height: 900 } }]] as const) {
      const visitor = await newPage(browser, options);
      await visitor.page.goto(`${app.baseUrl}${wallPath}`);
      await visitor.page.getByRole("heading", { name: "De mooiste verhalen", level: 1 }).waitFor();
      expect(await visitor.page.getByRole("heading", { level: 2 }).allInnerTexts()).toEqual(["Op tijd", "De sleutel"]);
      const wallText = await visitor.page.locator("main").innerText();
      expect(wallText).toContain("toen kwam de sleutel terug");
      expect(wallText).toContain("Verteld door een medewerker");
      expect(wallText).not.toContain("06-12345678");
      expect(wallText).not.toContain("Dit verhaal mag niet");
      expect(await visitor.page.evaluate(() => getComputedStyle(document.querySelector("h1")!).fontFamily)).toMatch(/Noto Sans/);
      expect(await accessibilityViolations(visitor.page)).toEqual([]);
      await visitor.page.screenshot({ path: `${ARTIFACTS}/booklet-wall-${width}.png`, fullPage: true });
      await visitor.context.close();
    }
  });
});

describe("personal data in what staff write", () => {
  it("shows what will be removed before a booklet's introduction is saved, then saves it redacted", async () => {
    const shots = process.env.SCREENSHOT_DIR;
    for (const [width, height] of [[1366, 900], [390, 844]] as const) {
      const { context, page } = await newPage(browser, { viewport: { width, height } });
      await signIn(page, app.baseUrl, app.admin, "/booklets");
      await page.getByLabel("Titel").fill(`Praktijk ${width}`);
      await page.getByRole("button", { name: "Boekje maken" }).click();
      await page.getByRole("heading", { name: `Praktijk ${width}`, level: 1 }).waitFor();
      await page.getByLabel("Inleiding").fill("Mevrouw Jansen woont aan de Dorpsstraat 12 en is geboren op 12-03-1985. Post via Postbus 123.");
      await page.getByRole("button", { name: "Boekje opslaan" }).click();
      const check = page.getByRole("region", { name: "Dit halen we weg bij het opslaan" });
      await check.waitFor();
      expect(await check.locator("mark").allInnerTexts()).toEqual(["[naam]", "[adres]", "[geboortedatum]", "[adres]"]);
      expect(await accessibilityViolations(page)).toEqual([]);
      if (shots) await check.screenshot({ path: `${shots}/booklet-check-${width}.png` });
      if (shots) await page.screenshot({ path: `${shots}/booklet-page-${width}.png`, fullPage: true });
      await page.getByRole("button", { name: "Boekje opslaan" }).click();
      await page.getByRole("status").getByText("Het boekje is opgeslagen.").waitFor();
      await context.close();
    }
    const list = await call(app.baseUrl, "/api/v1/booklets", { token: app.adminToken }) as { items: { introduction: string }[] };
    const saved = list.items.map((b) => b.introduction).filter((i) => i.includes("woont aan"));
    expect(saved).toEqual(Array(2).fill("Mevrouw [naam] woont aan de [adres] en is geboren op [geboortedatum]. Post via [adres]."));
  });
});

describe("the import page", () => {
  it("checks a CSV, shows how its columns are linked and what fails, then imports", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, app.baseUrl, app.admin, `/collections/${app.collection.id}`);
    await page.getByRole("link", { name: "Verhalen importeren" }).click();
    await page.getByRole("heading", { name: "Verhalen importeren", level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const csv = "Story;Title;situatie;aanpak;uitkomst;Onbekend\nGeïmporteerd verhaal.;Uit de CSV;wonen;huisbezoek;beter;x\nVerhaal met een fout, verteld door mevrouw Jansen.;Fout;vakantie;huisbezoek;beter;y\n";
    await page.getByLabel("CSV-bestand").setInputFiles({ name: "verhalen.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Bestand controleren" }).click();
    // A bad cell costs that answer, not the story; the report says which, and what name removal changes.
    await page.getByText("Te importeren: 2 van de 2 verhalen. Overgeslagen rijen: 0.").waitFor();
    expect(await page.getByText(/^rij 3, situatie .*„vakantie” is geen keuze bij deze vraag$/).count()).toBe(1);
    await page.getByText("Helemaal goed: 1 verhalen.", { exact: false }).waitFor();
    await page.getByText("Rij 3 (verhaal): Jansen").waitFor();
    expect(await page.getByLabel("Hoort bij, voor kolom Onbekend").inputValue()).toBe("");
    expect(await page.getByLabel("Hoort bij, voor kolom Story").inputValue()).toBe("text");
    expect(await accessibilityViolations(page)).toEqual([]);
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? "/tmp"}/import-report-${width}.png`, fullPage: true });
    }
    await page.getByLabel("Hoort bij, voor kolom Title").selectOption("");
    await page.getByRole("button", { name: "Importeren" }).click();
    await page.getByText("Klaar. Geïmporteerd: 2. Waren er al: 0. Overgeslagen rijen: 0.").waitFor();
    const stories = await call(app.baseUrl, `/api/v1/stories?collectionId=${app.collection.id}&channels=import`, { token: app.adminToken });
    expect(stories.items.map((s: { title: string | null; text: string }) => [s.title, s.text]).sort()).toEqual([
      [null, "Geïmporteerd verhaal."], [null, "Verhaal met een fout, verteld door mevrouw [naam]."],
    ]);
    await context.close();
  });
});
