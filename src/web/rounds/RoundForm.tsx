// Creates a listening round or changes one: its name and its first and last day.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import type { ListeningRound } from "../../contract/collections.ts";
import { dayOf } from "../toolkit/format.ts";
import { lastDayOf, periodOf } from "./dates.ts";
import { RedactionCheck, useRedactionCheck } from "../privacy/RedactionCheck.tsx";
import { roundMessages } from "./messages.ts";

interface RoundFormProps {
  collectionId: string;
  /** The round to change; a new round when left out. */
  round?: ListeningRound;
  onSaved: (round: ListeningRound) => void;
  onCancel?: () => void;
}

export function RoundForm({ collectionId, round, onSaved, onCancel }: RoundFormProps) {
  const t = useT(roundMessages);
  const [name, setName] = useState(round?.name ?? "");
  const [firstDay, setFirstDay] = useState(round ? dayOf(new Date(round.startsAt)) : "");
  const [lastDay, setLastDay] = useState(round ? dayOf(lastDayOf(round.endsAt)) : "");
  const [reminderDays, setReminderDays] = useState(round?.reminderAfterDays ? String(round.reminderAfterDays) : "");
  const base = `/collections/${encodeURIComponent(collectionId)}/listening-rounds`;
  const redaction = useRedactionCheck();
  const submit = async () => {
    // Tellers read the round's name on its story form and poster.
    if (!(await redaction.check([{ name: "name", original: name }]))) return;
    const json = { name, ...periodOf(firstDay, lastDay), reminderAfterDays: reminderDays ? Number(reminderDays) : null };
    const saved = round
      ? await api<ListeningRound>(`${base}/${round.id}`, { method: "PATCH", json })
      : await api<ListeningRound>(base, { method: "POST", json });
    if (!round) {
      setName("");
      setFirstDay("");
      setLastDay("");
      setReminderDays("");
    }
    onSaved(saved);
  };
  return (
    <Form onSubmit={submit} submitLabel={t(round ? "save" : "create")} label={round ? t("change", { name: round.name }) : t("newHeading")}
      secondary={onCancel && <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onCancel}>{t("cancel")}</button>}>
      <TextField name="name" label={t("name")} description={t("nameHint")} value={name} onChange={setName} required maxLength={200} autoComplete="off" />
      <RedactionCheck pieces={redaction.pieces} labelOf={() => t("name")} level={4} />
      <div className="vp-field-row">
        <TextField name="startsAt" label={t("startsAt")} type="date" value={firstDay} onChange={setFirstDay} required />
        <TextField name="endsAt" label={t("endsAt")} type="date" value={lastDay} onChange={setLastDay} required />
      </div>
      <TextField name="reminderAfterDays" label={t("reminderDays")} description={t("reminderDaysHint")} type="number" min={1} max={90} inputMode="numeric"
        value={reminderDays} onChange={setReminderDays} className="vp-input--short" />
    </Form>
  );
}
