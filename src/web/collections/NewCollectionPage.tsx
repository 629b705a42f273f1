// Opens a new listening point (POST /collections) and goes to its page, where the link and QR code are.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { dayBoundary } from "../toolkit/format.ts";
import { CheckboxField, ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { FieldGroup } from "../toolkit/forms/FieldGroup.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link, useRouter, useSearchParams } from "../toolkit/router.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import type { Framework } from "../../contract/frameworks.ts";
import type { Team } from "../../contract/people.ts";
import { useResource } from "../toolkit/useResource.ts";
import { collectionMessages } from "./messages.ts";
import { RedactionCheck, useRedactionCheck } from "../privacy/RedactionCheck.tsx";

export default function NewCollectionPage() {
  const t = useT(collectionMessages);
  const frameworks = useResource<ListOf<Framework>>("/frameworks");
  return (
    <Page title={t("newTitle")} back={{ to: "/collections", label: t("listTitle") }}>
      <Loaded resource={frameworks}>
        {({ items }) => items.length === 0
          ? <p className="utrecht-paragraph"><Link to="/frameworks/new">{t("noFrameworks")}</Link></p>
          : <CollectionForm frameworks={items} />}
      </Loaded>
    </Page>
  );
}

function CollectionForm({ frameworks }: { frameworks: Framework[] }) {
  const t = useT(collectionMessages);
  const { navigate } = useRouter();
  const teams = useResource<ListOf<Team>>("/teams");
  const [name, setName] = useState("");
  // Arriving from a framework just saved (?frameworkId=…), that framework is chosen already.
  const given = useSearchParams().get("frameworkId");
  const [frameworkId, setFrameworkId] = useState(frameworks.find((f) => f.id === given)?.id ?? (frameworks.length === 1 ? frameworks[0]!.id : ""));
  const [audience, setAudience] = useState<Collection["audience"]>("professionals");
  const [anonymous, setAnonymous] = useState(false);
  const [opensAt, setOpensAt] = useState("");
  const [closesAt, setClosesAt] = useState("");
  const [teamId, setTeamId] = useState("");
  const redaction = useRedactionCheck();

  const submit = async () => {
    // Tellers see the name on the story form.
    if (!(await redaction.check([{ name: "name", original: name }]))) return;
    const created = await api<Collection>("/collections", {
      method: "POST",
      json: {
        name, frameworkId, audience, anonymous,
        opensAt: opensAt ? dayBoundary(opensAt, "start") : undefined,
        closesAt: closesAt ? dayBoundary(closesAt, "end") : undefined,
        teamId: teamId || undefined,
      },
    });
    navigate(`/collections/${created.id}`);
  };

  return (
    <Form onSubmit={submit} submitLabel={t("create")} secondary={<Link to="/collections">{t("cancel")}</Link>}>
      <TextField name="name" label={t("name")} description={t("nameHint")} value={name} onChange={setName} required maxLength={200} autoComplete="off" />
      <RedactionCheck pieces={redaction.pieces} labelOf={() => t("name")} />
      <SelectField name="frameworkId" label={t("framework")} description={t("frameworkHint")} value={frameworkId} onChange={setFrameworkId}
        required placeholder={t("frameworkPlaceholder")} options={frameworks.map((f) => ({ value: f.id, label: f.name }))} />
      <ChoiceGroup name="audience" legend={t("audience")} value={audience}
        onChange={(v) => {
          setAudience(v as Collection["audience"]);
          // Residents have no account, so a collection for them only works without one.
          if (v === "clients") setAnonymous(true);
        }}
        options={[
          { value: "professionals", label: t("audienceProfessionals"), hint: t("audienceProfessionalsHint") },
          { value: "clients", label: t("audienceClients"), hint: t("audienceClientsHint") },
        ]} />
      <CheckboxField name="anonymous" label={t("anonymous")} description={t("anonymousHint")} checked={anonymous} onChange={setAnonymous} />
      <FieldGroup legend={t("detailPeriod")} description={t("datesHint")} row>
        <TextField name="opensAt" label={t("opensAt")} type="date" value={opensAt} onChange={setOpensAt} />
        <TextField name="closesAt" label={t("closesAt")} type="date" value={closesAt} onChange={setClosesAt} min={opensAt || undefined} />
      </FieldGroup>
      {(teams.data?.items.length ?? 0) > 0 && (
        <SelectField name="teamId" label={t("team")} value={teamId} onChange={setTeamId} optional
          placeholder={t("noTeam")} options={teams.data!.items.map((team) => ({ value: team.id, label: team.name }))} />
      )}
    </Form>
  );
}
