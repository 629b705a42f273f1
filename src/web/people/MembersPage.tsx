// Members and teams of the organization (admin only, see routes.tsx).
import { Loaded } from "../app/feedback.tsx";
import { useT } from "../app/i18n.tsx";
import { Page } from "../app/Page.tsx";
import type { ListOf, Member, Team } from "../app/types.ts";
import { useResource } from "../app/useResource.ts";
import { AddMemberForm } from "./AddMemberForm.tsx";
import { MemberTable } from "./MemberTable.tsx";
import { peopleMessages } from "./messages.ts";
import { TeamsSection } from "./TeamsSection.tsx";

export default function MembersPage() {
  const t = useT(peopleMessages);
  const members = useResource<ListOf<Member>>("/members");
  const teams = useResource<ListOf<Team>>("/teams");
  return (
    <Page title={t("title")} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
      <section className="vp-section" aria-labelledby="mensen">
        <h2 className="utrecht-heading-2" id="mensen">{t("membersHeading")}</h2>
        <Loaded resource={members}>
          {(data) => <MemberTable members={data.items} teams={teams.data?.items ?? []} />}
        </Loaded>
        <div className="vp-card">
          <h3 className="utrecht-heading-3">{t("addMemberHeading")}</h3>
          <AddMemberForm teams={teams.data?.items ?? []} onAdded={members.reload} />
        </div>
      </section>
      <section className="vp-section" aria-labelledby="teams">
        <h2 className="utrecht-heading-2" id="teams">{t("teamsHeading")}</h2>
        <p className="utrecht-paragraph">{t("teamsIntro")}</p>
        <Loaded resource={teams}>
          {(data) => <TeamsSection teams={data.items} members={members.data?.items ?? []} onAdded={teams.reload} />}
        </Loaded>
      </section>
    </Page>
  );
}
