// The dashboard's filters: period, team, how stories were told, the answer to any choice question,
// the tags colleagues gave when interpreting and, across a framework, who told (the audience). They
// apply on submit, so the charts do not reload at every keystroke. Compact and folded away on a phone
// (open on a wide screen), with the number of filters in use on the fold.
import "../stories/stories.css";
import { useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { FieldGroup } from "../toolkit/forms/FieldGroup.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { Team } from "../../contract/people.ts";
import type { Channel } from "../../contract/stories.ts";
import { audienceLabels } from "../collections/labels.ts";
import { collectionMessages } from "../collections/messages.ts";
import { channelLabels } from "../stories/labels.ts";
import { storyMessages } from "../stories/messages.ts";
import { activeFilters, type DashboardFilter, noFilter } from "./filters.ts";
import type { ListeningRound } from "../../contract/collections.ts";
import { patternMessages } from "./messages.ts";

interface DashboardFiltersProps {
  initial: DashboardFilter;
  signifiers: Signifier[];
  teams: Team[];
  rounds: ListeningRound[];
  byAudience: boolean;
  onApply: (filter: DashboardFilter) => void;
}

export function DashboardFilters({ initial, signifiers, teams, rounds, byAudience, onApply }: DashboardFiltersProps) {
  const t = useT(patternMessages);
  const ct = useT(collectionMessages);
  const audiences = Object.keys(audienceLabels) as Collection["audience"][];
  const st = useT(storyMessages);
  const [filter, setFilter] = useState(initial);
  const set = (patch: Partial<DashboardFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const choices = signifiers.filter((s): s is Extract<Signifier, { type: "choice" }> => s.type === "choice");
  const channels = Object.keys(channelLabels) as Channel[];
  const clear = () => {
    setFilter(noFilter);
    onApply(noFilter);
  };
  const [open, setOpen] = useState(() => typeof window !== "undefined" && window.matchMedia?.("(min-width: 64rem)").matches === true);
  const active = activeFilters(initial);
  return (
    <details className="vp-card vp-filters vp-filters--fold" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="vp-filters__summary">{active > 0 ? t("filtersActive", { n: active }) : t("filters")}</summary>
      <Form label={t("filters")} submitLabel={t("apply")} className="vp-form--wide vp-filters__form" onSubmit={async () => onApply(filter)}
        secondary={<button type="button" className="utrecht-button utrecht-button--subtle" onClick={clear}>{t("clear")}</button>}>
        <div className="vp-filters__grid">
          <FieldGroup legend={t("period")} row>
            <TextField name="from" label={t("from")} type="date" value={filter.from} onChange={(from) => set({ from })} />
            <TextField name="to" label={t("to")} type="date" value={filter.to} onChange={(to) => set({ to })} min={filter.from || undefined} />
          </FieldGroup>
          {rounds.length > 0 && (
            <SelectField name="roundId" label={t("round")} value={filter.roundId} onChange={(roundId) => set({ roundId })}
              placeholder={t("allRounds")} options={rounds.map((r) => ({ value: r.id, label: r.name }))} />
          )}
          {teams.length > 0 && (
            <SelectField name="teamId" label={t("team")} value={filter.teamId} onChange={(teamId) => set({ teamId })}
              placeholder={t("allTeams")} options={teams.map((team) => ({ value: team.id, label: team.name }))} />
          )}
          {byAudience && (
            <SelectField name="audience" label={t("audience")} value={filter.audience} onChange={(audience) => set({ audience })}
              placeholder={t("allAudiences")} options={audiences.map((a) => ({ value: a, label: ct(audienceLabels[a]) }))} />
          )}
          <SelectField name="channel" label={t("channel")} value={filter.channel} onChange={(channel) => set({ channel })}
            placeholder={t("allChannels")} options={channels.map((c) => ({ value: c, label: st(channelLabels[c]) }))} />
          {choices.map((s) => (
            <SelectField key={s.id} name={`choice-${s.id}`} label={s.question} value={filter.choices[s.id] ?? ""}
              onChange={(option) => set({ choices: { ...filter.choices, [s.id]: option } })}
              placeholder={t("anyOption")} options={s.options.map((o) => ({ value: o.id, label: o.label }))} />
          ))}
          <div className="vp-filters__wide">
            <TextField name="tags" label={t("tags")} description={t("tagsHint")} value={filter.tags} onChange={(tags) => set({ tags })} maxLength={600} />
          </div>
        </div>
      </Form>
    </details>
  );
}
