// Members and teams of the organization (admin only, see routes.tsx): invite people by e-mail,
// change their role, stop their access or remove them.
import "./people.css";
import { Loaded } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import type { ListOf } from "../../contract/common.ts";
import type { Invitation, Member, Team } from "../../contract/people.ts";
import { useResource } from "../toolkit/useResource.ts";
import { InvitationList } from "./InvitationList.tsx";
import { InviteForm } from "./InviteForm.tsx";
import { MemberTable } from "./MemberTable.tsx";
import { peopleMessages } from "./messages.ts";
import { TeamsSection } from "./TeamsSection.tsx";

export default function MembersPage() {
  const t = useT(peopleMessages);
  const members = useResource<ListOf<Member>>("/members");
  const teams = useResource<ListOf<Team>>("/teams");
  const invitations = useResource<ListOf<Invitation>>("/invitations");
  return (
    <Page title={t("title")} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
      <section className="vp-section" aria-labelledby="mensen">
        <h2 className="utrecht-heading-2" id="mensen">{t("membersHeading")}</h2>
        <Loaded resource={members}>
          {(data) => <MemberTable members={data.items} teams={teams.data?.items ?? []} onChanged={members.reload} />}
        </Loaded>
        <Loaded resource={invitations}>
          {(data) => <InvitationList invitations={data.items} onChanged={invitations.reload} />}
        </Loaded>
        <div className="vp-card">
          <h3 className="utrecht-heading-3">{t("inviteHeading")}</h3>
          <InviteForm onInvited={invitations.reload} />
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
