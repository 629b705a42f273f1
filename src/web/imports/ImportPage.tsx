// Importing a peer's CSV into a collection: choose the file, see how its columns were linked to the
// framework, change that, check again (a dry run: nothing stored), then import. A KoboToolbox export
// in XLSX is read here and sent as the CSV its first sheet holds.
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import "@utrecht/table-css/dist/index.css";
import { useState } from "react";
import { csvText } from "../../core/import/csv-text.ts";
import { formatMappingOverrides, mappingJson } from "../../core/import/mapping.ts";
import { api } from "../toolkit/api.ts";
import { Alert, ProblemMessage, StatusMessage } from "../toolkit/feedback.tsx";
import { SelectField, useField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { queryString } from "../toolkit/useResource.ts";
import { readWorkbook } from "../../core/import/xlsx-read.ts";
import { importMessages } from "./messages.ts";
import type { ColumnReport as ImportColumn, ImportResult } from "../../contract/story-imports.ts";

/** This page always sends CSV, and the answer to a CSV import carries every CSV field. */
type ImportReport = ImportResult & Required<Pick<ImportResult, "rows" | "columns" | "unmappedSignifiers" | "targets" | "keptWhole" | "troubleColumns">>;

type T = ReturnType<typeof useT<typeof importMessages>>;

export default function ImportPage({ collectionId }: { collectionId: string }) {
  const t = useT(importMessages);
  const [text, setText] = useState<string>();
  const [format, setFormat] = useState("");
  const [report, setReport] = useState<ImportReport>();
  const [mapping, setMapping] = useState<Record<number, string>>({});
  const [done, setDone] = useState<ImportReport>();
  const [error, setError] = useState<unknown>();

  const send = (body: string, dryRun: boolean, overrides: Record<number, string>) => {
    const pairs = formatMappingOverrides(overrides);
    return api<ImportReport>(`/collections/${encodeURIComponent(collectionId)}/story-imports${queryString({ dryRun: String(dryRun), format, mapping: pairs })}`, {
      method: "POST", headers: { "content-type": "text/csv" }, body,
    });
  };
  const check = async (body = text, overrides = mapping) => {
    if (body === undefined) return;
    setDone(undefined);
    const answer = await send(body, true, overrides);
    setReport(answer);
    setMapping(Object.fromEntries(answer.columns.map((c) => [c.index, c.target ?? ""])));
  };
  const act = (work: () => Promise<void>) => () => {
    setError(undefined);
    work().catch(setError);
  };

  return (
    <Page title={t("title")} back={{ to: `/collections/${collectionId}`, label: t("backToCollection") }} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
      <Form onSubmit={() => check(text, {})} submitLabel={t("check")} label={t("check")}>
        <FileField onText={(value) => { setText(value); setReport(undefined); }} />
        <SelectField name="format" label={t("format")} value={format} onChange={setFormat} options={[
          { value: "", label: t("formatAuto") }, { value: "narrafirma", label: t("formatNarrafirma") }, { value: "sensemaker", label: t("formatSensemaker") },
          { value: "kobo", label: t("formatKobo") },
        ]} />
      </Form>
      {error !== undefined && <ProblemMessage error={error} />}
      {report && (
        <>
          <Mapping t={t} report={report} mapping={mapping} onChange={(index, target) => setMapping({ ...mapping, [index]: target })} />
          <Report t={t} report={report} />
          <p className="vp-button-row">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={act(() => check())}>{t("checkAgain")}</button>
            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={act(async () => setDone(await send(text!, false, mapping)))}>{t("import")}</button>
          </p>
        </>
      )}
      <StatusMessage message={done && t("done", { imported: done.imported, already: done.alreadyImported, rejected: done.rejected.length })} />
      {done && <p className="utrecht-paragraph"><Link to={`/stories?collectionId=${collectionId}`}>{t("viewStories")}</Link></p>}
    </Page>
  );
}

/** A CSV file's text, or the first sheet of an XLSX file (a Kobo export) as CSV. */
async function fileText(file: File | undefined): Promise<string> {
  if (!file) return "";
  if (!/\.xlsx$/i.test(file.name)) return file.text();
  return csvText([...readWorkbook(new Uint8Array(await file.arrayBuffer())).values()][0] ?? []);
}

function FileField({ onText }: { onText: (text: string) => void }) {
  const t = useT(importMessages);
  const field = useField("file", t("file"), t("fileHint"), true);
  return (
    <div className={`utrecht-form-field vp-field${field.error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor={field.id}>{t("file")}</label></div>
      <div className="utrecht-form-field__description utrecht-form-field-description" id={field.descriptionId}>{t("fileHint")}</div>
      {field.error && <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={field.errorId}>{field.error}</div>}
      <div className="utrecht-form-field__input">
        <input {...field.control} type="file" accept=".csv,text/csv,.xlsx" onChange={(e) => void fileText(e.target.files?.[0]).then(onText)} />
      </div>
    </div>
  );
}

function targetLabel(t: T, target: { target: string; label: string }): string {
  const key = `field_${target.target}` as Parameters<T>[0];
  return target.target.startsWith("answers.") ? target.label : t(key);
}

function Mapping({ t, report, mapping, onChange }: { t: T; report: ImportReport; mapping: Record<number, string>; onChange: (index: number, target: string) => void }) {
  const statusOf = (c: ImportColumn) => t(`status_${c.status}` as Parameters<T>[0]);
  return (
    <section>
      <h2 className="utrecht-heading-2" id="koppeling">{t("mappingTitle")}</h2>
      <p className="utrecht-paragraph">{t("mappingIntro")}</p>
      <div className="vp-table-scroll" role="region" aria-labelledby="koppeling" tabIndex={0}><table className="utrecht-table utrecht-table--html-table vp-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("column")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("target")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {report.columns.map((c) => (
            <tr key={c.index} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">{c.header}</th>
              <td className="utrecht-table__cell">
                <select className="utrecht-select utrecht-select--html-select" aria-label={t("targetFor", { header: c.header })}
                  value={mapping[c.index] ?? ""} onChange={(e) => onChange(c.index, e.target.value)}>
                  <option value="">{t("notUsed")}</option>
                  {report.targets.map((target) => <option key={target.target} value={target.target}>{targetLabel(t, target)}</option>)}
                </select>
              </td>
              <td className="utrecht-table__cell">{statusOf(c)}</td>
            </tr>
          ))}
        </tbody>
      </table></div>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" download="mapping.json" href={`data:application/json;charset=utf-8,${encodeURIComponent(mappingJson(mapping))}`}>{t("saveMapping")}</a>
        {" "}{t("saveMappingHint")}
      </p>
    </section>
  );
}

function Report({ t, report }: { t: T; report: ImportReport }) {
  const shown = report.rejected.slice(0, 20);
  return (
    <section aria-labelledby="uitkomst">
      <h2 className="utrecht-heading-2" id="uitkomst">{t("reportTitle")}</h2>
      <Alert type={report.rejected.length || report.problems?.length ? "warning" : "ok"} role="status" title={t("reportSummary", { accepted: report.accepted, rows: report.rows, rejected: report.rows - report.accepted })}>
        {report.alreadyImported > 0 && <p>{t("reportAlready", { count: report.alreadyImported })}</p>}
        {report.unmappedSignifiers.length > 0 && <p>{t("unmapped", { list: report.unmappedSignifiers.join(", ") })}</p>}
      </Alert>
      {shown.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t("rejectedTitle")}</h3>
          <ul className="vp-plain-list">
            {shown.map((r) => <li key={`${r.line}-${r.reason}`}>{r.line ? t("rejectedRow", { row: r.line, reason: r.reason }) : r.reason}</li>)}
            {report.rejected.length > shown.length && <li>{t("rejectedMore")}</li>}
          </ul>
        </>
      )}
      <Details t={t} report={report} />
    </section>
  );
}

/** The story's title, its text, or the question a text answer belongs to. */
function fieldName(t: T, report: ImportReport, field: string): string {
  if (field === "title") return t("fieldTitle");
  if (field === "text") return t("fieldText");
  return report.targets.find((target) => target.target === field)?.label ?? field;
}

/** What the import changes in the stories it keeps: what the story form's import rows do, answers left out, and words personal-data removal replaces. */
function Details({ t, report }: { t: T; report: ImportReport }) {
  const problems = report.problems ?? [];
  const redactions = report.redactions ?? [];
  const options = report.importOptions ?? [];
  return (
    <>
      {options.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t("importOptionsTitle")}</h3>
          <ul className="vp-plain-list">
            {options.map((n) => <li key={`${n.code}-${n.header}-${n.detail}`}>{n.reason}</li>)}
          </ul>
        </>
      )}
      {problems.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t("problemsTitle")}</h3>
          <p className="utrecht-paragraph">{t("keptWhole", { count: report.keptWhole })}</p>
          <p className="utrecht-paragraph">{t("troubleColumns", { list: report.troubleColumns.slice(0, 5).map((c) => `${c.header} (${c.count})`).join(", ") })}</p>
          <ul className="vp-plain-list">
            {problems.slice(0, 20).map((p) => <li key={`${p.row}-${p.header}`}>{p.reason}</li>)}
            {problems.length > 20 && <li>{t("moreRows")}</li>}
          </ul>
        </>
      )}
      {redactions.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t("redactionsTitle")}</h3>
          <ul className="vp-plain-list">
            {redactions.slice(0, 20).map((r) => <li key={`${r.line}-${r.field}`}>{t("redactionRow", { row: r.line, field: fieldName(t, report, r.field), words: r.removed.join(", ") })}</li>)}
            {redactions.length + report.redactionsNotListed > 20 && <li>{t("moreTexts", { count: redactions.length + report.redactionsNotListed - 20 })}</li>}
          </ul>
        </>
      )}
    </>
  );
}
