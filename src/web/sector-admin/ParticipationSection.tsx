// Which collections take part (with their ε per release), letting one take part, stopping one (which
// withdraws all it released), releasing a month, and the list of releases with the ε each used.
import "@utrecht/table-css/dist/index.css";
import { useState } from "react";
import type { Collection } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import type { LinkParticipation, ReleaseSummary, SectorLink, SectorRelease } from "../../contract/sectors.ts";
import { api } from "../toolkit/api.ts";
import { Loaded, StatusMessage } from "../toolkit/feedback.tsx";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { Confirm } from "./Confirm.tsx";
import { EPSILONS, epsilonNumber, fractionText, parseFraction } from "./epsilon.ts";
import { sectorAdminMessages } from "./messages.ts";
import { ReleaseTable } from "./ReleaseTable.tsx";

const lastMonth = () => {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
};

export function ParticipationSection({ link, onChanged }: { link: SectorLink; onChanged: () => void }) {
  const t = useT(sectorAdminMessages);
  const participations = useResource<ListOf<LinkParticipation>>(`/sector-links/${link.id}/participations`);
  const releases = useResource<ListOf<ReleaseSummary>>(`/sector-links/${link.id}/releases`);
  const collections = useResource<ListOf<Collection>>("/collections");
  const [message, setMessage] = useState<string>();
  const changed = (text: string) => {
    setMessage(text);
    participations.reload();
    releases.reload();
    onChanged();
  };
  const stop = async (p: LinkParticipation) => {
    await api(`/collections/${p.collectionId}/sector-participation`, { method: "DELETE" });
    changed(t("stopped", { name: p.collectionName }));
  };
  return (
    <>
      <section className="vp-card vp-card--stack" aria-labelledby="vertelpunten">
        <h2 className="utrecht-heading-2" id="vertelpunten">{t("collectionsHeading")}</h2>
        <p className="utrecht-paragraph">{t("collectionsIntro")}</p>
        <StatusMessage message={message} />
        <Loaded resource={participations}>
          {({ items }) => items.length === 0 ? <p className="utrecht-paragraph vp-muted">{t("collectionsEmpty")}</p> : (
            <ul className="vp-list" data-testid="participations">
              {items.map((p) => (
                <li key={p.collectionId} className="vp-list__item vp-list__item--row">
                  <p className="utrecht-paragraph"><strong>{p.collectionName}</strong> · {t("perRelease", { epsilon: fractionText(p.epsilon) })}</p>
                  <Confirm label={t("stop")} accessibleLabel={t("stopLabel", { name: p.collectionName })} question={t("stopConfirm", { name: p.collectionName })}
                    yes={t("stopYes")} no={t("no")} onConfirm={() => stop(p)} />
                </li>
              ))}
            </ul>
          )}
        </Loaded>
        <h3 className="utrecht-heading-3">{t("optInHeading")}</h3>
        <Loaded resource={collections}>
          {({ items }) => <OptInForm linkId={link.id} collections={items} onDone={(name) => changed(t("optedIn", { name }))} />}
        </Loaded>
        <h3 className="utrecht-heading-3">{t("releaseHeading")}</h3>
        <p className="utrecht-paragraph">{t("releaseIntro")}</p>
        <Loaded resource={participations}>
          {({ items }) => <ReleaseForm participations={items} onDone={changed} />}
        </Loaded>
      </section>
      <section className="vp-card vp-card--stack" aria-labelledby="leveringen">
        <h2 className="utrecht-heading-2" id="leveringen">{t("releasesHeading")}</h2>
        <p className="utrecht-paragraph">{t("releasesWithdrawNote")}</p>
        <Loaded resource={releases}>{({ items }) => <ReleaseTable releases={items} />}</Loaded>
      </section>
    </>
  );
}

function OptInForm({ linkId, collections, onDone }: { linkId: string; collections: Collection[]; onDone: (name: string) => void }) {
  const t = useT(sectorAdminMessages);
  const [collectionId, setCollectionId] = useState("");
  const [epsilon, setEpsilon] = useState("1/2");
  const optIn = async () => {
    await api(`/collections/${collectionId}/sector-participation`, { method: "PUT", json: { linkId, epsilon: parseFraction(epsilon) } });
    onDone(collections.find((c) => c.id === collectionId)?.name ?? "");
    setCollectionId("");
  };
  return (
    <Form onSubmit={optIn} submitLabel={t("optIn")} label={t("optInHeading")}>
      <SelectField name="collectionId" label={t("collection")} value={collectionId} onChange={setCollectionId} required
        placeholder={t("collectionPlaceholder")} options={collections.map((c) => ({ value: c.id, label: c.name }))} />
      <ChoiceGroup name="epsilon" legend={t("epsilon")} description={t("epsilonHint")} value={epsilon} onChange={(v) => setEpsilon(v as string)}
        options={EPSILONS.map((e) => ({ value: e.value, label: t(e.label) }))} />
    </Form>
  );
}

function ReleaseForm({ participations, onDone }: { participations: LinkParticipation[]; onDone: (text: string) => void }) {
  const t = useT(sectorAdminMessages);
  const { lang } = useLang();
  const [collectionId, setCollectionId] = useState("");
  const [month, setMonth] = useState(lastMonth);
  if (participations.length === 0) return <p className="utrecht-paragraph vp-muted">{t("collectionsEmpty")}</p>;
  const release = async () => {
    const result = await api<SectorRelease>(`/collections/${collectionId}/sector-releases`, { method: "POST", json: { month } });
    onDone(t("releasedNow", { month, stories: result.stories, left: epsilonNumber(Math.max(0, result.budget.budget - result.budget.spent), lang) }));
  };
  return (
    <Form onSubmit={release} submitLabel={t("release")} label={t("releaseHeading")}>
      <SelectField name="collectionId" label={t("collection")} value={collectionId} onChange={setCollectionId} required
        placeholder={t("collectionPlaceholder")} options={participations.map((p) => ({ value: p.collectionId, label: p.collectionName }))} />
      <TextField name="month" type="month" label={t("month")} description={t("monthHint")} value={month} onChange={setMonth} required
        pattern="\d{4}-(0[1-9]|1[0-2])" />
    </Form>
  );
}
