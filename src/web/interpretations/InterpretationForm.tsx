// A colleague's reading of a story: the framework's questions for interpreters (the same widgets the
// teller used), free tags, a note and, where the page shows the story text, marked passages with
// comments. In an intervisie session the reading carries the session's id. A colleague has one
// reading per story: the form opens with it filled in, saving changes it, and it can be withdrawn.
import { useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { interpreterSignifiers } from "../../core/interpretation.ts";
import { api, ApiError } from "../toolkit/api.ts";
import { StatusMessage } from "../toolkit/feedback.tsx";
import { TextAreaField, TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { SignifierInput } from "../signifiers/SignifierInput.tsx";
import { interpretationMessages } from "./messages.ts";
import type { Interpretation } from "../../contract/interpretations.ts";
import { findPassage } from "./passages.ts";
import { type MarkedPassage, markPassage, PassagePicker, type PassageSource } from "./PassagePicker.tsx";

export function InterpretationForm({ storyId, signifiers, sessionId, onSaved, passageSource, mine }: {
  storyId: string; signifiers: Signifier[]; sessionId?: string; onSaved: () => void;
  /** The colleague's own reading so far: the form starts from it. */
  mine?: Interpretation;
  /** Where the story text is on the page; without it there is nothing to mark passages in. */
  passageSource?: PassageSource;
}) {
  const t = useT(interpretationMessages);
  const questions = interpreterSignifiers({ signifiers });
  const [answers, setAnswers] = useState<Record<string, unknown>>(mine?.answers ?? {});
  const [tags, setTags] = useState(mine?.tags.join(", ") ?? "");
  const [note, setNote] = useState(mine?.note ?? "");
  const [passages, setPassages] = useState<MarkedPassage[]>(() =>
    (mine?.annotations ?? []).map(({ start, end, quote, comment }) => ({ ...markPassage({ start, end, quote }), comment: comment ?? "" })));
  const [typed, setTyped] = useState("");
  const [saved, setSaved] = useState<string>();

  /** The marked passages, and words typed but not yet marked: those count too rather than being lost. */
  const annotations = () => {
    if (!passageSource || !typed.trim()) return passages;
    const found = findPassage(passageSource.text, typed);
    if (!found) throw new ApiError(400, t("passageNotFound"), "", [{ name: "passageSearch", reason: t("passageNotFound") }]);
    return [...passages, markPassage(found)];
  };

  const submit = async () => {
    setSaved(undefined);
    const given = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined && v !== null));
    const marked = annotations().map(({ start, end, quote, comment }) => ({ start, end, quote, comment: comment.trim() || undefined }));
    await api(`/stories/${storyId}/interpretations`, {
      method: "POST",
      json: { answers: given, tags: tags.split(",").map((s) => s.trim()).filter(Boolean), note: note.trim() || undefined, annotations: marked, sessionId },
    });
    setTyped("");
    setSaved(t("saved"));
    onSaved();
  };

  const withdraw = async () => {
    if (!mine) return;
    await api(`/stories/${storyId}/interpretations/${mine.id}`, { method: "DELETE" });
    setAnswers({});
    setTags("");
    setNote("");
    setPassages([]);
    setSaved(t("withdrawn"));
    onSaved();
  };

  return (
    <>
      <StatusMessage message={saved} />
      <Form onSubmit={submit} submitLabel={mine ? t("saveChanges") : t("save")} label={mine ? t("changeTitle") : t("addTitle")}
        secondary={mine && <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void withdraw()}>{t("withdraw")}</button>}>
        <p className="utrecht-paragraph">{mine ? t("changeIntro") : t("addIntro")}</p>
        {questions.map((s) => (
          <SignifierInput key={s.id} signifier={s} value={answers[s.id]} idPrefix={`lezing-${storyId.slice(0, 8)}`}
            onChange={(value) => setAnswers((a) => ({ ...a, [s.id]: value }))} />
        ))}
        {passageSource && <PassagePicker source={passageSource} passages={passages} onChange={setPassages} typed={typed} onTyped={setTyped} />}
        <TextField name="tags" label={t("tags")} description={t("tagsHint")} value={tags} onChange={setTags} optional maxLength={600} />
        <TextAreaField name="note" label={t("note")} description={t("noteHint")} value={note} onChange={setNote} optional maxLength={5000} rows={3} />
      </Form>
    </>
  );
}
