// Closing a session: conclusions and any number of agreed actions, each tied to one or more of the
// session's stories (the action then reaches those stories' tellers).
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { TextAreaField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { RedactionCheck, useRedactionCheck } from "../privacy/RedactionCheck.tsx";
import { storyHeading } from "../stories/labels.ts";
import { intervisionMessages } from "./messages.ts";
import type { Session } from "../../contract/intervision.ts";

interface DraftAction {
  text: string;
  storyIds: string[];
}

export function CloseSessionForm({ session, onClosed }: { session: Session; onClosed: () => void }) {
  const t = useT(intervisionMessages);
  const [conclusions, setConclusions] = useState("");
  const [actions, setActions] = useState<DraftAction[]>([{ text: "", storyIds: [] }]);
  const change = (index: number, patch: Partial<DraftAction>) => setActions((all) => all.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  const storyOptions = session.stories.map((s, i) => ({ value: s.id, label: `${t("storyLabel", { n: i + 1 })}: ${storyHeading(s, 6).text}` }));

  const redaction = useRedactionCheck();

  const submit = async () => {
    const agreed = actions.filter((a) => a.text.trim()).map((a) => ({ text: a.text, storyIds: a.storyIds }));
    const texts = [{ name: "conclusions", original: conclusions }, ...actions.map((a, i) => ({ name: `action${i + 1}`, original: a.text }))];
    if (!(await redaction.check(texts))) return;
    await api(`/intervision-sessions/${session.id}/closure`, { method: "POST", json: { conclusions, actions: agreed } });
    onClosed();
  };

  return (
    <Form onSubmit={submit} submitLabel={t("close")} label={t("closeTitle")}>
      <TextAreaField name="conclusions" label={t("conclusions")} description={t("conclusionsHint")} value={conclusions} onChange={setConclusions} required maxLength={10_000} rows={4} />
      {actions.map((action, index) => (
        <fieldset key={index} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vp-field">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t("actionN", { n: index + 1 })}</legend>
          <TextAreaField name={`actions.${index}.text`} label={t("actionText")} value={action.text} onChange={(text) => change(index, { text })} optional maxLength={2000} rows={2} />
          <ChoiceGroup name={`actions.${index}.storyIds`} legend={t("actionStories")} value={action.storyIds}
            onChange={(v) => change(index, { storyIds: v as string[] })} options={storyOptions} />
        </fieldset>
      ))}
      <RedactionCheck pieces={redaction.pieces} labelOf={(name) => (name === "conclusions" ? t("conclusions") : t("actionN", { n: Number(name.slice(6)) }))} />
      <p>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setActions((all) => [...all, { text: "", storyIds: [] }])}>
          {t("addAction")}
        </button>
      </p>
    </Form>
  );
}
