import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { bookletPdf, wrapText } from "./pdf.ts";

const labels = { introduction: "Inleiding", untitled: (n: number) => `Verhaal ${n}` };
// A measure of one unit per character makes the expected lines easy to read.
const chars = (s: string) => s.length;

describe("wrapText", () => {
  it("fills lines up to the width, keeps paragraphs and breaks a word longer than a line", () => {
    expect(wrapText("een twee drie vier", 9, chars)).toEqual(["een twee", "drie vier"]);
    expect(wrapText("een\n\ntwee", 9, chars)).toEqual(["een", "", "twee"]);
    expect(wrapText("a schuldhulpverlening b", 6, chars)).toEqual(["a", "schuld", "hulpve", "rlenin", "g b"]);
  });
});

describe("bookletPdf", () => {
  const story = { title: "Het gesprek", text: "Ik belde de inwoner en samen vonden we een weg." };

  it("has a title page, an introduction and one page per story", async () => {
    const bytes = await bookletPdf({ title: "De mooiste verhalen", introduction: "Waarom deze verhalen.", stories: [story, { ...story, title: null }, story], labels });
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(5);
    expect(doc.getTitle()).toBe("De mooiste verhalen");
  });

  it("runs a long story on to the next page and prints characters outside the font as ?", async () => {
    const long = { title: "Lang", text: Array.from({ length: 120 }, (_, i) => `Zin ${i} van een lang verhaal over schulden en werk.`).join(" ") };
    const bytes = await bookletPdf({ title: "Boekje 🙂", introduction: "", stories: [long], labels });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(2);
  });
});
