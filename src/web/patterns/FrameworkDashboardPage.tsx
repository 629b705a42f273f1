// The patterns of every collection that uses a framework: what professionals told beside what
// residents and clients told, with the audience as a filter.
import { useT } from "../toolkit/i18n.tsx";
import { Page, PageFor } from "../toolkit/Page.tsx";
import type { Framework } from "../../contract/frameworks.ts";
import { useResource } from "../toolkit/useResource.ts";
import { Dashboard } from "./Dashboard.tsx";
import { patternMessages } from "./messages.ts";

export default function FrameworkDashboardPage({ id }: { id: string }) {
  const t = useT(patternMessages);
  const framework = useResource<Framework>(`/frameworks/${encodeURIComponent(id)}`);
  const back = { to: `/frameworks/${encodeURIComponent(id)}`, label: t("backToFramework") };
  return (
    <Dashboard scope={{ kind: "framework", id }} byAudience>
      {(dashboard) => (
        <PageFor resource={framework} back={back}>
          {(f) => (
            <Page title={t("frameworkTitle", { name: f.name })} back={{ ...back, label: f.name }} intro={<p className="utrecht-paragraph">{t("frameworkIntro")}</p>}>
              {dashboard}
            </Page>
          )}
        </PageFor>
      )}
    </Dashboard>
  );
}
