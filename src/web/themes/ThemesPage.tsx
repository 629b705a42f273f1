// Themes for analysts: choose a collection and a number of themes; each theme shows its words and the
// stories closest to it. The explanation matches the algorithm register entry (docs/algorithm-register).
import "@utrecht/heading-3-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import { queryString, useResource } from "../toolkit/useResource.ts";
import { storyHeading } from "../stories/labels.ts";
import { themeMessages } from "./messages.ts";
import type { Themes } from "../../contract/themes.ts";

export default function ThemesPage() {
  const t = useT(themeMessages);
  const collections = useResource<ListOf<Collection>>("/collections");
  const [collectionId, setCollectionId] = useState("");
  const [k, setK] = useState("5");
  const [seed, setSeed] = useState("1");
  const [result, setResult] = useState<Themes>();
  const find = async () => {
    setResult(await api<Themes>(`/collections/${encodeURIComponent(collectionId)}/themes${queryString({ k, seed })}`));
  };
  return (
    <Page title={t("title")} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
      <Loaded resource={collections}>
        {({ items }) => (
          <Form onSubmit={find} submitLabel={t("find")} label={t("form")}>
            <SelectField name="collectionId" label={t("collection")} value={collectionId} onChange={setCollectionId} required
              placeholder={t("chooseCollection")} options={items.map((c) => ({ value: c.id, label: c.name }))} />
            <TextField name="k" label={t("k")} description={t("kHint")} type="number" min={2} max={12} required value={k} onChange={setK} inputMode="numeric" />
            <TextField name="seed" label={t("seed")} description={t("seedHint")} type="number" min={0} required value={seed} onChange={setSeed} inputMode="numeric" />
          </Form>
        )}
      </Loaded>
      {result && <ThemeList result={result} />}
      <details className="vp-card">
        <summary>{t("howItWorks")}</summary>
        <p className="utrecht-paragraph">{t("howItWorksText")}</p>
      </details>
    </Page>
  );
}

function ThemeList({ result }: { result: Themes }) {
  const t = useT(themeMessages);
  return (
    <section aria-live="polite" className="vp-stack">
      <p className="utrecht-paragraph">
        {result.sampled ? t("sampled", { matched: result.matched, analysed: result.analysed }) : t("counted", { analysed: result.analysed })}
        {result.unthemed > 0 && ` ${t("unthemed", { count: result.unthemed })}`}
      </p>
      {result.themes.length === 0 && <p className="utrecht-paragraph">{t("none")}</p>}
      {result.themes.map((theme, i) => (
        <section key={theme.terms.join(" ")} className="vp-card" aria-labelledby={`thema-${i + 1}`}>
          <h2 className="utrecht-heading-2" id={`thema-${i + 1}`}>{t("theme", { n: i + 1, words: theme.terms.slice(0, 4).join(", ") })}</h2>
          <p className="utrecht-paragraph vp-muted">{t("size", { count: theme.size })} · {theme.terms.slice(4).join(", ")}</p>
          <h3 className="utrecht-heading-3">{t("examples")}</h3>
          <ul className="vp-plain-list">
            {theme.examples.map((story) => {
              const heading = storyHeading({ title: story.title, text: story.excerpt });
              return <li key={story.id}><Link to={`/stories/${story.id}`}>{heading.truncated ? t("untitled", { words: heading.text }) : heading.text}</Link></li>;
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
