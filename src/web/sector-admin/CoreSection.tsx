// The sector's core questions: the published versions, and publishing the next one from one of the
// organization's frameworks. Every member's tellers read these texts, so they pass the framework's
// redaction check first; open questions stay with each organization (the server shares no free text).
import { useState } from "react";
import type { ListOf } from "../../contract/common.ts";
import type { Framework, FrameworkInput } from "../../contract/frameworks.ts";
import type { CoreFramework, CoreFrameworkSummary } from "../../contract/sectors.ts";
import type { CoreMapping } from "../../core/sector/core-framework.ts";
import { CoreMappingFields } from "./CoreMappingFields.tsx";
import { FrameworkRedactionCheck, useFrameworkRedactionCheck } from "../frameworks/FrameworkRedactionCheck.tsx";
import { api, ApiError } from "../toolkit/api.ts";
import { Loaded, StatusMessage } from "../toolkit/feedback.tsx";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { useStatus } from "./useStatus.ts";
import { sectorAdminMessages } from "./messages.ts";

export function CoreSection({ sectorId }: { sectorId: string }) {
  const t = useT(sectorAdminMessages);
  const { lang } = useLang();
  const versions = useResource<ListOf<CoreFrameworkSummary>>(`/sectors/${sectorId}/core-frameworks`);
  const frameworks = useResource<ListOf<Framework>>("/frameworks");
  const published = useStatus();
  return (
    <section className="vp-card vp-card--stack" aria-labelledby="kernvragen">
      <h2 className="utrecht-heading-2" id="kernvragen">{t("coreHeading")}</h2>
      <p className="utrecht-paragraph">{t("coreIntro")}</p>
      <StatusMessage message={published.text} />
      <Loaded resource={versions}>
        {({ items }) => items.length === 0 ? <p className="utrecht-paragraph vp-muted">{t("coreEmpty")}</p> : (
          <ul className="utrecht-unordered-list" data-testid="core-versions">
            {items.map((v) => (
              <li key={v.version}>
                <strong>{t("coreVersion", { version: v.version, name: v.name })}</strong>
                {" · "}{t("coreVersionFacts", { questions: v.questions, date: formatDate(v.publishedAt, lang) })}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      <h3 className="utrecht-heading-3">{t("publishHeading")}</h3>
      <p className="utrecht-paragraph">{t("publishIntro")}</p>
      <Loaded resource={frameworks}>
        {({ items }) => <PublishCoreForm sectorId={sectorId} frameworks={items} newest={versions.data?.items[0]?.version} onPublished={(version) => {
          published.say("published", { version });
          versions.reload();
        }} />}
      </Loaded>
    </section>
  );
}

const sharable = (framework: Framework) => framework.signifiers.filter((s) => s.type !== "text");

/** The framework's content as a definition, with only the chosen questions. */
function coreDefinition(framework: Framework, name: string, questionIds: string[]): FrameworkInput {
  const { name: _name, id: _id, version: _version, createdAt: _created, updatedAt: _updated, signifiers, ...content } = framework;
  return { ...content, name, signifiers: signifiers.filter((s) => questionIds.includes(s.id)) };
}

interface PublishProps {
  sectorId: string;
  frameworks: Framework[];
  /** The newest published version, whose questions a renamed one may belong to. */
  newest?: number;
  onPublished: (version: number) => void;
}

function PublishCoreForm({ sectorId, frameworks, newest, onPublished }: PublishProps) {
  const t = useT(sectorAdminMessages);
  const [frameworkId, setFrameworkId] = useState("");
  const [name, setName] = useState("");
  const [questionIds, setQuestionIds] = useState<string[]>([]);
  const [mapping, setMapping] = useState<CoreMapping>({ questions: {} });
  const previous = useResource<CoreFramework>(newest ? `/sectors/${sectorId}/core-frameworks/${newest}` : null);
  const redaction = useFrameworkRedactionCheck();
  const framework = frameworks.find((f) => f.id === frameworkId);
  const choose = (id: string) => {
    const chosen = frameworks.find((f) => f.id === id);
    setFrameworkId(id);
    setName(chosen?.name ?? "");
    setQuestionIds(chosen ? sharable(chosen).map((s) => s.id) : []);
    setMapping({ questions: {} });
    redaction.done();
  };
  const publish = async () => {
    if (!framework) return;
    // Checkboxes have no "required" of their own: shown beside the group as the server's field problems are.
    if (questionIds.length === 0) throw new ApiError(400, "", "", [{ name: "questions", reason: t("chooseAQuestion") }]);
    const definition = coreDefinition(framework, name, questionIds);
    if (!(await redaction.check(definition))) return;
    // Only what belongs to questions that go in this version.
    const questions = Object.fromEntries(Object.entries(mapping.questions).filter(([id]) => questionIds.includes(id)));
    const core = await api<CoreFramework>(`/sectors/${sectorId}/core-frameworks`, { method: "POST", json: { definition, mapping: { questions } } });
    redaction.done();
    choose("");
    onPublished(core.version);
  };
  return (
    <Form onSubmit={publish} submitLabel={t("publish")} label={t("publishHeading")}>
      <SelectField name="frameworkId" label={t("framework")} value={frameworkId} onChange={choose} required
        placeholder={t("frameworkPlaceholder")} options={frameworks.map((f) => ({ value: f.id, label: f.name }))} />
      {framework && (
        <>
          <TextField name="name" label={t("coreName")} value={name} onChange={setName} required maxLength={200} autoComplete="off" />
          {sharable(framework).length === 0 ? <p className="utrecht-paragraph vp-muted">{t("noCoreQuestions")}</p> : (
            <ChoiceGroup name="questions" legend={t("coreQuestions")} value={questionIds} onChange={(v) => setQuestionIds(v as string[])}
              options={sharable(framework).map((s) => ({ value: s.id, label: s.question }))} />
          )}
          {previous.data && (
            <CoreMappingFields previous={previous.data} mapping={mapping} onChange={setMapping}
              chosen={sharable(framework).filter((s) => questionIds.includes(s.id))} />
          )}
        </>
      )}
      <FrameworkRedactionCheck pieces={redaction.pieces} />
    </Form>
  );
}
