// Releasing a month of a collection that takes part, and what was released: a withdrawn release
// still shows, as its ε stays spent.
import "@utrecht/table-css/dist/index.css";
import { useState } from "react";
import type { ListOf } from "../../contract/common.ts";
import type { LinkParticipation, ReleaseSummary, SectorRelease } from "../../contract/sectors.ts";
import { api } from "../toolkit/api.ts";
import { Loaded, StatusMessage } from "../toolkit/feedback.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import type { Resource } from "../toolkit/useResource.ts";
import { epsilonNumber, fractionText } from "./epsilon.ts";
import { sectorAdminMessages } from "./messages.ts";

const lastMonth = () => {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
};

interface Props {
  participations: Resource<ListOf<LinkParticipation>>;
  releases: Resource<ListOf<ReleaseSummary>>;
  onReleased: () => void;
}

export function ReleasesSection({ participations, releases, onReleased }: Props) {
  const t = useT(sectorAdminMessages);
  const { lang } = useLang();
  const [released, setReleased] = useState<{ month: string; result: SectorRelease }>();
  const left = released && Math.max(0, released.result.budget.budget - released.result.budget.spent);
  return (
    <section className="vp-card vp-card--stack" aria-labelledby="leveringen">
      <h2 className="utrecht-heading-2" id="leveringen">{t("releasesHeading")}</h2>
      <Loaded resource={releases}>{({ items }) => <ReleaseTable releases={items} />}</Loaded>
      <p className="utrecht-paragraph">{t("releasesWithdrawNote")}</p>
      <h3 className="utrecht-heading-3">{t("releaseHeading")}</h3>
      <p className="utrecht-paragraph">{t("releaseIntro")}</p>
      <StatusMessage message={released && t("releasedNow", { month: released.month, stories: released.result.stories, left: epsilonNumber(left!, lang) })} />
      <Loaded resource={participations}>
        {({ items }) => <ReleaseForm participations={items} onDone={(month, result) => {
          setReleased({ month, result });
          onReleased();
        }} />}
      </Loaded>
    </section>
  );
}

function ReleaseForm({ participations, onDone }: { participations: LinkParticipation[]; onDone: (month: string, result: SectorRelease) => void }) {
  const t = useT(sectorAdminMessages);
  const [collectionId, setCollectionId] = useState("");
  const [month, setMonth] = useState(lastMonth);
  if (participations.length === 0) return <p className="utrecht-paragraph vp-muted">{t("collectionsEmpty")}</p>;
  const release = async () => {
    const result = await api<SectorRelease>(`/collections/${collectionId}/sector-releases`, { method: "POST", json: { month } });
    onDone(month, result);
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

function ReleaseTable({ releases }: { releases: ReleaseSummary[] }) {
  const t = useT(sectorAdminMessages);
  const { lang } = useLang();
  if (releases.length === 0) return <p className="utrecht-paragraph vp-muted">{t("releasesEmpty")}</p>;
  return (
    <div className="vp-table-scroll vp-sector-wide" role="region" aria-labelledby="leveringen-caption" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table vp-table" data-testid="sector-releases">
        <caption className="utrecht-table__caption vp-visually-hidden" id="leveringen-caption">{t("releasesCaption")}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("month")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("collection")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("epsilonUsed")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("stories")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("releasedAt")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("state")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {releases.map((r) => (
            <tr className="utrecht-table__row" key={r.id}>
              <th className="utrecht-table__header-cell" scope="row">{r.month}</th>
              <td className="utrecht-table__cell">{r.collectionName ?? t("removedCollection")}</td>
              <td className="utrecht-table__cell">{fractionText(r.epsilon)}</td>
              <td className="utrecht-table__cell">{r.stories}</td>
              <td className="utrecht-table__cell">{formatDate(r.releasedAt, lang)}</td>
              <td className="utrecht-table__cell">{r.withdrawnAt ? t("withdrawn", { date: formatDate(r.withdrawnAt, lang) }) : t("current")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
