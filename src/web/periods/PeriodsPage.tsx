// "Perioden vergelijken" for one collection, reached from its patterns dashboard: choose two
// listening rounds, two periods or the date of a measure and see per question how the answers
// shifted; follow a question per week or month; and, for analysts, compare each client's first and
// latest answer.
import "../patterns/dashboard.css";
import "./periods.css";
import { useState } from "react";
import { Loaded } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page, PageFor } from "../toolkit/Page.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import type { Framework } from "../../contract/frameworks.ts";
import { useResource } from "../toolkit/useResource.ts";
import { charted } from "../patterns/rows.ts";
import type { ListeningRound } from "../../contract/collections.ts";
import { CohortSection } from "./CohortSection.tsx";
import { CompareForm } from "./CompareForm.tsx";
import { ComparisonResult } from "./ComparisonResult.tsx";
import { periodMessages } from "./messages.ts";
import { TrendSection } from "./TrendSection.tsx";

export default function PeriodsPage({ id }: { id: string }) {
  const t = useT(periodMessages);
  const collection = useResource<Collection>(`/collections/${encodeURIComponent(id)}`);
  const back = { to: `/collections/${encodeURIComponent(id)}/patterns`, label: t("back") };
  return (
    <PageFor resource={collection} back={back}>
      {(c) => (
        <Page title={t("title", { name: c.name })} back={back} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
          <Periods collection={c} />
        </Page>
      )}
    </PageFor>
  );
}

function Periods({ collection }: { collection: Collection }) {
  const framework = useResource<Framework>(`/frameworks/${encodeURIComponent(collection.frameworkId)}`);
  const rounds = useResource<ListOf<ListeningRound>>(`/collections/${encodeURIComponent(collection.id)}/listening-rounds`);
  const { me } = useSession();
  // The comparison's query string once someone chose what to compare.
  const [query, setQuery] = useState<string>();
  return (
    <Loaded resource={framework}>
      {(f) => (
        <Loaded resource={rounds}>
          {({ items }) => (
            <div className="vp-stack vp-dashboard">
              <CompareForm rounds={items} onCompare={setQuery} />
              <ComparisonResult collectionId={collection.id} signifiers={charted(f.signifiers)} rounds={items} query={query} />
              <TrendSection collectionId={collection.id} signifiers={charted(f.signifiers)} />
              {hasRole(me ?? null, "analyst") && <CohortSection collectionId={collection.id} signifiers={charted(f.signifiers)} />}
            </div>
          )}
        </Loaded>
      )}
    </Loaded>
  );
}
