// Search and filters for the story list. They live in the address (?q=…&collectionId=…), so a
// search can be bookmarked, shared and undone with the back button.
import { useState } from "react";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { FieldGroup } from "../toolkit/forms/FieldGroup.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Link, useRouter } from "../toolkit/router.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { Team } from "../../contract/people.ts";
import { queryString } from "../toolkit/useResource.ts";
import { storyMessages } from "./messages.ts";

export interface Filters {
  q: string;
  collectionId: string;
  teamId: string;
  from: string;
  to: string;
}

export const filtersFrom = (params: URLSearchParams): Filters => ({
  q: params.get("q") ?? "",
  collectionId: params.get("collectionId") ?? "",
  teamId: params.get("teamId") ?? "",
  from: params.get("from") ?? "",
  to: params.get("to") ?? "",
});

interface StoryFiltersProps {
  initial: Filters;
  collections: Collection[];
  teams: Team[];
}

export function StoryFilters({ initial, collections, teams }: StoryFiltersProps) {
  const t = useT(storyMessages);
  const { navigate } = useRouter();
  const [filters, setFilters] = useState(initial);
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const active = Object.values(initial).some(Boolean);
  const narrowed = Boolean(initial.collectionId || initial.teamId || initial.from || initial.to);
  return (
    <div className="vp-card vp-filters">
      <Form label={t("filters")} submitLabel={t("search")} className="vp-form--wide vp-filters__form"
        onSubmit={async () => navigate(`/stories${queryString({ ...filters })}`)}
        secondary={active && <Link to="/stories">{t("clear")}</Link>}>
        <TextField name="q" label={t("q")} description={t("qHint")} type="search" value={filters.q} onChange={(q) => set({ q })} maxLength={500} />
        {/* Open by itself when one of these filters is in use, so nothing active is hidden. */}
        <details className="vp-filters__more" open={narrowed || undefined}>
          <summary>{t("moreFilters")}</summary>
          <div className="vp-filters__grid">
            <SelectField name="collectionId" label={t("collection")} value={filters.collectionId} onChange={(collectionId) => set({ collectionId })}
              placeholder={t("allCollections")} options={collections.map((c) => ({ value: c.id, label: c.name }))} />
            {teams.length > 0 && (
              <SelectField name="teamId" label={t("team")} value={filters.teamId} onChange={(teamId) => set({ teamId })}
                placeholder={t("allTeams")} options={teams.map((team) => ({ value: team.id, label: team.name }))} />
            )}
            <FieldGroup legend={t("period")} row>
              <TextField name="from" label={t("from")} type="date" value={filters.from} onChange={(from) => set({ from })} />
              <TextField name="to" label={t("to")} type="date" value={filters.to} onChange={(to) => set({ to })} min={filters.from || undefined} />
            </FieldGroup>
          </div>
        </details>
      </Form>
    </div>
  );
}
