// The organization's story booklets, and a short form to start a new one.
import "@utrecht/paragraph-css/dist/index.css";
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link, useRouter } from "../toolkit/router.tsx";
import type { ListOf } from "../../contract/common.ts";
import { useResource } from "../toolkit/useResource.ts";
import { RedactionCheck, useRedactionCheck } from "../privacy/RedactionCheck.tsx";
import { bookletMessages } from "./messages.ts";
import type { Booklet, BookletSummary } from "../../contract/booklets.ts";

export default function BookletListPage() {
  const t = useT(bookletMessages);
  const { navigate } = useRouter();
  const booklets = useResource<ListOf<BookletSummary>>("/booklets");
  const [title, setTitle] = useState("");
  const redaction = useRedactionCheck();
  const create = async () => {
    if (!(await redaction.check([{ name: "title", original: title }]))) return;
    const created = await api<Booklet>("/booklets", { method: "POST", json: { title, storyIds: [] } });
    navigate(`/booklets/${created.id}`);
  };
  return (
    <Page title={t("listTitle")} intro={<p className="utrecht-paragraph">{t("listIntro")}</p>}>
      <Loaded resource={booklets}>
        {({ items }) => items.length === 0
          ? <p className="utrecht-paragraph">{t("none")}</p>
          : (
            <ul className="vp-plain-list">
              {items.map((b) => (
                <li key={b.id}>
                  <Link to={`/booklets/${b.id}`}>{b.title}</Link> · {t(b.published ? "published" : "notPublished")}
                </li>
              ))}
            </ul>
          )}
      </Loaded>
      <h2 className="utrecht-heading-2">{t("newBooklet")}</h2>
      <Form onSubmit={create} submitLabel={t("create")} label={t("newBooklet")}>
        <TextField name="title" label={t("title")} description={t("titleHint")} value={title} onChange={setTitle} required maxLength={200} autoComplete="off" />
        <RedactionCheck pieces={redaction.pieces} labelOf={() => t("title")} level={3} />
      </Form>
    </Page>
  );
}
