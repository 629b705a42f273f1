// A poster for a waiting room or a team room: A4, the organization's name, the question in plain
// words, the QR code (drawn as vector squares, so it stays sharp at any print size) and the short
// link. The font comes in as bytes (Noto Sans, the NL Design System font), so every Dutch character
// prints; the caller reads the files.
import fontkit from "@pdf-lib/fontkit";
import { PageSizes, PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import { wrapText } from "../booklet/pdf.ts";

export interface PosterContent {
  organizationName: string;
  /** The question tellers answer, e.g. the framework's first prompt. */
  question: string;
  /** A line under the question, e.g. "Scan de code en vertel je verhaal. Het duurt ongeveer 5 minuten." */
  invitation: string;
  /** Optional: the listening round and its period. */
  round?: string;
  /** The text printed under the QR code: the short link. */
  link: string;
  /** The QR code's modules, row by row (true = dark). */
  qr: { size: number; dark: (row: number, column: number) => boolean };
  lang: string;
  fonts: { regular: Uint8Array; bold: Uint8Array };
}

const [WIDTH, HEIGHT] = PageSizes.A4;
const MARGIN = 56;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;
const INK = rgb(0.08, 0.08, 0.1);
const ACCENT = rgb(0.0, 0.27, 0.55);

class Column {
  constructor(private page: PDFPage, public y: number) {}

  /** Centred, wrapped lines; returns the y below them. */
  text(text: string, font: PDFFont, size: number, color = INK) {
    const leading = size * 1.25;
    for (const line of wrapText(text, TEXT_WIDTH, (s) => font.widthOfTextAtSize(s, size))) {
      this.y -= leading;
      this.page.drawText(line, { x: (WIDTH - font.widthOfTextAtSize(line, size)) / 2, y: this.y, size, font, color });
    }
  }
}

export async function posterPdf(content: PosterContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${content.organizationName} — ${content.question}`);
  doc.setLanguage(content.lang);
  doc.setCreator("Vertelpunt");
  const regular = await doc.embedFont(content.fonts.regular, { subset: true });
  const bold = await doc.embedFont(content.fonts.bold, { subset: true });
  const page = doc.addPage([WIDTH, HEIGHT]);
  page.drawRectangle({ x: 0, y: HEIGHT - 14, width: WIDTH, height: 14, color: ACCENT });
  const column = new Column(page, HEIGHT - MARGIN);
  column.text(content.organizationName, bold, 18, ACCENT);
  if (content.round) column.text(content.round, regular, 13);
  column.y -= 36;
  // A long question gets a smaller size, so the QR code always fits on the page.
  column.text(content.question, bold, content.question.length > 140 ? 22 : 32);
  column.y -= 18;
  column.text(content.invitation, regular, 16);

  const side = 300;
  const top = column.y - 40;
  // One path of unit squares, scaled: no hairline seams between neighbouring modules.
  let path = "";
  for (let row = 0; row < content.qr.size; row++) {
    for (let col = 0; col < content.qr.size; col++) if (content.qr.dark(row, col)) path += `M${col} ${row}h1v1h-1z`;
  }
  page.drawSvgPath(path, { x: (WIDTH - side) / 2, y: top, scale: side / content.qr.size, color: INK, borderWidth: 0 });
  column.y = top - side - 16;
  column.text(content.link, bold, 16, ACCENT);
  return doc.save();
}
