// The organization's teams, with how many people are in each, and a form to add one (POST /teams).
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { StatusMessage } from "../toolkit/feedback.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import type { Member, Team } from "../../contract/people.ts";
import { RedactionCheck, useRedactionCheck } from "../privacy/RedactionCheck.tsx";
import { peopleMessages } from "./messages.ts";

interface TeamsSectionProps {
  teams: Team[];
  members: Member[];
  onAdded: () => void;
}

export function TeamsSection({ teams, members, onAdded }: TeamsSectionProps) {
  const t = useT(peopleMessages);
  const [name, setName] = useState("");
  const [added, setAdded] = useState<string>();
  const count = (team: Team) => members.filter((m) => m.teamIds.includes(team.id)).length;
  const redaction = useRedactionCheck();
  const submit = async () => {
    setAdded(undefined);
    // Colleagues read team names beside stories: the server removes personal data from them.
    if (!(await redaction.check([{ name: "name", original: name }]))) return;
    const team = await api<Team>("/teams", { method: "POST", json: { name } });
    setAdded(t("teamAdded", { name: team.name }));
    setName("");
    onAdded();
  };
  return (
    <>
      {teams.length === 0 ? (
        <p className="utrecht-paragraph vp-muted">{t("teamsEmpty")}</p>
      ) : (
        <ul className="vp-list">
          {teams.map((team) => (
            <li key={team.id} className="vp-list__item vp-list__item--row">
              <span className="vp-list__title">{team.name}</span>
              <span className="vp-muted">{count(team) === 1 ? t("teamMembersOne") : t("teamMembers", { count: count(team) })}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="vp-card">
        <StatusMessage message={added} />
        <Form onSubmit={submit} submitLabel={t("addTeamSubmit")} label={t("addTeamSubmit")} className="vp-form--inline">
          <TextField name="name" label={t("teamName")} value={name} onChange={setName} required maxLength={200} autoComplete="off" />
          <RedactionCheck pieces={redaction.pieces} labelOf={() => t("teamName")} level={3} />
        </Form>
      </div>
    </>
  );
}
