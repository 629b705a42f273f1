// Translation files of a framework for a translator: which texts go out (the source texts for a
// translation; the texts in that language for its easy-language version) and how what comes back
// is merged in as a new framework version. Keys the framework does not have are reported, not kept.
import type { FrameworkDefinition } from "../../core/framework.ts";
import { frameworkTexts, localizeFramework, translationStatus } from "../../core/framework-texts.ts";
import {
  fromCsv, fromXliff, type ReadTranslations, toCsv, toXliff, type TranslationFile, TranslationFileError, type TranslationFileFormat,
} from "../../core/translation-files.ts";
import type { Db } from "../../db/client.ts";
import { badRequest } from "../problem.ts";
import { reviseFramework, type StoredFramework } from "./repository.ts";
import { translationVariants } from "../../contract/framework-translations.ts";

export type TranslationVariant = (typeof translationVariants)[number];

const field = (variant: TranslationVariant) => (variant === "easy" ? "easyLanguage" : "translations");

function invalid(name: string, reason: string, code: string) {
  return badRequest([{ name, reason, code }]);
}

function fileOf(framework: StoredFramework, language: string, variant: TranslationVariant): TranslationFile {
  if (variant === "translation" && language === framework.language) {
    throw invalid("language", "the source language needs no translation; choose another language, or variant easy", "sourceLanguage");
  }
  // An easy-language version rewrites the texts as they read in that language.
  const base = variant === "easy" ? localizeFramework(framework, language) : framework;
  return {
    original: `framework/${framework.id}${variant === "easy" ? "/easy" : ""}`,
    sourceLanguage: variant === "easy" ? language : framework.language,
    targetLanguage: language,
    texts: frameworkTexts(base),
    translated: framework[field(variant)]?.[language] ?? {},
  };
}

export const contentTypes: Record<TranslationFileFormat, string> = { xliff: "application/xliff+xml; charset=utf-8", csv: "text/csv; charset=utf-8" };

export function translationFileFor(framework: StoredFramework, language: string, variant: TranslationVariant, format: TranslationFileFormat) {
  const file = fileOf(framework, language, variant);
  return {
    body: format === "xliff" ? toXliff(file) : toCsv(file),
    contentType: contentTypes[format],
    filename: `vragenkader-${language}${variant === "easy" ? "-makkelijk" : ""}.${format === "xliff" ? "xlf" : "csv"}`,
  };
}

function read(body: string, format: TranslationFileFormat): ReadTranslations {
  try {
    return format === "xliff" ? fromXliff(body) : fromCsv(body);
  } catch (error) {
    if (error instanceof TranslationFileError) throw invalid("body", error.message, "invalidTranslationFile");
    throw error;
  }
}

/** Merges a translator's file into the framework (a new version) and says what is still missing. */
export async function importTranslationFile(
  db: Db, organizationId: string, framework: StoredFramework,
  { language, variant, format, body }: { language: string; variant: TranslationVariant; format: TranslationFileFormat; body: string },
) {
  fileOf(framework, language, variant);
  const { targetLanguage, texts } = read(body, format);
  if (targetLanguage && targetLanguage !== language) {
    throw invalid("body", `the file is for language ${targetLanguage}, not ${language}`, "otherLanguage");
  }
  const known = new Set(frameworkTexts(framework).map((t) => t.key));
  const accepted = Object.fromEntries(Object.entries(texts).filter(([key]) => known.has(key)));
  const ignored = Object.keys(texts).filter((key) => !known.has(key));
  const { id: _id, version: _version, createdAt: _c, updatedAt: _u, ...definition } = framework;
  const byLanguage = definition[field(variant)] ?? {};
  const merged = { ...byLanguage[language], ...accepted };
  const next: FrameworkDefinition = { ...definition, [field(variant)]: { ...byLanguage, [language]: merged } };
  await reviseFramework(db, organizationId, framework.id, next);
  const { missing } = translationStatus(framework, language, merged);
  return { language, variant, imported: Object.keys(accepted).length, ignored, missing };
}
