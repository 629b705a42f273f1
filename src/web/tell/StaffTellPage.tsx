// Telling as a signed-in colleague at /collections/:id/tell, with interview mode: recording a
// client's story on their behalf, with consent asked aloud. Once opened, the page opens again
// without a connection (a home visit), and what is told waits in the outbox like the public form's.
import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import { useEffect, useState } from "react";
import type { CollectionDetail as Collection } from "../../contract/collections.ts";
import type { Framework } from "../../contract/frameworks.ts";
import { api, ApiError } from "../toolkit/api.ts";
import { useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import { FrameworkLang } from "../signifiers/frameworkLang.tsx";
import { messages } from "./messages.ts";
import { keepInterviewOffline } from "./offline.ts";
import { TellFlow } from "./TellFlow.tsx";

type Load = { state: "loading" } | { state: "ready"; collection: Collection; framework: Framework } | { state: "failed"; detail: string };

export default function StaffTellPage({ collectionId }: { collectionId: string }) {
  const t = useT(messages);
  const [load, setLoad] = useState<Load>({ state: "loading" });

  useEffect(() => {
    let current = true;
    (async () => {
      const collection = await api<Collection>(`/collections/${encodeURIComponent(collectionId)}`);
      const framework = await api<Framework>(`/frameworks/${encodeURIComponent(collection.frameworkId)}`);
      if (current) setLoad({ state: "ready", collection, framework });
    })().catch((error: unknown) => {
      // The server's words (e.g. "Niet gevonden"); without an answer, our own.
      if (current) setLoad({ state: "failed", detail: error instanceof ApiError ? error.detail || error.title : "" });
    });
    return () => {
      current = false;
    };
  }, [collectionId]);

  const kept = load.state === "ready" && load.collection.state === "open" ? load.collection : undefined;
  useEffect(() => {
    if (kept) keepInterviewOffline(["/sessions/current", `/collections/${kept.id}`, `/frameworks/${kept.frameworkId}`]);
  }, [kept]);

  const heading = load.state === "ready" ? t("staffTitle", { name: load.collection.name }) : undefined;
  useEffect(() => {
    if (heading) document.title = `${heading} — Vertelpunt`;
  }, [heading]);

  if (load.state !== "ready") {
    return (
      <div className="vp-tell" aria-busy={load.state === "loading" || undefined}>
        <p className="utrecht-paragraph">{load.state === "loading" ? t("loading") : load.detail || t("loadFailed")}</p>
      </div>
    );
  }
  const { collection, framework } = load;
  const back = <Link to={`/collections/${collection.id}`}>{t("backToCollection")}</Link>;
  if (collection.state !== "open") {
    return (
      <div className="vp-tell">
        <h1 className="utrecht-heading-1 vp-tell__heading">{heading}</h1>
        <p className="utrecht-paragraph">{t("notOpen")}</p>
        <p className="utrecht-paragraph">{back}</p>
      </div>
    );
  }
  return (
    <FrameworkLang lang={framework.language}>
      <TellFlow
        heading={heading!}
        prompts={framework.prompts}
        // Questions meant for interpreting colleagues are not asked while telling (as tellerSignifiers
        // in core/framework.ts, which is not imported here: it loads zod).
        signifiers={framework.signifiers.filter((s) => s.audience !== "interpreter")}
        postPath={`/collections/${encodeURIComponent(collection.id)}/stories`} channel="web" interviewAllowed sharesWithSector={collection.sharesWithSector}
        formToken={collection.formToken}
        afterThanks={back}
      />
    </FrameworkLang>
  );
}
