// One framework. Admins edit it (each save is a new version); others see the questions as tellers do.
import { useState } from "react";
import { StatusMessage } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page, PageFor } from "../toolkit/Page.tsx";
import { Link, useSearchParams } from "../toolkit/router.tsx";
import { patternMessages } from "../patterns/messages.ts";
import { hasRole, useSession } from "../toolkit/session.tsx";
import type { Framework } from "../../contract/frameworks.ts";
import { useResource } from "../toolkit/useResource.ts";
import { ExportPanel } from "../exports/ExportPanel.tsx";
import { fromDefinition } from "./draft.ts";
import { FrameworkEditor } from "./FrameworkEditor.tsx";
import { frameworkMessages } from "./messages.ts";
import { NextStep } from "../start/NextStep.tsx";
import { SignifierPreview } from "./SignifierPreview.tsx";

export default function FrameworkPage({ id }: { id: string }) {
  const t = useT(frameworkMessages);
  const pt = useT(patternMessages);
  const { me } = useSession();
  const framework = useResource<Framework>(`/frameworks/${encodeURIComponent(id)}`);
  // A new framework arrives here with ?opgeslagen=1 right after its first save.
  const justCreated = useSearchParams().get("opgeslagen") === "1";
  const [savedVersion, setSavedVersion] = useState<number | undefined>(justCreated ? 1 : undefined);
  const back = { to: "/frameworks", label: t("listTitle") };
  const isAdmin = hasRole(me ?? null, "admin");
  return (
    <PageFor resource={framework} back={back}>
      {(f) => (
        <Page title={f.name} back={back} intro={<p className="vp-meta"><span>{t("version", { version: f.version })}</span>{isAdmin && <span>{t("saveHint")}</span>}</p>}
          actions={<Link to={`/frameworks/${encodeURIComponent(f.id)}/patterns`} className="utrecht-button utrecht-button--secondary-action vp-button-link">{pt("openAcrossCollections")}</Link>}>
          <StatusMessage message={savedVersion ? t("saved", { version: savedVersion }) : undefined} />
          {justCreated && isAdmin && <NextStep frameworkId={f.id} />}
          {isAdmin ? (
            <FrameworkEditor key={f.version} initial={fromDefinition(f)} saved={f} cancelTo="/frameworks"
              onSaved={(next) => {
                setSavedVersion(next.version);
                framework.reload();
              }}
              onUploaded={() => framework.reload()} />
          ) : (
            <ReadOnly framework={f} />
          )}
          <ExportPanel path={`/frameworks/${encodeURIComponent(f.id)}/exports`} />
        </Page>
      )}
    </PageFor>
  );
}

function ReadOnly({ framework: f }: { framework: Framework }) {
  const t = useT(frameworkMessages);
  return (
    <>
      <p className="utrecht-paragraph">{t("readOnly")}</p>
      <section className="vp-section" aria-labelledby="vertelvragen">
        <h2 className="utrecht-heading-2" id="vertelvragen">{t("promptsHeading")}</h2>
        <ol className="vp-prompts">{f.prompts.map((p) => <li key={p.id}>{p.text}</li>)}</ol>
      </section>
      <section className="vp-section" aria-labelledby="betekenisvragen">
        <h2 className="utrecht-heading-2" id="betekenisvragen">{t("signifiersHeading")}</h2>
        <div className="vp-stack vp-narrow">{f.signifiers.map((s) => <SignifierPreview key={s.id} signifier={s} titled={false} />)}</div>
      </section>
    </>
  );
}
