// A personal round invitation: its secret travels in the page's fragment (#uitnodiging=…), never to
// a server log. Opening it tells the server the link was opened and whether a story can still be
// told with it; the story then goes to the invitation's own address, which takes it once.
import { useEffect, useState } from "react";
import { api, ApiError } from "../toolkit/api.ts";
import type { InvitationOpening } from "../../contract/round-invitations.ts";
import { defineMessages } from "../toolkit/i18n.tsx";

export type Invitation =
  | { state: "none" }
  | { state: "checking" }
  | { state: "open"; postPath: string }
  | { state: "told" }
  | { state: "unknown" };

const tokenIn = (hash: string) => /(?:^#|&)uitnodiging=([A-Za-z0-9_-]{43})(?:&|$)/.exec(hash)?.[1];

export function useInvitation(): Invitation {
  const [token] = useState(() => tokenIn(window.location.hash));
  const [invitation, setInvitation] = useState<Invitation>(token ? { state: "checking" } : { state: "none" });
  useEffect(() => {
    if (!token) return;
    const path = `/round-invitations/${encodeURIComponent(token)}`;
    api<Pick<InvitationOpening, "state">>(`${path}/openings`, { method: "POST" }).then(
      ({ state }) => setInvitation(state === "told" ? { state: "told" } : { state: "open", postPath: `${path}/stories` }),
      (error) => setInvitation(error instanceof ApiError && error.status === 404 ? { state: "unknown" } : { state: "open", postPath: `${path}/stories` }),
    );
  }, [token]);
  return invitation;
}

export const invitationMessages = defineMessages({
  toldTitle: { nl: "Je hebt al verteld", en: "You have told already" },
  toldText: { nl: "Met deze uitnodiging is al een verhaal verteld. Dank je wel!", en: "A story was already told with this invitation. Thank you!" },
  unknownTitle: { nl: "Deze uitnodiging werkt niet", en: "This invitation does not work" },
  unknownText: {
    nl: "We kennen deze link niet. Kijk of je de hele link uit de e-mail hebt gebruikt.",
    en: "We do not know this link. Check that you used the whole link from the e-mail.",
  },
});
