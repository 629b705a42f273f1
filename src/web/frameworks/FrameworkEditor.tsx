// Edits a whole framework and saves it: POST for a new one, PUT for a new version of an existing one.
import "./editor.css";
import { useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { api } from "../toolkit/api.ts";
import { SelectField, TextAreaField, TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import type { Framework } from "../../contract/frameworks.ts";
import { AddSignifier } from "./AddSignifier.tsx";
import { type Draft, move, removeAt, replaceAt, toDefinition } from "./draft.ts";
import { FrameworkRedactionCheck, useFrameworkRedactionCheck } from "./FrameworkRedactionCheck.tsx";
import { frameworkMessages } from "./messages.ts";
import { PromptsEditor } from "./PromptsEditor.tsx";
import { SignifierCard } from "./SignifierCard.tsx";
import { TranslationsEditor } from "./TranslationsEditor.tsx";

interface FrameworkEditorProps {
  initial: Draft;
  /** The framework being revised; absent for a new one. */
  saved?: Framework;
  onSaved: (framework: Framework) => void;
  cancelTo: string;
  /** A translation file was loaded (a new version on the server). */
  onUploaded?: () => void;
}

export function FrameworkEditor({ initial, saved, onSaved, cancelTo, onUploaded }: FrameworkEditorProps) {
  const t = useT(frameworkMessages);
  const [draft, setDraft] = useState(initial);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setSignifiers = (update: (list: Signifier[]) => Signifier[]) => setDraft((d) => ({ ...d, signifiers: update(d.signifiers) }));

  const redaction = useFrameworkRedactionCheck();

  const save = async () => {
    const json = toDefinition(draft);
    if (!(await redaction.check(json))) return;
    const result = saved
      ? await api<Framework>(`/frameworks/${saved.id}`, { method: "PUT", json })
      : await api<Framework>("/frameworks", { method: "POST", json });
    onSaved(result);
  };

  return (
    <Form onSubmit={save} className="vp-form--wide vp-form--sticky"
      submitLabel={saved ? t("saveVersion", { version: saved.version + 1 }) : t("saveNew")}
      secondary={<Link to={cancelTo}>{t("cancel")}</Link>}>
      <section className="vp-section" aria-labelledby="algemeen">
        <h2 className="utrecht-heading-2" id="algemeen">{t("generalHeading")}</h2>
        <div className="vp-card vp-stack vp-narrow">
          <TextField name="name" label={t("name")} value={draft.name} onChange={(name) => set({ name })} required maxLength={200} autoComplete="off" />
          <SelectField name="language" label={t("language")} value={draft.language} onChange={(language) => set({ language })}
            options={[{ value: "nl", label: t("languageNl") }, { value: "en", label: t("languageEn") }]} />
          <TextAreaField name="description" label={t("description")} description={t("descriptionHint")} optional rows={3} maxLength={2000}
            value={draft.description} onChange={(description) => set({ description })} />
        </div>
      </section>
      <section className="vp-section" aria-labelledby="vertelvragen">
        <h2 className="utrecht-heading-2" id="vertelvragen">{t("promptsHeading")}</h2>
        <p className="utrecht-paragraph">{t("promptsIntro")}</p>
        <div className="vp-card">
          <PromptsEditor prompts={draft.prompts} onChange={(prompts) => set({ prompts })} />
        </div>
      </section>
      <section className="vp-section" aria-labelledby="betekenisvragen">
        <h2 className="utrecht-heading-2" id="betekenisvragen" tabIndex={-1}>{t("signifiersHeading")}</h2>
        <p className="utrecht-paragraph">{t("signifiersIntro")}</p>
        {draft.signifiers.length === 0 && <p className="utrecht-paragraph vp-muted">{t("signifiersEmpty")}</p>}
        <ol className="vp-signifiers">
          {draft.signifiers.map((s, index) => (
            <SignifierCard key={s.id} signifier={s} index={index} count={draft.signifiers.length}
              onChange={(next) => setSignifiers((list) => replaceAt(list, index, next))}
              onMove={(step) => setSignifiers((list) => move(list, index, step))}
              onRemove={() => setSignifiers((list) => removeAt(list, index))} />
          ))}
        </ol>
        {draft.signifiers.length < 60 && (
          <AddSignifier count={draft.signifiers.length} onAdd={(s) => setSignifiers((list) => [...list, s])} />
        )}
      </section>
      <TranslationsEditor draft={draft} onChange={set} saved={saved} onUploaded={() => onUploaded?.()} />
      <FrameworkRedactionCheck pieces={redaction.pieces} />
    </Form>
  );
}
