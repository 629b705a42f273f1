// Gathering shared stories into one of the organization's booklets (analysts, who curate booklets):
// choose a booklet, then put stories from the list or the similar stories in it. The booklet keeps
// only the redacted text and month, and never shows these stories on its public story wall.
import { useState } from "react";
import type { Booklet, BookletSummary } from "../../contract/booklets.ts";
import type { ListOf } from "../../contract/common.ts";
import type { SharedStory } from "../../contract/sectors.ts";
import { SelectField } from "../toolkit/forms/Field.tsx";
import { api } from "../toolkit/api.ts";
import { Loaded, ProblemMessage, StatusMessage } from "../toolkit/feedback.tsx";
import { formatMonth } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { sectorMessages } from "./messages.ts";

export type SectorBooklet = ReturnType<typeof useSectorBooklet>;

export function useSectorBooklet(sectorId: string) {
  const t = useT(sectorMessages);
  const { me } = useSession();
  const allowed = hasRole(me ?? null, "analyst");
  const [bookletId, setBookletId] = useState("");
  const list = useResource<ListOf<BookletSummary>>(allowed ? "/booklets" : null);
  const booklet = useResource<Booklet>(bookletId ? `/booklets/${encodeURIComponent(bookletId)}` : null);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<unknown>();
  const change = async (run: () => Promise<unknown>, done: string) => {
    setError(undefined);
    try {
      await run();
      setStatus(done);
      booklet.reload();
    } catch (e) {
      setError(e);
    }
  };
  const path = `/booklets/${encodeURIComponent(bookletId)}/shared-stories`;
  const title = (story: Pick<SharedStory, "title">) => story.title ?? t("untitled");
  return {
    allowed, list, bookletId, setBookletId, booklet, status, error,
    contains: (storyId: string) => booklet.data?.sharedStories.some((s) => s.id === storyId) ?? false,
    add: (story: SharedStory) => change(() => api(path, { method: "POST", json: { sectorId, storyId: story.id } }), t("addedToBooklet", { title: title(story) })),
    remove: (story: Pick<SharedStory, "id" | "title">) =>
      change(() => api(`${path}/${encodeURIComponent(story.id)}`, { method: "DELETE" }), t("removedFromBooklet", { title: title(story) })),
  };
}

export function BookletChoice({ collector }: { collector: SectorBooklet }) {
  const t = useT(sectorMessages);
  if (!collector.allowed) return null;
  return (
    <section className="vp-card vp-stack" aria-labelledby="sector-boekje" data-testid="sector-booklet">
      <h3 className="utrecht-heading-3" id="sector-boekje">{t("bookletTitle")}</h3>
      <p className="utrecht-paragraph">{t("bookletIntro")}</p>
      <Loaded resource={collector.list}>
        {({ items }) => items.length === 0 ? <p className="utrecht-paragraph">{t("noBooklets")} <Link to="/booklets">{t("toBooklets")}</Link></p> : (
          <SelectField name="sectorBooklet" label={t("chooseBooklet")} value={collector.bookletId} onChange={collector.setBookletId} placeholder={t("noBookletChosen")}
            options={items.map((b) => ({ value: b.id, label: b.title }))} />
        )}
      </Loaded>
      <StatusMessage message={collector.status} />
      {collector.error !== undefined && <ProblemMessage error={collector.error} />}
      {collector.bookletId && <Loaded resource={collector.booklet}>{(b) => <BookletContents booklet={b} collector={collector} />}</Loaded>}
    </section>
  );
}

function BookletContents({ booklet, collector }: { booklet: Booklet; collector: SectorBooklet }) {
  const t = useT(sectorMessages);
  const { lang } = useLang();
  if (booklet.sharedStories.length === 0) return <p className="vp-muted">{t("bookletEmpty")}</p>;
  return (
    <>
      <p className="vp-muted">{t("bookletHas", { count: booklet.sharedStories.length })}</p>
      <ol className="vp-stack">
        {booklet.sharedStories.map((s) => (
          <li key={s.id} lang={s.language}>
            {s.title ?? t("untitled")} <span className="vp-muted">({formatMonth(s.month, lang)})</span>{" "}
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => collector.remove(s)}>
              {t("removeFromBooklet")}<span className="vp-visually-hidden">: {s.title ?? t("untitled")}</span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The button beside a shared story once a booklet is chosen. */
export function AddToBooklet({ collector, story }: { collector: SectorBooklet; story: SharedStory }) {
  const t = useT(sectorMessages);
  if (!collector.allowed || !collector.bookletId || !collector.booklet.data) return null;
  const title = story.title ?? t("untitled");
  if (collector.contains(story.id)) return <p className="vp-muted">{t("inBooklet", { booklet: collector.booklet.data.title })}</p>;
  return (
    <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => collector.add(story)}>
      {t("addToBooklet")}<span className="vp-visually-hidden">: {title}</span>
    </button>
  );
}
