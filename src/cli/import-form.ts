// `vertelpunt import form.xlsx` or `vertelpunt import story-form.csv`: sends an XLSForm or NarraFirma's
// story-form file to the server, which makes a framework of it (or, with --dry-run, shows the framework it would make), and prints what happened.
import { reach, serverProblem } from "./cli-error.ts";

interface FormReport {
  definition: { name: string; language: string; prompts: { id: string; text: string }[]; signifiers: { id: string; type: string; question: string }[] };
  notes: { reason: string }[];
  translations?: { language: string }[];
  frameworkId?: string;
}

export async function importForm(bytes: Uint8Array, type: string, options: { url: string; token: string; name?: string; language?: string; dryRun: boolean }): Promise<string> {
  const query = new URLSearchParams({ dryRun: String(options.dryRun), ...(options.name ? { name: options.name } : {}), ...(options.language ? { language: options.language } : {}) });
  const res = await reach(`${options.url}/api/v1/framework-imports?${query}`, {
    method: "POST",
    headers: { authorization: `Bearer ${options.token}`, "content-type": type, "accept-language": "en" },
    body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
  });
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) throw serverProblem(res.status, answer);
  const { definition, notes, translations, frameworkId } = answer as FormReport;
  return [
    options.dryRun ? `Dry run: the framework "${definition.name}" (${definition.language}) would be made. Nothing was stored.` : `Made the framework "${definition.name}" (${definition.language}), id ${frameworkId}.`,
    `Prompt: ${definition.prompts.map((p) => `${p.id} — ${p.text}`).join("; ")}`,
    `Signifiers (${definition.signifiers.length}):`,
    ...definition.signifiers.map((s) => `  ${s.id} (${s.type}): ${s.question}`),
    ...(translations?.length ? [`Translations in the answer, not stored: ${translations.map((t) => t.language).join(", ")}`] : []),
    ...(notes.length ? ["Notes:", ...notes.map((n) => `  ${n.reason}`)] : []),
  ].join("\n");
}
