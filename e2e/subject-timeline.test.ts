// "Verhalen van één cliënt" in a browser: an analyst goes from a story about a client to all stories
// about that client, sees them oldest first with their answers and a chart per slider or scale
// question (with the change in words), and the page has no axe violations (WCAG 2.1 A/AA). A
// colleague gets no link and no page; an unknown client gets a clear message.
import { describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { addMember, appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";
import { signIn, storedStory } from "./support/tell.ts";

const env = appAndBrowserPerFile();

// Imported out of time order: the page must put them oldest first. The client's say (regie) and
// outlook (gevoel_nu) rise from story to story; another client's story must not show.
const seed = [
  { text: "Tweede gesprek met KLANT-7: het plan liep, met kleine stappen.", title: "Samen een plan gemaakt", toldAt: "2025-03-12T10:00:00Z", subjectRef: "KLANT-7", regie: 0.5, gevoel_nu: 3 },
  { text: "Derde gesprek met KLANT-7: de inwoner regelde het zelf met de woningcorporatie.", title: null, toldAt: "2025-06-20T10:00:00Z", subjectRef: "KLANT-7", regie: 0.8, gevoel_nu: 4 },
  { text: "Eerste gesprek met KLANT-7: alles liep vast bij de schulden.", title: "Vastgelopen bij de schulden", toldAt: "2025-01-08T10:00:00Z", subjectRef: "KLANT-7", regie: 0.2, gevoel_nu: 2 },
  { text: "Een gesprek met een andere cliënt.", title: "Andere cliënt", toldAt: "2025-02-01T10:00:00Z", subjectRef: "KLANT-8", regie: 0.9, gevoel_nu: 5 },
];
const oldestFirst = ["Vastgelopen bij de schulden", "Samen een plan gemaakt", "Derde gesprek met KLANT-7: de inwoner regelde het zelf met…"];

async function seedStories() {
  const { app } = env;
  const lines = seed.map(({ regie, gevoel_nu, title, ...story }) => JSON.stringify({
    ...story, ...(title ? { title } : {}), consent: { research: true },
    answers: { situatie: "schulden", aanpak: "samen_plan", uitkomst: "beter", regie, gevoel_nu },
  }));
  const imported = await call(app.baseUrl, `/api/v1/collections/${app.collection.id}/story-imports`, {
    method: "POST", token: app.adminToken, headers: { "content-type": "application/x-ndjson" }, body: lines.join("\n"),
  });
  expect(imported.imported).toBe(lines.length);
}

describe("one client's stories", () => {
  it("are reached from a story page, oldest first, with a chart per slider or scale question and no axe violations", async () => {
    const { app, browser } = env;
    await seedStories();
    const story = await storedStory(app, "Tweede gesprek met KLANT-7");
    expect(story.subjectPseudonym).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { context, page } = await newPage(browser);
    await signIn(page, app.baseUrl, await addMember(app, "analyst", "Analist"), `/stories/${story.id}`);

    await page.getByRole("link", { name: "Alle verhalen van deze cliënt" }).click();
    await page.getByRole("heading", { level: 1, name: "Verhalen van één cliënt" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/clients/${story.subjectPseudonym}`);
    await expect.poll(() => page.locator(".vp-timeline__story h3").allInnerTexts()).toEqual(oldestFirst);
    expect(await page.getByRole("heading", { level: 2, name: "Verhalen (3)" }).count()).toBe(1);
    expect(await page.locator(".vp-timeline__story time").allInnerTexts()).toEqual(["8 januari 2025", "12 maart 2025", "20 juni 2025"]);
    expect(await page.getByText("Andere cliënt").count()).toBe(0);
    // Each story with its answers, as on the story page.
    const first = page.locator(".vp-timeline__story").first();
    expect(await first.innerText()).toContain("20% richting ‘Vooral de inwoner zelf’");
    expect(await first.innerText()).toContain("2 op een schaal van 1 tot 5: Negatief");

    const regie = page.locator("[data-signifier=regie]");
    await regie.locator("svg circle").first().waitFor();
    expect(await regie.locator("svg circle").count()).toBe(3);
    expect(await regie.locator("figcaption").innerText()).toBe(
      "Van 20% naar 80%: meer richting ‘Vooral de inwoner zelf’. 3 antwoorden, het eerste op 8 januari 2025, het laatste op 20 juni 2025. Onderaan is ‘Vooral ik als professional’ (0%), bovenaan ‘Vooral de inwoner zelf’ (100%).",
    );
    const outlook = page.locator("[data-signifier=gevoel_nu]");
    expect(await outlook.locator("figcaption").innerText()).toMatch(/^Van 2 naar 4: hoger\./);
    await outlook.locator("summary").click();
    expect(await outlook.locator("tbody td").allInnerTexts()).toEqual(["2 op een schaal van 1 tot 5: Negatief", "3 op een schaal van 1 tot 5: Neutraal", "4 op een schaal van 1 tot 5: Positief"]);
    // Questions without a number (a choice) get no chart.
    expect(await page.locator("[data-signifier=situatie]").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Back to a story from the timeline.
    await page.getByRole("link", { name: "Vastgelopen bij de schulden" }).click();
    await page.getByRole("heading", { level: 1, name: "Vastgelopen bij de schulden" }).waitFor();

    // A client with no stories here: a clear message, not an error.
    await page.goto(`${app.baseUrl}/clients/${"x".repeat(43)}`);
    await page.getByRole("heading", { level: 1, name: "Geen verhalen gevonden" }).waitFor();
    expect(await page.getByText("Misschien zijn ze gewist, of klopt de link niet.").count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it("are not offered to a colleague, who gets no pseudonym and no access", async () => {
    const { app, browser } = env;
    const story = await storedStory(app, "Tweede gesprek met KLANT-7");
    const { context, page } = await newPage(browser);
    await signIn(page, app.baseUrl, await addMember(app, "colleague", "Collega"), `/stories/${story.id}`);
    await page.getByRole("heading", { level: 1, name: "Samen een plan gemaakt" }).waitFor();
    expect(await page.getByRole("link", { name: "Alle verhalen van deze cliënt" }).count()).toBe(0);
    await page.goto(`${app.baseUrl}/clients/${story.subjectPseudonym}`);
    await page.getByRole("heading", { level: 1, name: "Geen toegang" }).waitFor();
    await context.close();
  });
});
