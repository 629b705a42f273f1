// Helpers for the story form tests: keyboard travel, filling the minimum, and reading back what the
// server stored (through the API, as an admin).
import type { BrowserContext, Page } from "playwright-core";
import { call } from "../../src/testing/spawn-server.ts";
import type { E2eApp } from "./app.ts";
import { enrolIfAsked, giveCodeIfAsked } from "./two-factor.ts";

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, { back = false, max = 100 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

export interface StoredStory {
  id: string;
  title: string | null;
  text: string;
  promptId: string | null;
  answers: Record<string, unknown>;
  channel: string;
  subjectPseudonym: string | null;
  consent: { research: boolean; quoting: boolean };
}

/** The collection's stories as stored, newest first. */
export async function storedStories(app: E2eApp, collectionId = app.collection.id): Promise<StoredStory[]> {
  const list = await call<{ items: StoredStory[] }>(app.baseUrl, `/api/v1/stories?collectionId=${collectionId}&limit=100`, { token: app.adminToken });
  return list.items;
}

/** The one stored story whose text contains `marker`. */
export async function storedStory(app: E2eApp, marker: string, collectionId?: string): Promise<StoredStory> {
  const found = (await storedStories(app, collectionId)).filter((s) => s.text.includes(marker));
  if (found.length !== 1) throw new Error(`expected one story with "${marker}", found ${found.length}`);
  return found[0]!;
}

/** The least a story needs on the klantmanagers framework, by clicking (for tests about sending). */
export async function fillMinimal(page: Page, text: string, textLabel = "Schrijf hier je verhaal") {
  await page.getByLabel("Vertel over een moment waarop de regels").check();
  await page.getByLabel(textLabel).fill(text);
  await page.locator("label[for='vp-q-situatie-wonen']").click();
  await page.locator("label[for='vp-q-aanpak-huisbezoek']").click();
  await page.locator("label[for='vp-q-uitkomst-beter']").click();
  await page.getByLabel("Ja, dat mag").check();
}

/** Signs in through the login page, as a person would (with two-step verification where asked). */
async function signInByForm(page: Page, baseUrl: string, who: { email: string; password: string }, next = "/stories") {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mailadres").fill(who.email);
  await page.getByLabel("Wachtwoord").fill(who.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await giveCodeIfAsked(page, who.email);
  await page.waitForURL((url) => url.pathname === next.split("?")[0]);
  await enrolIfAsked(page, baseUrl, who);
}

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;
const keptSessions = new Map<string, Cookies>();

/**
 * Signed in at `next`: through the login page the first time, later with the session that sign-in
 * gave while the server still accepts it, as a browser that stays signed in would. Each code of
 * two-step verification works once, so a second sign-in by form within the same 30 s waits for the
 * next code; in the browser tests that waiting came to minutes.
 */
export async function signIn(page: Page, baseUrl: string, who: { email: string; password: string }, next = "/stories") {
  const key = `${baseUrl} ${who.email}`;
  const kept = keptSessions.get(key);
  if (kept && (await resumeSession(page, baseUrl, kept))) {
    await page.goto(baseUrl + next);
    // Signed in as far as the page knows, as after the form: the header offers to sign out (the
    // other button there, with its own lang, switches the language).
    await page.locator(".vp-header__tools .vp-header__button:not([lang])").waitFor();
    return;
  }
  await signInByForm(page, baseUrl, who, next);
  keptSessions.set(key, await page.context().cookies(baseUrl));
}

async function resumeSession(page: Page, baseUrl: string, cookies: Cookies): Promise<boolean> {
  await page.context().addCookies(cookies);
  const current = await page.request.get(`${baseUrl}/api/v1/sessions/current`);
  if (current.ok() && !(await current.json()).twoFactorEnrolmentRequired) return true;
  await page.context().clearCookies();
  return false;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Shapes from API.md: a triad's weights sum to 1, a dyad and stone coordinates lie in [0, 1]. */
export const isTriad = (v: unknown) =>
  Array.isArray(v) && v.length === 3 && v.every((w) => typeof w === "number" && w >= 0) && Math.abs(sum(v as number[]) - 1) <= 1e-6;
export const inUnit = (v: unknown) => typeof v === "number" && v >= 0 && v <= 1;
export const isStones = (v: unknown, items: string[]) =>
  typeof v === "object" && v !== null && items.every((id) => {
    const p = (v as Record<string, unknown>)[id];
    return Array.isArray(p) && p.length === 2 && p.every(inUnit);
  });
