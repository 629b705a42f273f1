// The printed booklet: the stories with their answers read by the framework version they were told
// with, the organization's name, the date, and the NL Design System look (Noto Sans, the voorbeeld
// theme's colours) loaded once from the installed packages.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { bookletPdf, type BookletColours } from "../../core/booklet/pdf.ts";
import type { TellerRole } from "../../core/booklet/teller.ts";
import { tellerSignifiers } from "../../core/framework.ts";
import type { Db } from "../../db/client.ts";
import { frameworkDefinitionAt } from "../frameworks/repository.ts";
import { type Lang, message, type MessageKey } from "../messages.ts";
import { type BookletRow, organizationName, type PrintableStory, printableStories } from "./repository.ts";

const require = createRequire(import.meta.url);

let look: Promise<{ fonts: { regular: Uint8Array; bold: Uint8Array }; colours: BookletColours }> | undefined;

async function loadLook() {
  const font = async (weight: number) => new Uint8Array(await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)));
  const tokens = JSON.parse(await readFile(require.resolve("@nl-design-system-unstable/voorbeeld-design-tokens/dist/variables.json"), "utf8")) as Record<string, string>;
  return {
    fonts: { regular: await font(400), bold: await font(700) },
    colours: {
      text: tokens.basisColorDefaultColorDocument!, subtle: tokens.basisColorDefaultColorSubtle!, accent: tokens.basisColorAccent1ColorDefault!,
      accentBackground: tokens.basisColorAccent1BgSubtle!, border: tokens.basisColorDefaultBorderSubtle!,
    },
  };
}

const roleKey: Record<TellerRole, MessageKey> = {
  client: "bookletRoleClient", professional: "bookletRoleProfessional", resident: "bookletRoleResident", unknown: "bookletRoleUnknown",
};

const formatDate = (date: Date, lang: Lang) => new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long" }).format(date);

export async function printBooklet(db: Db, row: BookletRow, lang: Lang): Promise<{ pdf: Uint8Array; stories: PrintableStory[] }> {
  look ??= loadLook();
  const stories = await printableStories(db, row);
  const printed = await Promise.all(stories.map(async (s) => ({
    title: s.title, text: s.text, answers: s.answers,
    byline: `${message("bookletToldBy", lang)} ${message(roleKey[s.tellerRole], lang)} · ${formatDate(new Date(s.toldAt), lang)}`,
    signifiers: tellerSignifiers(await frameworkDefinitionAt(db, row.organizationId, s.frameworkId, s.frameworkVersion)),
  })));
  const pdf = await bookletPdf({
    organization: await organizationName(db, row), title: row.title, introduction: row.introduction, date: formatDate(new Date(), lang), stories: printed,
    labels: { untitled: (n) => `${message("bookletUntitled", lang)} ${n}`, page: (n, total) => `${n} ${message("bookletPage", lang)} ${total}` },
    ...(await look),
  });
  return { pdf, stories };
}
