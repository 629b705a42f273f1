// The story form in the framework's languages. The same story is told in Dutch and in Arabic (right
// to left), once by keyboard alone and once by touch: in Arabic the triad, dyad and stones are drawn
// mirrored and the arrow keys and taps follow what is on screen, so the visually same moves must
// store exactly the same answers (option ids and weights, never words). Axe on each language.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { templateArabic } from "../src/testing/template-arabic.ts";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage, PHONE } from "./support/browser.ts";
import { screenshotsAtBothWidths } from "./support/screenshots.ts";
import { storedStory, tabTo } from "./support/tell.ts";

const env = appAndBrowserPerFile();

beforeAll(async () => {
  const { id, version: _v, createdAt: _c, updatedAt: _u, ...definition } = await call(env.app.baseUrl, `/api/v1/frameworks/${env.app.framework.id}`, { token: env.app.adminToken });
  await call(env.app.baseUrl, `/api/v1/frameworks/${id}`, {
    method: "PUT", token: env.app.adminToken, json: { ...definition, translations: { ar: templateArabic } },
  });
});

type Direction = "ltr" | "rtl";
/** The key that points the same way on screen: right to left, the inline axis is mirrored. */
const visual = (key: string, dir: Direction) => (dir === "rtl" ? ({ ArrowLeft: "ArrowRight", ArrowRight: "ArrowLeft" }[key] ?? key) : key);

async function openForm(page: Page, lang: "nl" | "ar") {
  await page.goto(lang === "nl" ? env.app.collection.publicUrl : `${env.app.collection.publicUrl}?lang=ar`);
  await page.getByRole("heading", { level: 1, name: lang === "nl" ? "Vertel je verhaal" : "احكِ قصتك" }).waitFor();
}

/** One story by keyboard; `dir` mirrors each horizontal arrow so the moves look the same on screen. */
async function tellByKeyboard(page: Page, text: string, dir: Direction) {
  await tabTo(page, "#vp-prompt-verschil");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, "#vp-text");
  await page.keyboard.type(text);
  await tabTo(page, "#vp-q-wat_hielp svg[role=slider]");
  for (const key of ["ArrowUp", "ArrowUp", "ArrowLeft", "ArrowLeft"]) await page.keyboard.press(visual(key, dir));
  await tabTo(page, "#vp-q-regie-range");
  for (let i = 0; i < 3; i++) await page.keyboard.press(visual("ArrowRight", dir));
  await tabTo(page, "#vp-q-gevoel-inwoner");
  for (const key of ["ArrowRight", "ArrowRight", "ArrowUp"]) await page.keyboard.press(visual(key, dir));
  await tabTo(page, "#vp-q-gevoel-ik");
  for (const key of ["ArrowLeft", "ArrowLeft", "ArrowLeft"]) await page.keyboard.press(visual(key, dir));
  await tabTo(page, "#vp-q-situatie-schulden");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, "#vp-q-aanpak-huisbezoek");
  await page.keyboard.press("Space");
  await tabTo(page, "#vp-q-uitkomst-opgelost");
  await page.keyboard.press("Space");
  await tabTo(page, "#vp-research-yes");
  await page.keyboard.press("Space");
  await tabTo(page, "button[type=submit]");
  await page.keyboard.press("Enter");
}

/** One story by touch; right to left each tap lands at the mirrored spot. */
async function tellByTouch(page: Page, text: string, dir: Direction) {
  const x = (box: { x: number; width: number }, share: number) => box.x + box.width * (dir === "rtl" ? 1 - share : share);
  await page.tap("label[for='vp-prompt-regels']");
  await page.tap("#vp-text");
  await page.keyboard.type(text);
  const triad = page.locator("#vp-q-wat_hielp svg[role=slider]");
  await triad.scrollIntoViewIfNeeded();
  const t = (await triad.boundingBox())!;
  await page.touchscreen.tap(x(t, 0.3), t.y + t.height * 0.7);
  await expect.poll(() => triad.getAttribute("aria-valuetext")).toMatch(/%|٪/);
  const area = page.locator("#vp-q-gevoel .vp-stones__area");
  await area.scrollIntoViewIfNeeded();
  const a = (await area.boundingBox())!;
  for (const [sx, sy] of [[0.8, 0.2], [0.25, 0.6]] as const) await page.touchscreen.tap(x(a, sx), a.y + a.height * sy);
  for (const option of ["situatie-zorg", "aanpak-samen_plan", "uitkomst-beter", "gevoel_nu-4"]) await page.tap(`label[for='vp-q-${option}']`);
  await page.tap("label[for='vp-research-yes']");
  await page.tap("button[type=submit]");
}

const thanks = (page: Page, lang: "nl" | "ar") =>
  page.getByRole("heading", { level: 1, name: lang === "nl" ? "Dank je wel voor je verhaal" : "شكرًا لك على قصتك" }).waitFor();

/** Numbers within a pixel's worth of each other; everything else exactly equal. */
function expectSameAnswers(actual: unknown, expected: unknown, tolerance = 0) {
  if (typeof expected === "number" && tolerance > 0) {
    expect(typeof actual).toBe("number");
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
  } else if (expected && typeof expected === "object") {
    expect(Object.keys(actual as object).sort()).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expectSameAnswers((actual as Record<string, unknown>)[k], v, tolerance);
  } else expect(actual).toEqual(expected);
}

describe("the story form in Arabic, right to left", () => {
  it("lays itself out right to left, with the framework's Arabic texts and mirrored widgets, and passes axe", async () => {
    const { context, page } = await newPage(env.browser, { viewport: { width: 1366, height: 900 } });
    await openForm(page, "nl");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel("Taal").selectOption("ar");
    await page.getByRole("heading", { level: 1, name: "احكِ قصتك" }).waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("ar");
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    expect(await page.getByText("ما الذي ساعد أكثر في هذه القصة؟").count()).toBe(1);
    expect(await page.getByLabel("اللغة").inputValue()).toBe("ar");
    // The triad's second corner sits at the bottom right, the dyad's first end on the right.
    const box = (selector: string) => page.locator(selector).first().boundingBox().then((b) => b!);
    expect((await box("#vp-q-wat_hielp .vp-triad__corner--b")).x).toBeGreaterThan((await box("#vp-q-wat_hielp .vp-triad__corner--c")).x);
    const ends = page.locator("#vp-q-regie .vp-dyad__labels span");
    expect((await ends.nth(0).boundingBox())!.x).toBeGreaterThan((await ends.nth(1).boundingBox())!.x);
    expect(await page.locator("#vp-q-gevoel .vp-stones__axis--left").innerText()).toBe("غير واثق");
    const square = await box("#vp-q-gevoel .vp-stones__area");
    expect((await box("#vp-q-gevoel .vp-stones__axis--left")).x).toBeGreaterThan(square.x + square.width / 2);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshotsAtBothWidths(page, "tell-languages", "arabic-form");
    await context.close();
  });

  it("stores the same answers by keyboard alone as the same story told in Dutch", async () => {
    const { context, page } = await newPage(env.browser, PHONE);
    await openForm(page, "nl");
    await tellByKeyboard(page, "Toetsenbord in het Nederlands: de huur werd betaald.", "ltr");
    await thanks(page, "nl");
    await openForm(page, "ar");
    await tellByKeyboard(page, "لوحة المفاتيح بالعربية: تم دفع الإيجار.", "rtl");
    await thanks(page, "ar");
    expect(await accessibilityViolations(page)).toEqual([]);

    const dutch = await storedStory(env.app, "Toetsenbord in het Nederlands");
    const arabic = await storedStory(env.app, "لوحة المفاتيح بالعربية");
    expect((arabic as unknown as { language: string }).language).toBe("ar");
    expect(Object.keys(dutch.answers).sort()).toEqual(["aanpak", "gevoel", "regie", "situatie", "uitkomst", "wat_hielp"]);
    expect(dutch.answers.regie).toBeCloseTo(0.53);
    expect(arabic.answers).toEqual(dutch.answers);
    expect(arabic.promptId).toBe(dutch.promptId);
    await context.close();
  });

  it("stores the same answers by touch as the same story told in Dutch", async () => {
    const { context, page } = await newPage(env.browser, PHONE);
    await openForm(page, "nl");
    await tellByTouch(page, "Aanraken in het Nederlands: hulp bij de zorg.", "ltr");
    await thanks(page, "nl");
    await openForm(page, "ar");
    await tellByTouch(page, "اللمس بالعربية: مساعدة في الرعاية.", "rtl");
    await thanks(page, "ar");

    const dutch = await storedStory(env.app, "Aanraken in het Nederlands");
    const arabic = await storedStory(env.app, "اللمس بالعربية");
    expect(dutch.answers).toMatchObject({ situatie: "zorg", aanpak: "samen_plan", uitkomst: "beter", gevoel_nu: 4 });
    // A tap lands on a whole pixel: mirrored taps agree to within a pixel of the 300-odd px shapes.
    expectSameAnswers(arabic.answers, dutch.answers, 0.01);
    await context.close();
  });
});

/** Records what the form hands to speech synthesis, instead of speaking. */
async function recordSpeech(page: Page) {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    Object.assign(window, { spoken });
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push({ text: utterance.text, lang: utterance.lang });
    };
    window.speechSynthesis.cancel = () => {};
  });
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);

describe("the story form in easy language", () => {
  it("shows easy texts with pictograms and large targets, reads aloud in the form's language, and passes axe", async () => {
    const { context, page } = await newPage(env.browser, PHONE);
    await recordSpeech(page);
    await openForm(page, "nl");
    expect(await page.locator(".vp-read-aloud").count()).toBe(0);
    const toggle = page.getByRole("button", { name: "Makkelijke taal met plaatjes" });
    await toggle.tap();
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
    expect(new URL(page.url()).searchParams.get("easy")).toBe("1");
    await page.getByText("Waar ging het over?", { exact: true }).waitFor();
    // Pictograms beside the options, inside their labels but hidden from screen readers.
    expect(await page.locator("label[for='vp-q-situatie-werk'] [data-pictogram=briefcase][aria-hidden=true]").count()).toBe(1);
    expect(await page.getByLabel("Werk", { exact: true }).count()).toBe(1);

    await page.getByRole("button", { name: "Lees voor: Waar ging het over?" }).tap();
    await page.getByRole("button", { name: "Lees voor: Geld of schulden" }).tap();
    expect(await spoken(page)).toEqual([{ text: "Waar ging het over?", lang: "nl" }, { text: "Geld of schulden", lang: "nl" }]);
    // Large targets: the read-aloud buttons and each option are at least 48 px high.
    const button = (await page.getByRole("button", { name: "Lees voor: Werk" }).boundingBox())!;
    expect(Math.min(button.width, button.height)).toBeGreaterThanOrEqual(48);
    expect((await page.locator("#vp-q-situatie .vp-choice").first().boundingBox())!.height).toBeGreaterThanOrEqual(48);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshotsAtBothWidths(page, "tell-languages", "easy-form");

    // Told in easy language, the answers are the same option ids.
    await page.tap("label[for='vp-prompt-regels']");
    await page.tap("#vp-text");
    await page.keyboard.type("Makkelijke taal: de huur is betaald.");
    for (const option of ["situatie-wonen", "aanpak-huisbezoek", "uitkomst-beter"]) await page.tap(`label[for='vp-q-${option}']`);
    await page.tap("label[for='vp-research-yes']");
    await page.tap("button[type=submit]");
    await thanks(page, "nl");
    const story = await storedStory(env.app, "Makkelijke taal: de huur");
    expect(story.answers).toEqual({ situatie: "wonen", aanpak: "huisbezoek", uitkomst: "beter" });
    await context.close();
  });

  it("reads aloud in Arabic on the Arabic form, and passes axe there", async () => {
    const { context, page } = await newPage(env.browser, PHONE);
    await recordSpeech(page);
    await page.goto(`${env.app.collection.publicUrl}?lang=ar&easy=1`);
    await page.getByRole("heading", { level: 1, name: "احكِ قصتك" }).waitFor();
    await page.getByRole("button", { name: "اقرأ بصوت عالٍ: عمّ كان الأمر في الغالب؟" }).tap();
    await page.getByRole("button", { name: "اقرأ بصوت عالٍ: السكن" }).tap();
    expect(await spoken(page)).toEqual([{ text: "عمّ كان الأمر في الغالب؟", lang: "ar" }, { text: "السكن", lang: "ar" }]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
