// A colleague's reading of a story: the framework's questions for interpreters (the same widgets the
// teller used), free tags and a note. In an intervisie session the reading carries the session's id.
import { useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { interpreterSignifiers } from "../../core/interpretation.ts";
import { api } from "../app/api.ts";
import { StatusMessage } from "../app/feedback.tsx";
import { TextAreaField, TextField } from "../app/forms/Field.tsx";
import { Form } from "../app/forms/Form.tsx";
import { useT } from "../app/i18n.tsx";
import { SignifierInput } from "../signifiers/SignifierInput.tsx";
import { interpretationMessages } from "./messages.ts";

export function InterpretationForm({ storyId, signifiers, sessionId, onSaved }: {
  storyId: string; signifiers: Signifier[]; sessionId?: string; onSaved: () => void;
}) {
  const t = useT(interpretationMessages);
  const questions = interpreterSignifiers({ signifiers });
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const [tags, setTags] = useState("");
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<string>();

  const submit = async () => {
    setSaved(undefined);
    const given = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined && v !== null));
    await api(`/stories/${storyId}/interpretations`, {
      method: "POST",
      json: { answers: given, tags: tags.split(",").map((s) => s.trim()).filter(Boolean), note: note.trim() || undefined, sessionId },
    });
    setAnswers({});
    setTags("");
    setNote("");
    setSaved(t("saved"));
    onSaved();
  };

  return (
    <>
      <StatusMessage message={saved} />
      <Form onSubmit={submit} submitLabel={t("save")} label={t("addTitle")}>
        <p className="utrecht-paragraph">{t("addIntro")}</p>
        {questions.map((s) => (
          <SignifierInput key={s.id} signifier={s} value={answers[s.id]} idPrefix={`lezing-${storyId.slice(0, 8)}`}
            onChange={(value) => setAnswers((a) => ({ ...a, [s.id]: value }))} />
        ))}
        <TextField name="tags" label={t("tags")} description={t("tagsHint")} value={tags} onChange={setTags} optional maxLength={600} />
        <TextAreaField name="note" label={t("note")} description={t("noteHint")} value={note} onChange={setNote} optional maxLength={5000} rows={3} />
      </Form>
    </>
  );
}
