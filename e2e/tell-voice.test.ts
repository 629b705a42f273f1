// Telling by voice in Chromium with a fake microphone that "speaks" a Dutch sentence (espeak-ng,
// made at test time): record, stop and listen back with the keyboard only, agree to keep the
// recording, send; the recording arrives whole and an analyst plays it on the story page, which
// the audit log records. Axe finds nothing on the recorder; screenshots at 390 and 1366 px.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { addMember, appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage, PHONE } from "./support/browser.ts";
import { signIn, tabTo } from "./support/tell.ts";

const env = appAndBrowserPerFile({ microphone: true });
const dir = mkdtempSync(join(tmpdir(), "vp-voice-"));
const SHOTS = process.env.VP_SCREENSHOTS ?? join(dir, "shots");

beforeAll(() => void mkdirSync(SHOTS, { recursive: true }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The other answers the klantmanagers framework needs, by clicking (this test is about the recorder). */
async function answerQuestions(page: Page) {
  await page.getByLabel("Vertel over een moment waarop de regels").check();
  await page.locator("label[for='vp-q-situatie-wonen']").click();
  await page.locator("label[for='vp-q-aanpak-huisbezoek']").click();
  await page.locator("label[for='vp-q-uitkomst-beter']").click();
  await page.getByLabel("Ja, dat mag").check();
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describe("telling a story by voice", () => {
  it("records, listens back and sends with the keyboard; an analyst plays it, and the play is audited", async () => {
    const { context, page } = await newPage(env.browser, { viewport: { width: 1366, height: 900 } });
    await page.goto(env.app.collection.publicUrl);
    await page.getByRole("heading", { level: 1, name: "Vertel je verhaal" }).waitFor();
    await answerQuestions(page);

    // Keyboard only from here: Tab to the recorder, Enter to start, Enter to stop, Enter to listen.
    await page.locator("#vp-text").focus();
    await tabTo(page, "#vp-recorder-start");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Stop opnemen" }).waitFor();
    expect(await focusedId(page)).toBe("vp-recorder-stop");
    await page.waitForTimeout(3500);
    await expect.poll(() => page.locator(".vp-recorder__time").textContent()).toMatch(/^0:0[3-9] van 5:00$/);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Luister terug" }).waitFor();
    expect(await focusedId(page)).toBe("vp-recorder-listen");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".vp-recorder audio").evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.3);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Luister terug" }).waitFor();

    // Without the separate consent the recording is not sent, and an empty text is not enough.
    await page.getByText("Zonder deze toestemming sturen we je opname niet mee.").waitFor();
    await tabTo(page, "#vp-recorder-keep");
    await page.keyboard.press("Space");
    expect(await page.locator("#vp-recorder-keep").isChecked()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator(".vp-recorder").screenshot({ path: join(SHOTS, "recorder-1366.png") });
    await page.screenshot({ path: join(SHOTS, "form-1366.png"), fullPage: true });

    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Dank je wel voor je verhaal" }).waitFor({ timeout: 30_000 });
    await context.close();

    const { items } = await call<{ items: { id: string; text: string; consent: { keepRecording: boolean } }[] }>(
      env.app.baseUrl, `/api/v1/stories?collectionId=${env.app.collection.id}`, { token: env.app.adminToken });
    const spoken = items.find((s) => s.consent.keepRecording)!;
    expect(spoken.text).toBe("");
    const recording = await call<{ complete: boolean; sizeBytes: number; mimeType: string; durationSeconds: number }>(
      env.app.baseUrl, `/api/v1/stories/${spoken.id}/recording`, { token: env.app.adminToken });
    expect(recording).toMatchObject({ complete: true, mimeType: "audio/webm" });
    expect(recording.sizeBytes).toBeGreaterThan(5_000);
    expect(recording.durationSeconds).toBeGreaterThanOrEqual(3);

    const analyst = await addMember(env.app, "analyst", "Ana Lyst");
    const staff = await newPage(env.browser, { viewport: { width: 1366, height: 900 } });
    await signIn(staff.page, env.app.baseUrl, analyst, `/stories/${spoken.id}`);
    const player = staff.page.getByLabel("Opname van het verhaal");
    await player.waitFor();
    await player.evaluate((a: HTMLAudioElement) => a.play());
    await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 15_000 }).toBeGreaterThan(0.3);
    expect(await accessibilityViolations(staff.page)).toEqual([]);
    await staff.page.screenshot({ path: join(SHOTS, "story-page-1366.png"), fullPage: true });
    await staff.context.close();
    const audit = await call<{ items: { action: string; subjectId: string }[] }>(env.app.baseUrl, "/api/v1/audit-events", { token: env.app.adminToken });
    expect(audit.items.filter((e) => e.action === "recording.played" && e.subjectId === spoken.id).length).toBeGreaterThan(0);
  });

  it("fits a phone: the recorder at 390 px wide", async () => {
    const { context, page } = await newPage(env.browser, PHONE);
    await page.goto(env.app.collection.publicUrl);
    await page.getByRole("button", { name: "Start opnemen" }).click();
    await page.getByRole("button", { name: "Stop opnemen" }).waitFor();
    await page.waitForTimeout(1500);
    await page.locator(".vp-recorder").screenshot({ path: join(SHOTS, "recorder-recording-390.png") });
    await page.getByRole("button", { name: "Stop opnemen" }).click();
    await page.getByRole("button", { name: "Verwijder opname" }).waitFor();
    await page.locator(".vp-recorder").screenshot({ path: join(SHOTS, "recorder-390.png") });
    expect(await accessibilityViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.getByRole("button", { name: "Verwijder opname" }).click();
    await page.getByRole("button", { name: "Start opnemen" }).waitFor();
    await context.close();
  });
});
