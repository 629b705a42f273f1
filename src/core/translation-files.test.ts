// Translation files round trip (what we write, we read back the same), our XLIFF is well-formed XML
// by xmllint (libxml2, an independent parser), and files as tools write them back are read.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "./framework.ts";
import { frameworkTexts } from "./framework-texts.ts";
import { sociaalDomeinKlantmanagers } from "./templates/sociaal-domein-klantmanagers.ts";
import { fromCsv, fromXliff, toCsv, toXliff, type TranslationFile, TranslationFileError } from "./translation-files.ts";

const texts = frameworkTexts(frameworkDefinition.parse(sociaalDomeinKlantmanagers));
// Awkward texts on purpose: markup characters, quotes, separators, a line break, right-to-left script.
const translated: Record<string, string> = {
  "question.wat_hielp.label": "ما الذي ساعد أكثر؟ <\"القواعد\"> & 'التواصل'",
  "question.situatie.option.werk": "Praca; \"zatrudnienie\", staż",
  "question.les.label": "Eerste regel\nTweede regel",
};
const file: TranslationFile = { original: "framework/abc", sourceLanguage: "nl", targetLanguage: "ar", texts, translated };

describe("XLIFF 2.0", () => {
  it("is well-formed XML by xmllint", () => {
    const dir = mkdtempSync(join(tmpdir(), "xliff-"));
    const path = join(dir, "ar.xlf");
    writeFileSync(path, toXliff(file));
    expect(() => execFileSync("xmllint", ["--noout", path], { stdio: "pipe" })).not.toThrow();
    // And xmllint reads our units and targets back as we meant them.
    const units = execFileSync("xmllint", ["--xpath", "count(//*[local-name()='unit'])", path]).toString();
    expect(Number(units)).toBe(texts.length);
    const target = execFileSync("xmllint", ["--xpath", "string(//*[local-name()='unit'][@id='question.wat_hielp.label']//*[local-name()='target'])", path]).toString();
    expect(target.replace(/\n$/, "")).toBe(translated["question.wat_hielp.label"]);
  });

  it("round trips: what we write we read back the same", () => {
    const back = fromXliff(toXliff(file));
    expect(back).toEqual({ targetLanguage: "ar", texts: translated });
  });

  it("reads a file as a translation tool writes it back (namespaces, notes, CDATA, entities)", () => {
    const xml = `<?xml version='1.0'?>
<xliff version='2.0' xmlns='urn:oasis:names:tc:xliff:document:2.0' srcLang='nl' trgLang='tr'>
 <file id='x'><notes><note>from the tool</note></notes>
  <unit id='question.regie.label' name='q'><segment state='final'><source>Wie had de regie?</source><target xml:lang='tr'>Kontrol kimdeydi?</target></segment></unit>
  <unit id='question.regie.end.0'><segment><source>Ik</source><target><![CDATA[Ben & <ben>]]></target></segment></unit>
  <unit id='question.regie.end.1'><segment><source>De inwoner</source><target>&#x130;nsan &#233;</target></segment></unit>
  <unit id='empty'><segment><source>x</source><target>  </target></segment></unit>
 </file></xliff>`;
    expect(fromXliff(xml)).toEqual({
      targetLanguage: "tr",
      texts: { "question.regie.label": "Kontrol kimdeydi?", "question.regie.end.0": "Ben & <ben>", "question.regie.end.1": "İnsan é" },
    });
  });

  it("refuses other versions and inline markup", () => {
    expect(() => fromXliff(`<xliff version="1.2"></xliff>`)).toThrow(TranslationFileError);
    expect(() => fromXliff(`<xliff version="2.0"><unit id="a"><segment><target>a <pc id="1">b</pc></target></segment></unit></xliff>`)).toThrow(/markup/);
    expect(() => fromXliff("not xml")).toThrow(TranslationFileError);
  });
});

describe("CSV with keys", () => {
  it("round trips, quotes included", () => {
    const csv = toCsv(file);
    expect(csv.startsWith("\uFEFFkey,source,translation\r\n")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe(`name,Sociaal domein — klantmanagers,`);
    expect(fromCsv(csv)).toEqual({ texts: translated });
  });

  it("reads a spreadsheet's semicolon-separated save, columns in any order", () => {
    const csv = `translation;key;source\n"Mieszkanie";question.situatie.option.wonen;Wonen\n;question.situatie.option.zorg;Zorg\n`;
    expect(fromCsv(csv)).toEqual({ texts: { "question.situatie.option.wonen": "Mieszkanie" } });
  });

  it("needs the key and translation columns", () => {
    expect(() => fromCsv("a,b\n1,2\n")).toThrow(/key and translation/);
  });
});
