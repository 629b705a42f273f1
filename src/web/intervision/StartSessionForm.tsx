// Starting a session: pick a collection, find stories with search words (or take the newest), tick
// the ones to discuss, and start. The facilitator lands on the session page with its join link.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { useRouter } from "../toolkit/router.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import type { StoryPage } from "../../contract/stories.ts";
import { queryString, useResource } from "../toolkit/useResource.ts";
import { storyHeading } from "../stories/labels.ts";
import { intervisionMessages } from "./messages.ts";
import type { Session } from "../../contract/intervision.ts";
import { RedactionCheck, useRedactionCheck } from "../privacy/RedactionCheck.tsx";

export function StartSessionForm() {
  const t = useT(intervisionMessages);
  const { navigate } = useRouter();
  const collections = useResource<ListOf<Collection>>("/collections");
  const [collectionId, setCollectionId] = useState("");
  const [title, setTitle] = useState("");
  const [q, setQ] = useState("");
  const [candidates, setCandidates] = useState<StoryPage["items"]>();
  const [chosen, setChosen] = useState<string[]>([]);

  const find = async () => {
    const page = await api<StoryPage>(`/stories${queryString({ collectionId, q: q.trim() || undefined, limit: "30" })}`);
    setCandidates(page.items);
    setChosen(page.items.slice(0, 10).map((s) => s.id));
  };
  const redaction = useRedactionCheck();
  const start = async () => {
    // Participants see the title on their phones.
    if (!(await redaction.check([{ name: "title", original: title }]))) return;
    const session = await api<Session>("/intervision-sessions", { method: "POST", json: { collectionId, title, storyIds: chosen } });
    navigate(`/intervisie/${session.id}`);
  };

  return (
    <>
      <Form onSubmit={find} submitLabel={t("findStories")} label={t("startTitle")}>
        <TextField name="title" label={t("title")} description={t("titleHint")} value={title} onChange={setTitle} required maxLength={200} />
        <SelectField name="collectionId" label={t("collection")} value={collectionId} onChange={(v) => { setCollectionId(v); setCandidates(undefined); }}
          required placeholder={t("chooseCollection")} options={(collections.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        <TextField name="q" label={t("q")} description={t("qHint")} value={q} onChange={setQ} optional maxLength={200} />
      </Form>
      {candidates && candidates.length === 0 && <p className="utrecht-paragraph" role="status">{t("noCandidates")}</p>}
      {candidates && candidates.length > 0 && (
        <Form onSubmit={start} submitLabel={t("start")} label={t("pickStories")}>
          <ChoiceGroup name="storyIds" legend={t("pickStories")} value={chosen} onChange={(v) => setChosen(v as string[])}
            options={candidates.map((s) => ({ value: s.id, label: storyHeading(s).text }))} />
          <RedactionCheck pieces={redaction.pieces} labelOf={() => t("title")} />
        </Form>
      )}
    </>
  );
}
