// The printable poster of a collection or one of its listening rounds: the organization's name, the
// framework's first prompt, the QR code and the short link, in the framework's language.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { eq } from "drizzle-orm";
import QRCode from "qrcode";
import { posterPdf } from "../../core/poster/pdf.ts";
import type { Db } from "../../db/client.ts";
import { organization } from "../../db/schema/index.ts";
import { findFramework } from "../frameworks/repository.ts";
import { conflict } from "../problem.ts";
import { publicUrlOf } from "./repository.ts";

const require = createRequire(import.meta.url);
let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;
const font = (weight: number) => readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
const posterFonts = () => (fonts ??= Promise.all([font(400), font(700)]).then(([regular, bold]) => ({ regular, bold })));

const invitations = {
  nl: "Scan de code met je telefoon en vertel je verhaal. Je naam is niet nodig.",
  en: "Scan the code with your phone and tell your story. Your name is not needed.",
};

export interface PosterSource {
  organizationId: string;
  frameworkId: string;
  anonymous: boolean;
  slug: string;
  /** The listening round, when the poster is for a round. */
  round?: { name: string; startsAt: Date; endsAt: Date };
}

/** "Ronde 1 · 1 januari 2027 – 31 maart 2027": the round's last day, as its end is exclusive. */
function roundLine(round: NonNullable<PosterSource["round"]>, lang: "nl" | "en") {
  const format = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
  return `${round.name} · ${format.format(round.startsAt)} – ${format.format(new Date(round.endsAt.getTime() - 1))}`;
}

export async function posterFor(db: Db, baseUrl: string, source: PosterSource): Promise<Uint8Array> {
  // Only anonymous collections have a public form that a QR code can open.
  if (!source.anonymous) throw conflict("posterNeedsPublicLink");
  const [org] = await db.select({ name: organization.name }).from(organization).where(eq(organization.id, source.organizationId));
  const framework = await findFramework(db, source.organizationId, source.frameworkId);
  const url = publicUrlOf(baseUrl, source.slug);
  const qr = QRCode.create(url, { errorCorrectionLevel: "M" });
  const lang = framework.language === "en" ? "en" : "nl";
  return posterPdf({
    organizationName: org?.name ?? "",
    question: framework.prompts[0]?.text ?? "",
    invitation: invitations[lang],
    round: source.round && roundLine(source.round, lang),
    link: url.replace(/^https?:\/\//, ""),
    qr: { size: qr.modules.size, dark: (row, column) => Boolean(qr.modules.get(row, column)) },
    lang,
    fonts: await posterFonts(),
  });
}
