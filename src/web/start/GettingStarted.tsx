// The admin's first steps on the home page, ticked off from what is really there (GET
// /getting-started), with the demo vertelpunt to look around first. Gone once every step is done
// and no demo is left.
import "./start.css";
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { ProblemMessage, StatusMessage } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import type { Collection } from "../../contract/collections.ts";
import { useResource } from "../toolkit/useResource.ts";
import { RemoveDemoButton } from "./Demo.tsx";
import { startMessages } from "./messages.ts";
import type { GettingStarted as Progress } from "../../contract/organization.ts";

type StepId = Progress["steps"][number]["id"];

/** Where each step's action leads, given what exists. */
function actionOf(id: StepId, s: Progress): string {
  const collection = s.collectionId ? `/collections/${s.collectionId}` : "/collections/new";
  switch (id) {
    case "framework": return "/frameworks/new";
    case "collection": return s.frameworkId ? `/collections/new?frameworkId=${s.frameworkId}` : "/collections/new";
    case "share": return `${collection}#delen`;
    case "stories": return s.collectionId ? `/collections/${s.collectionId}/tell` : "/collections";
    case "patterns": return s.collectionId ? `/collections/${s.collectionId}/patterns` : "/collections";
  }
}

function Checklist({ state }: { state: Progress }) {
  const t = useT(startMessages);
  const done = state.steps.filter((s) => s.done).length;
  const next = state.steps.find((s) => !s.done)?.id;
  return (
    <>
      <p className="utrecht-paragraph">{done === state.steps.length ? t("allDone") : t("intro")}</p>
      <p className="vp-checklist__progress">
        <progress max={state.steps.length} value={done} aria-labelledby="aan-de-slag-voortgang" />
        <span id="aan-de-slag-voortgang">{t("progress", { done, total: state.steps.length })}</span>
      </p>
      <ol className="vp-checklist">
        {state.steps.map((step) => (
          <li key={step.id} className={`vp-checklist__step${step.done ? " vp-checklist__step--done" : ""}`} data-step={step.id}>
            <span className="vp-checklist__mark" aria-hidden="true">{step.done ? "✓" : ""}</span>
            <div>
              <p className="vp-checklist__title">
                {t(`${step.id}Title`)} <span className="vp-visually-hidden">({t(step.done ? "done" : "todo")})</span>
              </p>
              {!step.done && <p className="vp-checklist__hint">{t(`${step.id}Hint`, { n: state.patternsAt })}</p>}
              {step.id === next && (
                <Link to={actionOf(step.id, state)} className="utrecht-button utrecht-button--primary-action vp-button-link">{t(`${step.id}Action`)}</Link>
              )}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

function DemoPanel({ state, onChange }: { state: Progress; onChange: (message: string) => void }) {
  const t = useT(startMessages);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const make = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api<Collection>("/demo-collections", { method: "POST", json: {} });
      onChange(t("demoMade"));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const demo = state.demoCollectionId;
  return (
    <div className="vp-checklist__demo">
      <h3 className="utrecht-heading-3">{t("demoTitle")}</h3>
      <p className="utrecht-paragraph">{t("demoIntro")}</p>
      {demo ? (
        <p className="vp-demo-actions">
          <Link to={`/collections/${demo}`} className="utrecht-button utrecht-button--secondary-action vp-button-link">{t("demoOpen")}</Link>
          <Link to={`/collections/${demo}/patterns`} className="utrecht-button utrecht-button--secondary-action vp-button-link">{t("demoPatterns")}</Link>
          <RemoveDemoButton collectionId={demo} onRemoved={() => onChange(t("demoRemoved"))} />
        </p>
      ) : (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-disabled={busy || undefined} onClick={() => void (busy || make())}>
          {busy ? t("demoBusy") : t("demoCreate")}
        </button>
      )}
      {error !== undefined && <ProblemMessage error={error} />}
    </div>
  );
}

export function GettingStarted() {
  const t = useT(startMessages);
  const state = useResource<Progress>("/getting-started");
  const [message, setMessage] = useState<string>();
  if (state.error !== undefined) return <ProblemMessage error={state.error} onRetry={state.reload} />;
  const data = state.data;
  if (!data || (data.steps.every((s) => s.done) && !data.demoCollectionId && !message)) return null;
  return (
    <section className="vp-card vp-getting-started" aria-labelledby="aan-de-slag">
      <h2 className="utrecht-heading-2" id="aan-de-slag">{t("title")}</h2>
      <StatusMessage message={message} />
      <Checklist state={data} />
      <DemoPanel state={data} onChange={(m) => { setMessage(m); state.reload(); }} />
    </section>
  );
}
