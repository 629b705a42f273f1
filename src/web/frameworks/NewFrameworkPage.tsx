// A new framework: first choose a template or an empty start (?start=…), then edit it.
import "./editor.css";
import { Loaded } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link, useRouter, useSearchParams } from "../toolkit/router.tsx";
import type { ListOf } from "../../contract/common.ts";
import type { FrameworkTemplate } from "../../contract/frameworks.ts";
import { useResource } from "../toolkit/useResource.ts";
import { type Draft, fromDefinition, newPrompt } from "./draft.ts";
import { FrameworkEditor } from "./FrameworkEditor.tsx";
import { frameworkMessages } from "./messages.ts";

const BLANK = "leeg";

export default function NewFrameworkPage() {
  const t = useT(frameworkMessages);
  const { navigate } = useRouter();
  const start = useSearchParams().get("start");
  const templates = useResource<ListOf<FrameworkTemplate>>("/framework-templates");
  const back = { to: "/frameworks", label: t("listTitle") };
  const blank = (): Draft => ({ name: "", language: "nl", description: "", prompts: [newPrompt(t("blankPrompt"))], signifiers: [] });

  return (
    <Page title={t("newTitle")} back={back} intro={!start && <p className="utrecht-paragraph">{t("startIntro")}</p>}>
      <Loaded resource={templates}>
        {({ items }) => {
          if (start) {
            const template = items.find((item) => item.id === start);
            const initial = template ? fromDefinition(template.framework) : blank();
            return <FrameworkEditor key={start} initial={initial} cancelTo="/frameworks"
              onSaved={(saved) => navigate(`/frameworks/${saved.id}?opgeslagen=1`)} />;
          }
          return (
            <ul className="vp-choice-cards">
              {items.map((item) => (
                <li key={item.id} className="vp-card">
                  <h2 className="utrecht-heading-3">{item.framework.name}</h2>
                  {item.framework.description && <p className="utrecht-paragraph">{item.framework.description}</p>}
                  <p className="vp-meta"><span>{t("counts", { prompts: item.framework.prompts.length, signifiers: item.framework.signifiers.length })}</span></p>
                  <Link to={`/frameworks/new?start=${encodeURIComponent(item.id)}`} className="utrecht-button utrecht-button--primary-action vp-button-link">
                    {t("useTemplate")}<span className="vp-visually-hidden">: {item.framework.name}</span>
                  </Link>
                </li>
              ))}
              <li className="vp-card">
                <h2 className="utrecht-heading-3">{t("blankHeading")}</h2>
                <p className="utrecht-paragraph">{t("blankText")}</p>
                <Link to={`/frameworks/new?start=${BLANK}`} className="utrecht-button utrecht-button--secondary-action vp-button-link">{t("useBlank")}</Link>
              </li>
            </ul>
          );
        }}
      </Loaded>
    </Page>
  );
}
