// The patterns of one collection, live, with its listening rounds as a filter; for analysts also the
// way to how far colleagues agree in their readings.
import { useT } from "../toolkit/i18n.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import { agreementMessages } from "../agreement/messages.ts";
import { Page, PageFor } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import { useResource } from "../toolkit/useResource.ts";
import { Dashboard } from "./Dashboard.tsx";
import { patternMessages } from "./messages.ts";
import { DemoNotice } from "../start/Demo.tsx";
import type { ListeningRound } from "../../contract/collections.ts";

export default function DashboardPage({ id }: { id: string }) {
  const t = useT(patternMessages);
  const a = useT(agreementMessages);
  const { me } = useSession();
  const collection = useResource<Collection>(`/collections/${encodeURIComponent(id)}`);
  const rounds = useResource<ListOf<ListeningRound>>(`/collections/${encodeURIComponent(id)}/listening-rounds`);
  const back = { to: `/collections/${encodeURIComponent(id)}`, label: t("back") };
  return (
    <Dashboard scope={{ kind: "collection", id }} eventsPath={`/collections/${encodeURIComponent(id)}/events`} rounds={rounds.data?.items}>
      {(dashboard) => (
        <PageFor resource={collection} back={back}>
          {(c) => (
            <Page title={t("title", { name: c.name })} back={{ ...back, label: c.name }} intro={<p className="utrecht-paragraph">{t("intro")}</p>}
              actions={(
                <>
                  <Link to={`/collections/${encodeURIComponent(c.id)}/periods`} className="utrecht-button utrecht-button--secondary-action vp-button-link">{t("comparePeriods")}</Link>
                  {hasRole(me ?? null, "analyst") && (
                    <Link to={`/collections/${encodeURIComponent(c.id)}/agreement`} className="utrecht-button utrecht-button--secondary-action vp-button-link">{a("open")}</Link>
                  )}
                </>
              )}>
              {c.demo && <DemoNotice collectionId={c.id} />}
              {dashboard}
            </Page>
          )}
        </PageFor>
      )}
    </Dashboard>
  );
}
