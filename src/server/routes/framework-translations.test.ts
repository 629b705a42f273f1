// A translator's round trip through the API: download the framework as XLIFF or CSV, fill in the
// translation, upload it; the framework gets a new version with the translation, the public form
// shows it with ?lang=, and answers are checked against the same option ids in every language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromXliff } from "../../core/translation-files.ts";
import { sociaalDomeinKlantmanagers } from "../../core/templates/sociaal-domein-klantmanagers.ts";
import { json, makeCollection, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { templateArabic } from "../../testing/template-arabic.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let frameworkId: string;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  frameworkId = (await json(app.request("/api/v1/frameworks", { method: "POST", token: org.adminToken, json: sociaalDomeinKlantmanagers }))).id;
});
afterAll(() => app.close());

const filePath = (language: string, query = "") => `/api/v1/frameworks/${frameworkId}/translation-files/${language}${query}`;
const upload = (language: string, body: string, type: string, query = "") =>
  app.request(filePath(language, query), { method: "PUT", token: org.adminToken, body, headers: { "content-type": type } });

describe("translation files", () => {
  it("hands out an XLIFF 2.0 file with every text by key, and takes it back translated", async () => {
    const res = await app.request(filePath("ar"), { token: org.adminToken });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/xliff\+xml/);
    expect(res.headers.get("content-disposition")).toContain("vragenkader-ar.xlf");
    const xliff = await res.text();
    expect(xliff).toContain('srcLang="nl" trgLang="ar"');
    expect(xliff).toContain('<unit id="question.situatie.option.werk">');
    expect(fromXliff(xliff).texts).toEqual({});

    // The translator fills in the targets (as a tool would) and an old key the framework lost.
    let translated = xliff;
    for (const [key, text] of Object.entries(templateArabic)) {
      translated = translated.replace(new RegExp(`(<unit id="${key.replace(/\./g, "\\.")}">[\\s\\S]*?</source>)`), `$1<target>${text}</target>`);
    }
    translated = translated.replace("</file>", '<unit id="question.weg.label"><segment><source>x</source><target>y</target></segment></unit></file>');
    const taken = await json(upload("ar", translated, "application/xliff+xml"));
    expect(taken).toMatchObject({ language: "ar", variant: "translation", imported: Object.keys(templateArabic).length, ignored: ["question.weg.label"] });
    // Only the interpreters' question (not in the fixture) is still missing.
    expect(taken.missing).toEqual(["question.duiding_kern.label", "question.duiding_kern.corner.0", "question.duiding_kern.corner.1", "question.duiding_kern.corner.2"]);

    const framework = await json(app.request(`/api/v1/frameworks/${frameworkId}`, { token: org.adminToken }));
    expect(framework.version).toBe(2);
    expect(framework.translations.ar["question.situatie.option.werk"]).toBe("العمل أو مكان للمشاركة");
    expect(framework.translations.ar).not.toHaveProperty("question.weg.label");
  });

  it("takes a CSV with keys, merging into what is there", async () => {
    const bytes = new Uint8Array(await (await app.request(filePath("tr", "?format=csv"), { token: org.adminToken })).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.split("\r\n")[0]).toBe("key,source,translation");
    const filled = csv.replace("question.regie.label,Wie had de regie?,", "question.regie.label,Wie had de regie?,Kontrol kimdeydi?");
    expect((await json(upload("tr", filled, "text/csv"))).imported).toBe(1);
    expect((await json(upload("tr", "key;translation\nname;Sosyal alan\n", "text/csv; charset=utf-8"))).imported).toBe(1);
    const framework = await json(app.request(`/api/v1/frameworks/${frameworkId}`, { token: org.adminToken }));
    expect(framework.translations.tr).toEqual({ "question.regie.label": "Kontrol kimdeydi?", name: "Sosyal alan" });
    expect(framework.translations.ar["question.regie.label"]).toBe("من كان يمسك بزمام الأمور؟");
  });

  it("keeps easy-language texts apart, for the source language too", async () => {
    // The template comes with easy Dutch; a file changes one text and keeps the others.
    const csv = "key,translation\nquestion.situatie.label,Waar ging het om?\n";
    expect((await json(upload("nl", csv, "text/csv", "?variant=easy"))).imported).toBe(1);
    const easyFile = await (await app.request(filePath("ar", "?variant=easy&format=xliff"), { token: org.adminToken })).text();
    // The easy version of Arabic starts from the Arabic texts.
    expect(easyFile).toContain('srcLang="ar" trgLang="ar"');
    expect(easyFile).toContain("<source>عمّ كان الأمر في الغالب؟</source>");
    const framework = await json(app.request(`/api/v1/frameworks/${frameworkId}`, { token: org.adminToken }));
    expect(Object.keys(framework.easyLanguage)).toEqual(["nl"]);
    expect(framework.easyLanguage.nl["question.situatie.label"]).toBe("Waar ging het om?");
    expect(framework.easyLanguage.nl["question.aanpak.label"]).toBe("Wat deed je?");
  });

  it("serves the public form in a chosen language, and keeps answers by option id", async () => {
    const { collection } = await makeCollection(app, org.adminToken, { frameworkId });
    const form = await json(app.request(`/api/v1/public-collections/${collection.slug}?lang=ar`));
    expect(form.framework.language).toBe("ar");
    expect(form.framework.languages).toEqual(["nl", "ar", "tr"]);
    expect(form.framework.easyLanguages).toEqual(["nl"]);
    const situatie = form.framework.signifiers.find((s: { id: string }) => s.id === "situatie");
    expect(situatie.options[1]).toEqual({ id: "werk", label: "العمل أو مكان للمشاركة" });
    const easy = await json(app.request(`/api/v1/public-collections/${collection.slug}?easy=true`));
    expect(easy.framework.signifiers.find((s: { id: string }) => s.id === "situatie").question).toBe("Waar ging het om?");
    const told = await app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
      method: "POST", json: { text: "قصة قصيرة.", language: "ar", answers: { situatie: "werk", aanpak: "huisbezoek", uitkomst: "beter" }, consent: { research: true } },
    });
    expect(told.status).toBe(201);
    expect((await told.json()).language).toBe("ar");
  });

  it("refuses what it cannot use, as problem+json", async () => {
    const bad = async (res: Response, status: number) => {
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    };
    await bad(await upload("tr", '<xliff version="2.0" trgLang="pl"></xliff>', "application/xliff+xml"), 400);
    await bad(await upload("tr", "<xliff version='1.2'/>", "application/xliff+xml"), 400);
    await bad(await upload("tr", "a,b\n", "text/csv"), 400);
    await bad(await upload("tr", "{}", "application/json"), 415);
    await bad(await app.request(filePath("nl"), { token: org.adminToken }), 400);
    await bad(await app.request(filePath("ar"), { token: org.tokens.analyst }), 403);
    await bad(await app.request(`/api/v1/frameworks/00000000-0000-4000-8000-000000000000/translation-files/ar`, { token: org.adminToken }), 404);
  });
});
