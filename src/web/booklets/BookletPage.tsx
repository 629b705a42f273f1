// Curating one booklet: title, introduction, the chosen stories in order (move up, down, remove),
// stories to add (only those whose teller allowed quoting), publishing, the PDF and the story wall,
// and the stories gathered from a sector.
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import "./booklets.css";
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { Loaded, StatusMessage } from "../toolkit/feedback.tsx";
import { CheckboxField } from "../toolkit/forms/Choice.tsx";
import { TextAreaField, TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page, PageFor } from "../toolkit/Page.tsx";
import { useRouter } from "../toolkit/router.tsx";
import type { Story, StoryPage } from "../../contract/stories.ts";
import { excerpt, storyHeading } from "../stories/labels.ts";
import { queryString, useResource } from "../toolkit/useResource.ts";
import { bookletMessages } from "./messages.ts";
import { QuotingSummary } from "./Quoting.tsx";
import { SharedStoriesInBooklet } from "./SharedStoriesInBooklet.tsx";
import type { Booklet } from "../../contract/booklets.ts";
import { RedactionCheck, useRedactionCheck } from "../privacy/RedactionCheck.tsx";

/** What the page needs of a story, whether it comes from the booklet or the story list. */
type Chosen = Pick<Story, "id" | "title" | "text">;

export default function BookletPage({ id }: { id: string }) {
  const t = useT(bookletMessages);
  const booklet = useResource<Booklet>(`/booklets/${encodeURIComponent(id)}`);
  const back = { to: "/booklets", label: t("listTitle") };
  return (
    <PageFor resource={booklet} back={back}>
      {(b) => (
        <Page title={b.title} back={back} actions={
          <>
            <a href={`/api/v1/booklets/${b.id}/pdf`} download={`verhalen-${b.slug}.pdf`} className="utrecht-button utrecht-button--secondary-action vp-button-link">{t("pdf")}</a>
            {b.published && <a href={new URL(b.publicUrl).pathname} className="utrecht-button utrecht-button--secondary-action vp-button-link">{t("wall")}</a>}
          </>
        }>
          <QuotingSummary quoting={b.quoting} />
          <BookletForm booklet={b} onSaved={booklet.reload} />
        </Page>
      )}
    </PageFor>
  );
}

function BookletForm({ booklet, onSaved }: { booklet: Booklet; onSaved: () => void }) {
  const t = useT(bookletMessages);
  const { navigate } = useRouter();
  const [title, setTitle] = useState(booklet.title);
  const [introduction, setIntroduction] = useState(booklet.introduction);
  const [published, setPublished] = useState(booklet.published);
  const [chosen, setChosen] = useState<Chosen[]>(booklet.stories);
  const [saved, setSaved] = useState<string>();
  const redaction = useRedactionCheck();

  const save = async () => {
    setSaved(undefined);
    if (!(await redaction.check([{ name: "title", original: title }, { name: "introduction", original: introduction }]))) return;
    redaction.done();
    await api<Booklet>(`/booklets/${booklet.id}`, { method: "PUT", json: { title, introduction, published, storyIds: chosen.map((s) => s.id) } });
    setSaved(t("saved"));
    onSaved();
  };
  const remove = async () => {
    if (!window.confirm(t("deleteConfirm"))) return;
    await api(`/booklets/${booklet.id}`, { method: "DELETE" });
    navigate("/booklets");
  };
  const move = (index: number, by: number) => setChosen((list) => {
    const next = [...list];
    const [story] = next.splice(index, 1);
    next.splice(index + by, 0, story!);
    return next;
  });

  return (
    <>
      <Form onSubmit={save} submitLabel={t("save")} label={t("save")}
        secondary={<button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void remove()}>{t("deleteBooklet")}</button>}>
        <TextField name="title" label={t("title")} value={title} onChange={setTitle} required maxLength={200} autoComplete="off" />
        <TextAreaField name="introduction" label={t("introduction")} description={t("introductionHint")} value={introduction} onChange={setIntroduction} optional rows={5} maxLength={5000} />
        <CheckboxField name="published" label={t("publish")} description={t("publishHint")} checked={published} onChange={setPublished} />
        <RedactionCheck pieces={redaction.pieces} labelOf={(name) => t(name === "title" ? "title" : "introduction")} />
        <h2 className="utrecht-heading-2">{t("chosen")}</h2>
        {chosen.length === 0 ? <p className="utrecht-paragraph">{t("chosenNone")}</p> : (
          <ol className="vp-booklet__chosen">
            {chosen.map((s, i) => {
              const name = storyName(s);
              return (
                <li key={s.id} className="vp-booklet__story">
                  <span className="vp-booklet__title">{name}</span>
                  <span className="vp-booklet__tools">
                    <button type="button" className="utrecht-button utrecht-button--subtle" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("up", { title: name })}>↑</button>
                    <button type="button" className="utrecht-button utrecht-button--subtle" disabled={i === chosen.length - 1} onClick={() => move(i, 1)} aria-label={t("down", { title: name })}>↓</button>
                    <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setChosen(chosen.filter((c) => c.id !== s.id))} aria-label={t("remove", { title: name })}>✕</button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </Form>
      <StatusMessage message={saved} />
      <SharedStoriesInBooklet booklet={booklet} onChanged={onSaved} />
      <Quotable exclude={new Set(chosen.map((s) => s.id))} onAdd={(s) => setChosen([...chosen, s])} />
    </>
  );
}

/** The organization's newest stories whose teller allowed quoting, to add to the booklet. */
function Quotable({ exclude, onAdd }: { exclude: Set<string>; onAdd: (story: Chosen) => void }) {
  const t = useT(bookletMessages);
  const [q, setQ] = useState("");
  const stories = useResource<StoryPage>(`/stories${queryString({ q: q.trim() || undefined, limit: "200" })}`);
  return (
    <section aria-labelledby="te-kiezen">
      <h2 className="utrecht-heading-2" id="te-kiezen">{t("available")}</h2>
      <div className="utrecht-form-field vp-field">
        <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="booklet-search">{t("search")}</label></div>
        <div className="utrecht-form-field__description utrecht-form-field-description" id="booklet-search-hint">{t("searchHint")}</div>
        <div className="utrecht-form-field__input">
          <input id="booklet-search" type="search" className="utrecht-textbox utrecht-textbox--html-input" aria-describedby="booklet-search-hint"
            value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
      </div>
      <Loaded resource={stories}>
        {({ items }) => {
          const quotable = items.filter((s) => s.consent.quoting && !exclude.has(s.id));
          if (quotable.length === 0) return <p className="utrecht-paragraph">{t("availableNone")}</p>;
          return (
            <ul className="vp-booklet__available">
              {quotable.map((s) => {
                const name = storyName(s);
                return (
                  <li key={s.id} className="vp-booklet__story">
                    <span>
                      <span className="vp-booklet__title">{name}</span>
                      <span className="vp-booklet__excerpt">{excerpt(s.text)}</span>
                    </span>
                    <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => onAdd(s)} aria-label={t("addStory", { title: name })}>{t("add")}</button>
                  </li>
                );
              })}
            </ul>
          );
        }}
      </Loaded>
    </section>
  );
}

/** A story's title, or else its first words: buttons such as "… toevoegen" then tell stories apart. */
function storyName(story: Pick<Story, "title" | "text">) {
  const heading = storyHeading(story, 8);
  return heading.truncated ? `${heading.text}…` : heading.text;
}
