// An admin builds a framework from scratch in the editor: one question of every type, each filled in
// and seen in its live preview (the real widget, working), the whole editor checked with axe, then
// saved. The framework the API returns afterwards holds the six questions as they were made.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { SignifierType } from "../src/core/framework.ts";
import { call } from "../src/testing/spawn-server.ts";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

const env = appAndBrowserPerFile();

interface QuestionSpec {
  type: SignifierType;
  question: string;
  /** Field label in the question's card → what the admin types there. */
  fields: Record<string, string>;
  /** What the preview must offer: [role, accessible name]. */
  preview: [role: "slider" | "radio" | "textbox" | "spinbutton", name: string][];
  /** The question as the API returns it after saving (a subset). */
  stored: Record<string, unknown>;
}

const QUESTIONS: QuestionSpec[] = [
  {
    type: "triad", question: "Wat gaf de doorslag?",
    fields: { "Hoek 1": "De regels", "Hoek 2": "Het contact", "Hoek 3": "Het netwerk" },
    preview: [["slider", "Wat gaf de doorslag?"], ["spinbutton", "De regels"], ["spinbutton", "Het contact"], ["spinbutton", "Het netwerk"]],
    stored: { labels: ["De regels", "Het contact", "Het netwerk"] },
  },
  {
    type: "dyad", question: "Wie had de regie?",
    fields: { Links: "Vooral ik", Rechts: "Vooral de inwoner" },
    preview: [["slider", "Wie had de regie?"]],
    stored: { labels: ["Vooral ik", "Vooral de inwoner"] },
  },
  {
    type: "stones", question: "Hoe zeker en tevreden waren de betrokkenen?",
    fields: { Links: "Onzeker", Rechts: "Zeker", Onder: "Ontevreden", Boven: "Tevreden", "Steen 1": "De inwoner", "Steen 2": "Ikzelf" },
    preview: [["slider", "De inwoner"], ["slider", "Ikzelf"]],
    stored: { xLabels: ["Onzeker", "Zeker"], yLabels: ["Ontevreden", "Tevreden"], items: [{ id: "de_inwoner", label: "De inwoner" }, { id: "ikzelf", label: "Ikzelf" }] },
  },
  {
    type: "choice", question: "Waar ging het over?",
    fields: { "Antwoord 1": "Wonen", "Antwoord 2": "Werk" },
    preview: [["radio", "Wonen"], ["radio", "Werk"], ["radio", "Niet van toepassing"]],
    stored: { options: [{ id: "wonen", label: "Wonen" }, { id: "werk", label: "Werk" }], multiple: false },
  },
  {
    // The range changes from the default 1–5: the preview follows with seven numbers.
    type: "scale", question: "Hoe kijk je erop terug?",
    fields: { "Hoogste getal": "7" },
    preview: ["1", "2", "3", "4", "5", "6", "7"].map((n) => ["radio", n]),
    stored: { min: 1, max: 7 },
  },
  {
    type: "text", question: "Wat geef je een collega mee?",
    fields: { "Hoogstens zoveel tekens": "500" },
    preview: [["textbox", "Wat geef je een collega mee?"]],
    stored: { maxLength: 500 },
  },
];

async function addQuestion(page: Page, index: number, spec: QuestionSpec): Promise<Locator> {
  await page.getByLabel("Soort vraag").selectOption(spec.type);
  await page.getByRole("button", { name: "Toevoegen", exact: true }).click();
  // The new question's first field takes focus, so the admin can type straight away.
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(`signifiers.${index}.question`);
  await page.keyboard.type(spec.question);
  const card = page.locator("li.vp-signifier").nth(index);
  for (const [label, value] of Object.entries(spec.fields)) await card.getByLabel(label, { exact: true }).fill(value);
  return card;
}

describe("the framework editor", () => {
  it("makes a framework with one question of every type, previews each, and saves all six", async () => {
    const { context, page } = await newPage(env.browser);
    await signIn(page, env.app.baseUrl, env.app.admin);
    await page.goto(`${env.app.baseUrl}/frameworks/new`);
    await page.getByRole("link", { name: "Leeg vragenkader maken" }).click();
    await page.waitForURL((url) => url.search === "?start=leeg");
    await page.getByText("Nog geen betekenisvragen.").waitFor();
    await page.getByLabel("Naam", { exact: true }).fill("Wachtkamer en wijkteam");

    for (const [index, spec] of QUESTIONS.entries()) {
      const card = await addQuestion(page, index, spec);
      // The preview is the teller's widget, with the question and labels as typed so far.
      const preview = card.locator(".vp-preview");
      expect(await preview.getByRole("heading", { name: "Zo ziet de verteller het" }).count()).toBe(1);
      expect(await preview.locator("legend").first().innerText()).toContain(spec.question);
      for (const [role, name] of spec.preview) {
        // A widget named by the question also carries "(niet verplicht)" in its name.
        expect(await preview.getByRole(role, { name, exact: name !== spec.question }).count(), `${spec.type}: ${role} ${name}`).toBe(1);
      }
    }
    expect(await page.locator("li.vp-signifier .vp-badge--type").allInnerTexts()).toEqual(["Driehoek", "Schuifbalk", "Stenen", "Meerkeuze", "Schaal", "Open vraag"]);
    // The scale's preview has seven numbers and "does not apply", nothing more.
    expect(await page.locator("li.vp-signifier").nth(4).locator(".vp-preview").getByRole("radio").count()).toBe(8);

    // The previews work: a click in the triangle gives an answer in the preview's own words.
    const triad = page.locator("li.vp-signifier").nth(0).locator(".vp-preview svg[role=slider]");
    await triad.click();
    expect(await triad.getAttribute("aria-valuetext")).toMatch(/^De regels \d+%, Het contact \d+%, Het netwerk \d+%$/);

    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Vragenkader opslaan" }).click();
    await page.waitForURL((url) => /^\/frameworks\/[^/]+$/.test(url.pathname) && url.search === "?opgeslagen=1");
    await page.getByText("Opgeslagen als versie 1.").waitFor();
    await page.getByRole("heading", { level: 1, name: "Wachtkamer en wijkteam" }).waitFor();

    const id = new URL(page.url()).pathname.split("/").pop()!;
    const saved = await call(env.app.baseUrl, `/api/v1/frameworks/${id}`, { token: env.app.adminToken });
    expect(saved).toMatchObject({ name: "Wachtkamer en wijkteam", version: 1, language: "nl" });
    expect(saved.prompts).toHaveLength(1);
    expect(saved.signifiers).toHaveLength(QUESTIONS.length);
    for (const [index, spec] of QUESTIONS.entries()) {
      expect(saved.signifiers[index]).toMatchObject({ type: spec.type, question: spec.question, required: false, audience: "teller", ...spec.stored });
    }
    // Ids are made readable from the question's first words when first saved.
    expect(saved.signifiers.map((s: { id: string }) => s.id)).toEqual([
      "wat_gaf_de_doorslag", "wie_had_de_regie", "hoe_zeker_en_tevreden", "waar_ging_het_over", "hoe_kijk_je_erop", "wat_geef_je_een",
    ]);
    await context.close();
  });
});

describe("the framework editor's check for personal data", () => {
  it("shows what will be removed from the texts before saving, in their languages, and saves it removed on the second press", async () => {
    const { context, page } = await newPage(env.browser, { viewport: { width: 1366, height: 900 } });
    await signIn(page, env.app.baseUrl, env.app.admin, `/frameworks/${env.app.framework.id}`);
    const before = await call(env.app.baseUrl, `/api/v1/frameworks/${env.app.framework.id}`, { token: env.app.adminToken });
    await page.getByLabel("Beschrijving").fill("Vragen? Bel Petra de Vries op 06-12345678.");
    const save = page.getByRole("button", { name: `Opslaan als versie ${before.version + 1}` });
    await save.click();
    const check = page.getByRole("region", { name: "Dit halen we weg bij het opslaan" });
    await check.waitFor();
    expect(await check.innerText()).toContain("Nederlands · description");
    expect(await accessibilityViolations(page)).toEqual([]);
    // Nothing was saved yet.
    expect((await call(env.app.baseUrl, `/api/v1/frameworks/${env.app.framework.id}`, { token: env.app.adminToken })).version).toBe(before.version);

    await save.click();
    await page.getByText(`Opgeslagen als versie ${before.version + 1}.`).waitFor();
    const saved = await call(env.app.baseUrl, `/api/v1/frameworks/${env.app.framework.id}`, { token: env.app.adminToken });
    expect(saved.description).toMatch(/^Vragen\? Bel \[naam\] op \S+\.$/);
    expect(saved.description).not.toContain("12345678");
    await context.close();
  });
});
