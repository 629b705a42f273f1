// The organization's settings (admins): the small-group threshold, and each collection's retention.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { Loaded, StatusMessage } from "../toolkit/feedback.tsx";
import { CheckboxField } from "../toolkit/forms/Choice.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import { useResource } from "../toolkit/useResource.ts";
import { settingsMessages } from "./messages.ts";
import { RetentionForm } from "./RetentionForm.tsx";
import type { OrganizationSettings } from "../../contract/organization.ts";

export default function SettingsPage() {
  const t = useT(settingsMessages);
  const settings = useResource<OrganizationSettings>("/organization-settings");
  const collections = useResource<ListOf<Collection>>("/collections");
  return (
    <Page title={t("title")} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
      <div className="vp-stack">
        <section className="vp-card vp-card--stack" aria-labelledby="kleine-groepen">
          <h2 className="utrecht-heading-2" id="kleine-groepen">{t("thresholdHeading")}</h2>
          <p className="utrecht-paragraph">{t("thresholdIntro")}</p>
          <Loaded resource={settings}>{(s) => <ThresholdForm initial={s.smallCellK} />}</Loaded>
        </section>
        <section className="vp-card vp-card--stack" aria-labelledby="naam-in-sector">
          <h2 className="utrecht-heading-2" id="naam-in-sector">{t("sectorNameHeading")}</h2>
          <p className="utrecht-paragraph">{t("sectorNameIntro")}</p>
          <Loaded resource={settings}>{(s) => <SectorNameForm initial={s.sectorShowName} />}</Loaded>
        </section>
        <section className="vp-card vp-card--stack" aria-labelledby="bewaartermijn">
          <h2 className="utrecht-heading-2" id="bewaartermijn">{t("retentionHeading")}</h2>
          <p className="utrecht-paragraph">{t("retentionIntro")}</p>
          <Loaded resource={collections}>
            {({ items }) => items.length === 0 ? <p className="utrecht-paragraph vp-muted">{t("retentionEmpty")}</p> : (
              <ul className="vp-list">
                {items.map((c) => <li key={c.id} className="vp-list__item"><RetentionForm collection={c} /></li>)}
              </ul>
            )}
          </Loaded>
        </section>
      </div>
    </Page>
  );
}

function ThresholdForm({ initial }: { initial: number }) {
  const t = useT(settingsMessages);
  const [k, setK] = useState(String(initial));
  const [saved, setSaved] = useState<string>();
  const submit = async () => {
    setSaved(undefined);
    const result = await api<OrganizationSettings>("/organization-settings", { method: "PATCH", json: { smallCellK: Number(k) } });
    setK(String(result.smallCellK));
    setSaved(result.smallCellK === 1 ? t("thresholdSavedAll") : t("thresholdSaved", { k: result.smallCellK }));
  };
  return (
    <>
      <Form onSubmit={submit} submitLabel={t("save")} label={t("thresholdHeading")} className="vp-form--inline">
        <TextField name="smallCellK" label={t("threshold")} description={t("thresholdHint")} type="number" inputMode="numeric" min={1} max={100} step={1}
          value={k} onChange={setK} required />
      </Form>
      <StatusMessage message={saved} />
    </>
  );
}

function SectorNameForm({ initial }: { initial: boolean }) {
  const t = useT(settingsMessages);
  const [show, setShow] = useState(initial);
  const [saved, setSaved] = useState<string>();
  const submit = async () => {
    setSaved(undefined);
    const result = await api<OrganizationSettings>("/organization-settings", { method: "PATCH", json: { sectorShowName: show } });
    setShow(result.sectorShowName);
    setSaved(t(result.sectorShowName ? "sectorNameShown" : "sectorNameHidden"));
  };
  return (
    <>
      <Form onSubmit={submit} submitLabel={t("save")} label={t("sectorNameHeading")}>
        <CheckboxField name="sectorShowName" label={t("sectorNameLabel")} checked={show} onChange={setShow} />
      </Form>
      <StatusMessage message={saved} />
    </>
  );
}
