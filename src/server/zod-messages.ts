// Zod's own Dutch and English messages for a validation issue, so a form shows them in the
// language the person chose.
import type { core, ZodError } from "zod";
import { badRequest } from "./problem.ts";
import { en, nl } from "zod/locales";
import type { Lang } from "./messages.ts";

const locales = { nl: nl(), en: en() };

export function localiseIssue(issue: core.$ZodIssue, lang: Lang): string {
  if (issue.code === "custom") return issue.message;
  const localised = locales[lang].localeError?.(issue as unknown as core.$ZodRawIssue);
  if (typeof localised === "string") return localised;
  return localised?.message ?? issue.message;
}

/** A 400 problem that names each invalid field with a message in the caller's language. */
export function validationProblem(error: ZodError, lang: Lang) {
  return badRequest(
    error.issues.map((issue) => ({
      name: issue.path.join(".") || "body",
      reason: localiseIssue(issue, lang),
      code: issue.code,
    })),
  );
}
