// The public story wall at /verhalen/:slug: a published booklet's title, introduction and stories,
// for anyone, without an account. The text is redacted by the server.
import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import "./booklets.css";
import { useEffect } from "react";
import { ApiError } from "../app/api.ts";
import { formatDate } from "../app/format.ts";
import { useLang, useT } from "../app/i18n.tsx";
import { useResource } from "../app/useResource.ts";
import { PublicShell } from "../tell/PublicShell.tsx";
import { bookletMessages } from "./messages.ts";
import type { PublicBooklet } from "./types.ts";

export default function PublicBookletPage({ slug }: { slug: string }) {
  const t = useT(bookletMessages);
  const { lang } = useLang();
  const wall = useResource<PublicBooklet>(`/public-booklets/${encodeURIComponent(slug)}`);
  const gone = wall.error instanceof ApiError && (wall.error.status === 404 || wall.error.status === 400);
  const title = wall.data?.title ?? (gone ? t("wallNotFound") : t("listTitle"));
  useEffect(() => {
    document.title = `${title} – Vertelpunt`;
  }, [title]);
  return (
    <PublicShell>
      <div className="vp-tell" aria-busy={wall.loading || undefined}>
        <h1 className="utrecht-heading-1">{title}</h1>
        {wall.loading && <p className="utrecht-paragraph">{t("loading")}</p>}
        {gone && <p className="utrecht-paragraph">{t("wallNotFoundText")}</p>}
        {wall.error !== undefined && !gone && <p className="utrecht-paragraph" role="alert">{t("loadFailed")}</p>}
        {wall.data && (
          <>
            {wall.data.introduction && <p className="utrecht-paragraph vp-wall__text">{wall.data.introduction}</p>}
            <div className="vp-wall">
              {wall.data.stories.map((s) => (
                <article key={s.id} className="vp-wall__story" aria-labelledby={`verhaal-${s.id}`}>
                  <h2 className="utrecht-heading-2" id={`verhaal-${s.id}`}>{s.title ?? t("untitled")}</h2>
                  <p className="utrecht-paragraph vp-wall__text">{s.text}</p>
                  <p className="utrecht-paragraph"><small>{t("told", { date: formatDate(s.toldAt, lang) })}</small></p>
                </article>
              ))}
            </div>
          </>
        )}
      </div>
    </PublicShell>
  );
}
