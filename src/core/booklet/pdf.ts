// A print-ready story booklet: A5, the standard Helvetica fonts (nothing to embed or download), a
// title page, the introduction, then each story on a page of its own (a long one runs on), with page
// numbers below. Text is wrapped by measured width, never by character count.
import { PageSizes, PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";

export interface BookletStory {
  title: string | null;
  text: string;
}

export interface BookletContent {
  title: string;
  introduction: string;
  stories: BookletStory[];
  labels: {
    introduction: string;
    /** The heading of a story without a title, given its number: "Verhaal 3". */
    untitled: (n: number) => string;
  };
}

const [WIDTH, HEIGHT] = PageSizes.A5;
const MARGIN = 48;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;
const BODY = { size: 10.5, leading: 15 };
const HEADING = { size: 16, leading: 21 };

/** Splits text into lines no wider than width; paragraphs stay apart, an over-long word is broken. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) { line = candidate; continue; }
      if (line) lines.push(line);
      line = word;
      while (measure(line) > width) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The standard fonts know WinAnsi only: other characters become "?" instead of failing the booklet. */
function printable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text.normalize("NFC")].map((c) => (known.has(c.codePointAt(0)!) || c === "\n" ? c : "?")).join("");
}

class Writer {
  private page!: PDFPage;
  private y = 0;

  constructor(private doc: PDFDocument, private regular: PDFFont, private bold: PDFFont) {}

  newPage() {
    this.page = this.doc.addPage([WIDTH, HEIGHT]);
    this.y = HEIGHT - MARGIN;
  }

  write(text: string, font: PDFFont, style: { size: number; leading: number }) {
    const measure = (s: string) => font.widthOfTextAtSize(s, style.size);
    for (const line of wrapText(printable(font, text), TEXT_WIDTH, measure)) {
      if (this.y - style.leading < MARGIN + 20) this.newPage();
      this.y -= style.leading;
      this.page.drawText(line, { x: MARGIN, y: this.y, size: style.size, font, color: rgb(0.1, 0.1, 0.1) });
    }
  }

  gap(points: number) {
    this.y -= points;
  }

  titlePage(title: string) {
    this.newPage();
    this.y = HEIGHT * 0.62;
    this.write(title, this.bold, { size: 24, leading: 30 });
  }

  story(heading: string, text: string) {
    this.newPage();
    this.write(heading, this.bold, HEADING);
    this.gap(8);
    this.write(text, this.regular, BODY);
  }

  /** Page numbers on every page but the title page. */
  numberPages() {
    this.doc.getPages().forEach((page, i) => {
      if (i === 0) return;
      const label = String(i + 1);
      page.drawText(label, { x: (WIDTH - this.regular.widthOfTextAtSize(label, 9)) / 2, y: MARGIN / 2, size: 9, font: this.regular });
    });
  }
}

export async function bookletPdf(content: BookletContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(content.title);
  doc.setLanguage("nl");
  doc.setCreator("Vertelpunt");
  const writer = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  writer.titlePage(content.title);
  if (content.introduction.trim()) writer.story(content.labels.introduction, content.introduction);
  content.stories.forEach((s, i) => writer.story(s.title || content.labels.untitled(i + 1), s.text));
  writer.numberPages();
  return doc.save();
}
