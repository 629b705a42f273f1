// Interview mode: a colleague, signed in through the login page, writes down a client's story at
// /collections/:id/tell. The story is stored with channel "interview", and only once the colleague
// confirms that consent was asked aloud. On a home visit without a connection the page opens again
// and the story waits on the tablet until the connection is back.
import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addMember, appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";
import { screenshotsAtBothWidths } from "./support/screenshots.ts";
import { call } from "../src/testing/spawn-server.ts";
import { fillMinimal, signIn, storedStories, storedStory } from "./support/tell.ts";

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

  it("opens again on a home visit without a connection, and sends what waited once it is back, even after the collection closed", async () => {
    const colleague = await addMember(env.app, "colleague", "Sam Jansen");
    const visits = await call<{ id: string }>(env.app.baseUrl, "/api/v1/collections", {
      method: "POST", token: env.app.adminToken, json: { name: "Huisbezoeken", frameworkId: env.app.framework.id, audience: "clients", anonymous: false },
    });
    const { context, page } = await newPage(env.browser);
    const posts: string[] = [];
    context.on("request", (r: Request) => {
      if (r.method() === "POST" && r.url().endsWith("/stories")) posts.push(r.headers()["idempotency-key"]!);
    });
    const tellPath = `/collections/${visits.id}/tell`;
    await signIn(page, env.app.baseUrl, colleague, tellPath);
    await page.getByRole("heading", { level: 1, name: "Verhaal vertellen: Huisbezoeken" }).waitFor();
    await keptForInterviews(page, [tellPath, "/api/v1/sessions/current", `/api/v1/collections/${visits.id}`]);

    await context.setOffline(true);
    expect((await page.reload())?.fromServiceWorker()).toBe(true);
    await page.getByRole("heading", { level: 1, name: "Verhaal vertellen: Huisbezoeken" }).waitFor();
    // Only what the interview page kept: another staff page's data needs the server.
    expect(await page.evaluate(() => fetch("/api/v1/stories").then((r) => r.status, () => "no answer"))).toBe("no answer");

    await page.getByLabel("Ik schrijf het verhaal van een cliënt op (interview)").check();
    await page.getByLabel("Kenmerk van de cliënt").fill("K-5678");
    const text = "Aan de keukentafel verteld, zonder verbinding, over de thuiszorg.";
    await fillMinimal(page, text, "Schrijf het verhaal van de cliënt op");
    await page.getByLabel("Ik heb de toestemming hardop gevraagd en de cliënt stemde in").check();
    await page.getByRole("button", { name: "Versturen" }).click();
    await page.getByRole("heading", { level: 1, name: "Het verhaal van de cliënt is bewaard" }).waitFor();
    await expect.poll(() => page.locator(".vp-outbox__waiting").textContent()).toContain("1 verhaal wacht op verzending");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshotsAtBothWidths(page, "tell-interview", "offline-waiting");

    // The collection closes while the colleague is still on the road.
    await call(env.app.baseUrl, `/api/v1/collections/${visits.id}`, { method: "PATCH", token: env.app.adminToken, json: { closesAt: new Date().toISOString() } });
    await context.setOffline(false);
    await page.locator(".vp-outbox__waiting").waitFor({ state: "detached", timeout: 30_000 });
    const stored = (await storedStories(env.app, visits.id)).filter((s) => s.text === text);
    expect(stored.map((s) => s.channel)).toEqual(["interview"]);
    expect(new Set(posts).size).toBe(1);

    // Signing out leaves nothing of the colleague's in the tablet's caches.
    expect(await page.evaluate(async () => (await caches.keys()).includes("vp-interview"))).toBe(true);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).includes("vp-interview"))).toBe(false);
    await context.close();
  });
});

/** Waits until the worker runs and the interview page has put itself and its API answers in its cache. */
async function keptForInterviews(page: Page, paths: string[]) {
  await expect.poll(() => page.evaluate(async (wanted) => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration?.active?.state !== "activated" || !(await caches.keys()).includes("vp-interview")) return false;
    const cache = await caches.open("vp-interview");
    const found = await Promise.all(wanted.map((path) => cache.match(path, { ignoreVary: true })));
    return found.every(Boolean);
  }, paths), { timeout: 30_000, interval: 250 }).toBe(true);
}
