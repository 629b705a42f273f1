// Interview mode: a colleague, signed in through the login page, writes down a client's story at
// /collections/:id/tell. The story is stored with channel "interview", and only once the colleague
// confirms that consent was asked aloud.
import type { Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addMember, appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";
import { fillMinimal, signIn, storedStory } from "./support/tell.ts";

const env = appAndBrowserPerFile();

describe("interview mode", () => {
  it("stores a client's story told to a colleague, with consent confirmed aloud", async () => {
    const colleague = await addMember(env.app, "colleague", "Kim de Vries");
    const { context, page } = await newPage(env.browser);
    const bodies: Record<string, unknown>[] = [];
    page.on("request", (r: Request) => {
      if (r.method() === "POST" && r.url().endsWith("/stories")) bodies.push(r.postDataJSON());
    });
    const tellPath = `/collections/${env.app.collection.id}/tell`;
    await signIn(page, env.app.baseUrl, colleague, tellPath);
    await page.getByRole("heading", { level: 1, name: /^Verhaal vertellen/ }).waitFor();

    await page.getByLabel("Ik schrijf het verhaal van een cliënt op (interview)").check();
    await page.getByLabel("Kenmerk van de cliënt").fill("K-1234");
    const text = "Interview met een inwoner over de wachttijd bij het loket.";
    // From here the form speaks to the colleague about the client.
    await page.getByRole("heading", { level: 2, name: "Het verhaal van de cliënt" }).waitFor();
    await fillMinimal(page, text, "Schrijf het verhaal van de cliënt op");

    // Without the aloud confirmation nothing is sent: the summary names it.
    await page.getByRole("button", { name: "Versturen" }).click();
    await page.locator("#vp-summary").getByText("Vraag de cliënt hardop om toestemming").waitFor();
    expect(bodies).toHaveLength(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Ik heb de toestemming hardop gevraagd en de cliënt stemde in").check();
    await page.getByRole("button", { name: "Versturen" }).click();
    await page.getByRole("heading", { level: 1, name: "Het verhaal van de cliënt is opgeslagen" }).waitFor();
    expect(await page.getByText("Dank je wel dat je het verhaal hebt opgeschreven.", { exact: false }).count()).toBe(1);
    // A signed-in colleague gets no anonymous receipt link.
    expect(await page.getByText("Je persoonlijke link").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    expect(bodies).toEqual([expect.objectContaining({ channel: "interview", subjectRef: "K-1234", consent: { research: true, quoting: false, confirmedAloud: true } })]);
    const story = await storedStory(env.app, "wachttijd bij het loket");
    expect(story).toMatchObject({ channel: "interview", consent: { research: true, quoting: false, confirmedAloud: true } });
    // The client reference is kept only as a pseudonym (admins see that).
    expect(story.subjectPseudonym).toMatch(/\w{8,}/);
    expect(JSON.stringify(story)).not.toContain("K-1234");
    await context.close();
  });
});
