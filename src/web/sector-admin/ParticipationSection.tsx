// Which collections take part (with their ε per release), letting one take part, and stopping one,
// which withdraws everything it released.
import { useState } from "react";
import type { Collection } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import type { LinkParticipation } from "../../contract/sectors.ts";
import "../stories/stories.css";
import { api } from "../toolkit/api.ts";
import { Confirm } from "../toolkit/Confirm.tsx";
import { Loaded, StatusMessage } from "../toolkit/feedback.tsx";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { SelectField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import type { Resource } from "../toolkit/useResource.ts";
import { useResource } from "../toolkit/useResource.ts";
import { EPSILONS, fractionText, parseFraction } from "./epsilon.ts";
import { sectorAdminMessages } from "./messages.ts";
import { useStatus } from "./useStatus.ts";

interface Props {
  linkId: string;
  participations: Resource<ListOf<LinkParticipation>>;
  /** Reloads what a change touches: the collections taking part, the releases and the budget. */
  onChanged: () => void;
}

export function ParticipationSection({ linkId, participations, onChanged }: Props) {
  const t = useT(sectorAdminMessages);
  const collections = useResource<ListOf<Collection>>("/collections");
  const message = useStatus();
  const changed: typeof message.say = (key, params) => {
    message.say(key, params);
    onChanged();
  };
  const stop = async (p: LinkParticipation) => {
    await api(`/collections/${p.collectionId}/sector-participation`, { method: "DELETE" });
    changed("stopped", { name: p.collectionName });
  };
  return (
    <section className="vp-card vp-card--stack" aria-labelledby="vertelpunten">
      <h2 className="utrecht-heading-2" id="vertelpunten">{t("collectionsHeading")}</h2>
      <p className="utrecht-paragraph">{t("collectionsIntro")}</p>
      <StatusMessage message={message.text} />
      <Loaded resource={participations}>
        {({ items }) => items.length === 0 ? <p className="utrecht-paragraph vp-muted">{t("collectionsEmpty")}</p> : (
          <ul className="vp-list vp-sector-wide" data-testid="participations">
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
        {({ items }) => <OptInForm linkId={linkId} collections={items} onDone={(name) => changed("optedIn", { name })} />}
      </Loaded>
    </section>
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
