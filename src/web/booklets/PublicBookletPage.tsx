// The public story wall at /verhalen/:slug: a published booklet's organization, title, introduction
// and stories, for anyone, without an account, in the printed booklet's design (the theme's font,
// colours and type scale). The text is redacted by the server.
import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import "./booklets.css";
import { useEffect } from "react";
import { ApiError } from "../toolkit/api.ts";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { PublicShell } from "../tell/PublicShell.tsx";
import { bookletMessages } from "./messages.ts";
import { useRoleName } from "./Quoting.tsx";
import type { PublicBooklet } from "../../contract/booklets.ts";

export default function PublicBookletPage({ slug }: { slug: string }) {
  const t = useT(bookletMessages);
  const roleName = useRoleName();
  const { lang } = useLang();
  const wall = useResource<PublicBooklet>(`/public-booklets/${encodeURIComponent(slug)}`);
  const gone = wall.error instanceof ApiError && (wall.error.status === 404 || wall.error.status === 400);
  const title = wall.data?.title ?? (gone ? t("wallNotFound") : t("listTitle"));
  useEffect(() => {
    document.title = `${title} – Vertelpunt`;
  }, [title]);
  return (
    <PublicShell>
      <div className="vp-wall-page" aria-busy={wall.loading || undefined}>
        <header className="vp-wall__cover">
          {wall.data?.organization && <p className="vp-wall__organization">{wall.data.organization}</p>}
          <h1 className="utrecht-heading-1">{title}</h1>
          {wall.data?.introduction && <p className="utrecht-paragraph vp-wall__intro">{wall.data.introduction}</p>}
        </header>
        {wall.loading && <p className="utrecht-paragraph">{t("loading")}</p>}
        {gone && <p className="utrecht-paragraph">{t("wallNotFoundText")}</p>}
        {wall.error !== undefined && !gone && <p className="utrecht-paragraph" role="alert">{t("loadFailed")}</p>}
        {wall.data && (
          <div className="vp-wall">
            {wall.data.stories.map((s) => (
              <article key={s.id} className="vp-wall__story" aria-labelledby={`verhaal-${s.id}`}>
                <h2 className="utrecht-heading-2" id={`verhaal-${s.id}`}>{s.title ?? t("untitled")}</h2>
                <p className="vp-wall__byline">{t("toldBy", { role: roleName(s.tellerRole), date: formatDate(s.toldAt, lang) })}</p>
                <p className="utrecht-paragraph vp-wall__text">{s.text}</p>
              </article>
            ))}
          </div>
        )}
      </div>
    </PublicShell>
  );
}
