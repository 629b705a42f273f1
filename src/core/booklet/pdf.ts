// A print-ready story booklet: A5, in the NL Design System font (Noto Sans, embedded as a subset) and
// the theme's colours. A cover with the organization, the title, the date and the introduction; then
// each story on a page of its own (a long one runs on) with its title, who told it, a small drawing of
// its answers and its text; page numbers below. Text is wrapped by measured width, never by character count.
import fontkit from "@pdf-lib/fontkit";
import { PageSizes, PDFDocument, type PDFFont, type PDFPage, type RGB, rgb } from "pdf-lib";
import type { Signifier } from "../framework.ts";
import { type Drawing, drawAnswer, type Measure } from "./answer-drawing.ts";

export interface BookletStory {
  title: string | null;
  text: string;
  /** Who told it and when, ready to print: "Verteld door een inwoner · 3 december 2026". */
  byline: string;
  signifiers: readonly Signifier[];
  answers: Record<string, unknown>;
}

/** Colours as #rrggbb, from the design tokens. */
export interface BookletColours {
  text: string;
  subtle: string;
  accent: string;
  accentBackground: string;
  border: string;
}

export interface BookletContent {
  organization: string;
  title: string;
  /** The date on the cover, ready to print. */
  date: string;
  introduction: string;
  stories: BookletStory[];
  labels: {
    /** The heading of a story without a title, given its number: "Verhaal 3". */
    untitled: (n: number) => string;
    /** The page number: "3 van 12". */
    page: (n: number, total: number) => string;
  };
  fonts: { regular: Uint8Array; bold: Uint8Array };
  colours: BookletColours;
}

const [WIDTH, HEIGHT] = PageSizes.A5;
const MARGIN = 48;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;
const FOOTER = 28;
const BODY = { size: 10.5, leading: 15.5 };
const HEADING = { size: 17, leading: 22 };
const SMALL = { size: 8.5, leading: 12 };
const ANSWER_COLUMNS = 2;
const ANSWER_GAP = 14;

type Style = { size: number; leading: number };

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

function colour(hex: string): RGB {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

class Writer {
  private page!: PDFPage;
  private y = 0;
  private readonly known: Set<number>;
  private readonly ink: Record<keyof BookletColours, RGB>;

  constructor(private doc: PDFDocument, private regular: PDFFont, private bold: PDFFont, colours: BookletColours) {
    this.known = new Set(regular.getCharacterSet());
    this.ink = Object.fromEntries(Object.entries(colours).map(([k, v]) => [k, colour(v)])) as Record<keyof BookletColours, RGB>;
  }

  /** Characters the font lacks become "?" instead of failing the booklet. */
  printable(text: string): string {
    return [...text.normalize("NFC")].map((c) => (this.known.has(c.codePointAt(0)!) || c === "\n" ? c : "?")).join("");
  }

  readonly measure: Measure = (text, size, bold) => (bold ? this.bold : this.regular).widthOfTextAtSize(this.printable(text), size);

  newPage() {
    this.page = this.doc.addPage([WIDTH, HEIGHT]);
    this.y = HEIGHT - MARGIN;
  }

  private readonly widths = new Map<string, number>();

  /** A line's width as the sum of its words' widths: laying out every candidate line whole is slow. */
  private lineWidth(font: PDFFont, line: string, size: number): number {
    let width = 0;
    for (const word of line.split(" ")) {
      const key = `${font === this.bold ? "b" : "r"}${word}`;
      let w = this.widths.get(key);
      if (w === undefined) this.widths.set(key, (w = font.widthOfTextAtSize(word, 1)));
      width += w;
    }
    return (width + (line.split(" ").length - 1) * font.widthOfTextAtSize(" ", 1)) * size;
  }

  write(text: string, font: PDFFont, style: Style, color = this.ink.text) {
    const measure = (s: string) => this.lineWidth(font, s, style.size);
    for (const line of wrapText(this.printable(text), TEXT_WIDTH, measure)) {
      if (this.y - style.leading < MARGIN + FOOTER) this.newPage();
      this.y -= style.leading;
      this.page.drawText(line, { x: MARGIN, y: this.y, size: style.size, font, color });
    }
  }

  gap(points: number) {
    this.y -= points;
  }

  cover(content: BookletContent) {
    this.newPage();
    this.page.drawRectangle({ x: 0, y: HEIGHT - 14, width: WIDTH, height: 14, color: this.ink.accent });
    this.y = HEIGHT - MARGIN - 8;
    this.write(content.organization, this.bold, { size: 11, leading: 14 }, this.ink.accent);
    this.y = HEIGHT * 0.7;
    this.write(content.title, this.bold, { size: 26, leading: 32 });
    this.gap(6);
    this.write(content.date, this.regular, { size: 11, leading: 15 }, this.ink.subtle);
    this.gap(14);
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + 48, y: this.y }, thickness: 2, color: this.ink.accent });
    this.gap(6);
    if (content.introduction.trim()) this.write(content.introduction, this.regular, BODY);
  }

  story(heading: string, story: BookletStory) {
    this.newPage();
    this.write(heading, this.bold, HEADING);
    this.gap(2);
    this.write(story.byline, this.regular, SMALL, this.ink.subtle);
    this.gap(10);
    this.answers(story);
    this.write(story.text, this.regular, BODY);
  }

  /** The answers' drawings in a tinted panel, two to a row. */
  private answers(story: BookletStory) {
    const width = (TEXT_WIDTH - 2 * 10 - (ANSWER_COLUMNS - 1) * ANSWER_GAP) / ANSWER_COLUMNS;
    const drawings = story.signifiers.map((s) => drawAnswer(s, story.answers[s.id], width, this.measure)).filter((d): d is Drawing => d !== undefined);
    if (drawings.length === 0) return;
    const rows: Drawing[][] = [];
    for (let i = 0; i < drawings.length; i += ANSWER_COLUMNS) rows.push(drawings.slice(i, i + ANSWER_COLUMNS));
    const heights = rows.map((row) => Math.max(...row.map((d) => d.height)));
    const height = heights.reduce((a, b) => a + b + 8, 12);
    if (this.y - height < MARGIN + FOOTER) this.newPage();
    const top = this.y;
    this.page.drawRectangle({ x: MARGIN, y: top - height, width: TEXT_WIDTH, height, color: this.ink.accentBackground, borderColor: this.ink.border, borderWidth: 0.5 });
    let y = top - 8;
    rows.forEach((row, r) => {
      row.forEach((d, c) => this.drawing(d, MARGIN + 10 + c * (width + ANSWER_GAP), y));
      y -= heights[r]! + 8;
    });
    this.y = top - height - 12;
  }

  /** A drawing with its top left corner at (x, top), turning its y-down box into PDF space. */
  private drawing(d: Drawing, x: number, top: number) {
    const at = ([px, py]: [number, number]) => ({ x: x + px, y: top - py });
    for (const shape of d.shapes) {
      if (shape.kind === "polygon") {
        shape.points.forEach((p, i) => this.page.drawLine({ start: at(p), end: at(shape.points[(i + 1) % shape.points.length]!), thickness: 0.8, color: this.ink.subtle }));
      } else if (shape.kind === "line") {
        this.page.drawLine({ start: at(shape.from), end: at(shape.to), thickness: 0.8, color: this.ink.subtle });
      } else if (shape.kind === "dot") {
        this.page.drawCircle({ ...at(shape.at), size: shape.radius, color: this.ink.accent });
      } else {
        const font = shape.bold ? this.bold : this.regular;
        const text = this.printable(shape.text);
        const w = font.widthOfTextAtSize(text, shape.size);
        const left = shape.align === "left" ? 0 : shape.align === "centre" ? w / 2 : w;
        const p = at(shape.at);
        this.page.drawText(text, { x: p.x - left, y: p.y, size: shape.size, font, color: shape.bold ? this.ink.text : this.ink.subtle });
      }
    }
  }

  /** Page numbers on every page but the cover. */
  numberPages(label: (n: number, total: number) => string) {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      if (i === 0) return;
      const text = this.printable(label(i + 1, pages.length));
      page.drawLine({ start: { x: MARGIN, y: FOOTER + 10 }, end: { x: WIDTH - MARGIN, y: FOOTER + 10 }, thickness: 0.5, color: this.ink.border });
      page.drawText(text, { x: WIDTH - MARGIN - this.regular.widthOfTextAtSize(text, 8.5), y: FOOTER - 4, size: 8.5, font: this.regular, color: this.ink.subtle });
    });
  }
}

export async function bookletPdf(content: BookletContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(content.title);
  doc.setAuthor(content.organization);
  doc.setLanguage("nl");
  doc.setCreator("Vertelpunt");
  const regular = await doc.embedFont(content.fonts.regular, { subset: true });
  const bold = await doc.embedFont(content.fonts.bold, { subset: true });
  const writer = new Writer(doc, regular, bold, content.colours);
  writer.cover(content);
  content.stories.forEach((s, i) => writer.story(s.title || content.labels.untitled(i + 1), s));
  writer.numberPages(content.labels.page);
  return doc.save();
}
