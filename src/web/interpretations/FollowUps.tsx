// "Wat er met dit verhaal gebeurde": actions and responses on a story. Everyone who may see the story
// reads them (the teller too); colleagues and up record new ones.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { Loaded, StatusMessage } from "../toolkit/feedback.tsx";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { TextAreaField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import type { Resource } from "../toolkit/useResource.ts";
import { interpretationMessages } from "./messages.ts";
import type { FollowUp, FollowUpInput } from "../../contract/interpretations.ts";
import { RedactionCheck, useRedactionCheck } from "../privacy/RedactionCheck.tsx";

/** A follow-up as a list shows it; one recorded on a pattern says how many of its stories it is on. */
type Listed = Pick<FollowUp, "kind" | "text" | "createdAt"> & { storyCount?: number };

export function FollowUpList({ followUps, none }: { followUps: Listed[]; none?: string }) {
  const t = useT(interpretationMessages);
  const { lang } = useLang();
  if (followUps.length === 0) return <p className="utrecht-paragraph vp-muted">{none ?? t("followUpsNone")}</p>;
  return (
    <ul className="vp-follow-ups">
      {followUps.map((f, k) => (
        <li key={`${f.createdAt}-${k}`} className="vp-follow-ups__item">
          <strong>{t(f.kind)}</strong> <span className="vp-muted">({formatDate(f.createdAt, lang)}{f.storyCount === undefined ? "" : `, ${t(f.storyCount === 1 ? "onStory" : "onStories", { n: f.storyCount })}`})</span>
          <p className="utrecht-paragraph">{f.text}</p>
        </li>
      ))}
    </ul>
  );
}

export function FollowUps({ storyId, followUps, canRecord }: { storyId: string; followUps: Resource<{ items: FollowUp[] }>; canRecord: boolean }) {
  const t = useT(interpretationMessages);
  const save = async (input: FollowUpInput) => {
    await api(`/stories/${storyId}/follow-ups`, { method: "POST", json: input });
    followUps.reload();
    return t("followUpSaved");
  };
  return (
    <section className="vp-card" aria-labelledby="opvolging">
      <h2 className="utrecht-heading-2" id="opvolging">{t("followUpsTitle")}</h2>
      <Loaded resource={followUps}>{(data) => <FollowUpList followUps={data.items} />}</Loaded>
      {canRecord && <FollowUpForm onSave={save} checkLevel={3} />}
    </section>
  );
}

interface FollowUpFormProps {
  /** Records it; answers the confirmation to show. */
  onSave: (input: FollowUpInput) => Promise<string>;
  /** The redaction check's heading level: one below the section's heading. */
  checkLevel: 2 | 3 | 4;
}

/** An action or a response, shown first with what personal-data removal takes out of it. */
export function FollowUpForm({ onSave, checkLevel }: FollowUpFormProps) {
  const t = useT(interpretationMessages);
  const [kind, setKind] = useState<"action" | "response">("action");
  const [text, setText] = useState("");
  const [saved, setSaved] = useState<string>();
  const redaction = useRedactionCheck();
  const submit = async () => {
    setSaved(undefined);
    if (!(await redaction.check([{ name: "text", original: text }]))) return;
    redaction.done();
    const said = await onSave({ kind, text });
    setText("");
    setSaved(said);
  };
  return (
    <>
      <StatusMessage message={saved} />
      <Form onSubmit={submit} submitLabel={t("followUpSave")} label={t("addFollowUp")}>
        <ChoiceGroup name="kind" legend={t("followUpKind")} value={kind} onChange={(v) => setKind(v as "action" | "response")}
          options={[{ value: "action", label: t("action") }, { value: "response", label: t("response") }]} />
        <TextAreaField name="text" label={t("followUpText")} value={text} onChange={setText} required maxLength={2000} rows={2} />
        <RedactionCheck pieces={redaction.pieces} labelOf={() => t("followUpText")} level={checkLevel} />
      </Form>
    </>
  );
}
