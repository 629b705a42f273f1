import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { Signifier } from "../framework.ts";
import { drawAnswer, twoLines } from "./answer-drawing.ts";
import { bookletPdf, type BookletContent, wrapText } from "./pdf.ts";

const font = (weight: number) => new Uint8Array(readFileSync(`node_modules/@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
const fonts = { regular: font(400), bold: font(700) };
const colours = { text: "#001a40", subtle: "#586c88", accent: "#5115ef", accentBackground: "#faf8ff", border: "#c0c7d2" };
const labels = { untitled: (n: number) => `Verhaal ${n}`, page: (n: number, total: number) => `${n} van ${total}` };
const signifiers: Signifier[] = [
  { id: "hulp", type: "triad", question: "Wat hielp?", labels: ["Regels", "Contact", "Samenwerking"], required: false, audience: "teller" },
  { id: "regie", type: "dyad", question: "Wie had de regie?", labels: ["Ik", "De inwoner"], required: false, audience: "teller" },
  { id: "situatie", type: "choice", question: "Waarover?", options: [{ id: "schulden", label: "Schulden" }, { id: "werk", label: "Werk" }], multiple: false, required: false, audience: "teller" },
];
const story = {
  title: "Het gesprek", text: "Ik belde de inwoner en samen vonden we een weg.", byline: "Verteld door een medewerker · 3 december 2026",
  signifiers, answers: { hulp: [0.2, 0.5, 0.3], regie: 0.7, situatie: "schulden" },
};
const content = (over: Partial<BookletContent> = {}): BookletContent => ({
  organization: "Gemeente Voorbeeld", title: "De mooiste verhalen", date: "7 december 2026", introduction: "Waarom deze verhalen.",
  stories: [story, { ...story, title: null }, story], labels, fonts, colours, ...over,
});
const text = (bytes: Uint8Array) => execFileSync("pdftotext", ["-layout", "-", "-"], { input: bytes }).toString();

describe("wrapText", () => {
  // A measure of one unit per character makes the expected lines easy to read.
  const chars = (s: string) => s.length;
  it("fills lines up to the width, keeps paragraphs and breaks a word longer than a line", () => {
    expect(wrapText("een twee drie vier", 9, chars)).toEqual(["een twee", "drie vier"]);
    expect(wrapText("een\n\ntwee", 9, chars)).toEqual(["een", "", "twee"]);
    expect(wrapText("a schuldhulpverlening b", 6, chars)).toEqual(["a", "schuld", "hulpve", "rlenin", "g b"]);
  });
});

describe("drawAnswer", () => {
  const measure = (s: string, size: number) => s.length * size * 0.5;
  it("puts a triad's dot at the corner of the answer it leans to all the way, in the telling form's order", () => {
    for (const corner of [0, 1, 2]) {
      const shares = [0, 0, 0];
      shares[corner] = 1;
      const d = drawAnswer(signifiers[0]!, shares, 120, measure)!;
      const triangle = d.shapes.find((s) => s.kind === "polygon")!;
      const dot = d.shapes.find((s) => s.kind === "dot")!;
      expect(dot.kind === "dot" && triangle.kind === "polygon" && dot.at).toEqual(triangle.kind === "polygon" && triangle.points[corner]);
    }
    for (const corner of [0, 1, 2]) {
      const shares = [0, 0, 0];
      shares[corner] = 1;
      const shapes = drawAnswer(signifiers[0]!, shares, 120, measure)!.shapes;
      const dot = shapes.find((s) => s.kind === "dot")!;
      const labels = shapes.filter((s) => s.kind === "text" && s.size < 7.5); // the question is larger
      const distance = (s: (typeof shapes)[number]) => dot.kind === "dot" && s.kind === "text" ? Math.hypot(s.at[0] - dot.at[0], s.at[1] - dot.at[1]) : Infinity;
      const nearest = labels.reduce((a, b) => (distance(b) < distance(a) ? b : a));
      expect(nearest.kind === "text" && nearest.text).toBe(["Regels", "Contact", "Samenwerking"][corner]); // the dot sits at its answer's label
    }
    const labelsDrawn = drawAnswer(signifiers[0]!, [1, 0, 0], 120, measure)!.shapes.filter((s) => s.kind === "text").map((s) => s.kind === "text" && s.text);
    expect(labelsDrawn).toEqual(["Wat hielp?", "Regels", "Contact", "Samenwerking"]);
  });

  it("gives a long label two lines, cutting only what still does not fit", () => {
    expect(twoLines("Het contact met de inwoner", 16, 2, measure)).toEqual(["Het contact met", "de inwoner"]);
    expect(twoLines("Het contact met de inwoner en zijn familie erbij", 16, 2, measure)).toEqual(["Het contact met", "de inwoner en z…"]);
    expect(twoLines("Kort", 16, 2, measure)).toEqual(["Kort"]);
  });

  it("puts a slider's dot along the line between its poles, and names a choice; leaves out what was not answered", () => {
    const d = drawAnswer(signifiers[1]!, 0.25, 100, measure)!;
    const dot = d.shapes.find((s) => s.kind === "dot");
    expect(dot?.kind === "dot" && dot.at[0]).toBe(25);
    expect(d.shapes.filter((s) => s.kind === "text").map((s) => s.kind === "text" && s.text)).toEqual(["Wie had de regie?", "Ik", "De inwoner"]);
    const chosen = drawAnswer(signifiers[2]!, "schulden", 100, measure)!;
    expect(chosen.shapes.some((s) => s.kind === "text" && s.text === "Schulden")).toBe(true);
    expect(drawAnswer(signifiers[1]!, null, 100, measure)).toBeUndefined();
  });
});

describe("bookletPdf", () => {
  it("has a cover with organization, title, date and introduction, one page per story, and numbered pages", async () => {
    const bytes = await bookletPdf(content());
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(4);
    expect(doc.getTitle()).toBe("De mooiste verhalen");
    const pages = text(bytes).split("\f");
    expect(pages[0]).toMatch(/Gemeente Voorbeeld[\s\S]*De mooiste verhalen[\s\S]*7 december 2026[\s\S]*Waarom deze verhalen\./);
    expect(pages[0]).not.toMatch(/1 van 4/);
    expect(pages[1]).toMatch(/Het gesprek[\s\S]*Verteld door een medewerker[\s\S]*Wat hielp\?[\s\S]*Samenwerking[\s\S]*Schulden[\s\S]*samen vonden we een weg[\s\S]*2 van 4/);
    expect(pages[2]).toContain("Verhaal 2");
    expect(pages[3]).toContain("4 van 4");
  });

  it("embeds Noto Sans as a subset, and prints Dutch characters as they are", async () => {
    const bytes = await bookletPdf(content({ title: "Één café, ’s avonds", stories: [{ ...story, text: "Zij zeiden: ‘geëmigreerd’ en ‘reünie’." }] }));
    const doc = await PDFDocument.load(bytes);
    const descriptors = doc.context.enumerateIndirectObjects().map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of("Type")) === PDFName.of("FontDescriptor"));
    expect(descriptors.map((d) => d.get(PDFName.of("FontName"))!.toString())).toEqual([expect.stringMatching(/NotoSans-Regular/), expect.stringMatching(/NotoSans-Bold/)]);
    for (const d of descriptors) expect(d.get(PDFName.of("FontFile2"))).toBeDefined();
    // A subset: far smaller than the two whole fonts.
    expect(bytes.length).toBeLessThan(fonts.regular.length + fonts.bold.length);
    const printed = text(bytes);
    expect(printed).toContain("Één café, ’s avonds");
    expect(printed).toContain("‘geëmigreerd’ en ‘reünie’");
  });

  it("prints injected PDF syntax and markup as plain text", async () => {
    const hostile = ") Tj ET BT /F1 99 Tf (pwned) Tj ET\n%%EOF\n<script>alert(1)</script> \\) endobj";
    const bytes = await bookletPdf(content({ title: hostile, organization: hostile, stories: [{ ...story, title: hostile, text: hostile }] }));
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getTitle()).toBe(hostile);
    const printed = text(bytes);
    expect(printed).toContain("<script>alert(1)</script>");
    expect(printed).toContain(") Tj ET BT /F1 99 Tf (pwned) Tj ET");
    expect(printed.match(/\(pwned\)/g)).toHaveLength(4); // cover's organization and title, the story's title and text: each once
  });

  it("runs a long story on to the next page and prints characters outside the font as ?", { timeout: 30_000 }, async () => {
    const long = { ...story, title: "Lang", text: Array.from({ length: 120 }, (_, i) => `Zin ${i} van een lang verhaal over schulden en werk.`).join(" ") };
    const bytes = await bookletPdf(content({ title: "Boekje 🙂", introduction: "", stories: [long] }));
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(2);
    expect(text(bytes)).toContain("Boekje ?");
  });
});
