// The mails people get, in Dutch (B1, "je") and English. Plain text only.
import type { Lang } from "../messages.ts";
import type { MailMessage } from "../mail/mailer.ts";
import type { Role } from "../policy.ts";

const roleNames: Record<Role, Record<Lang, string>> = {
  admin: { nl: "beheerder", en: "admin" },
  analyst: { nl: "analist", en: "analyst" },
  colleague: { nl: "collega", en: "colleague" },
  teller: { nl: "verteller", en: "teller" },
};

export interface InvitationMail {
  to: string;
  name: string;
  inviterName: string;
  organizationName: string;
  role: Role;
  link: string;
  lang: Lang;
}

export function invitationMail(m: InvitationMail): MailMessage {
  const role = roleNames[m.role][m.lang];
  const text = m.lang === "nl"
    ? [
      `Hallo ${m.name},`,
      "",
      `${m.inviterName} nodigt je uit voor Vertelpunt van ${m.organizationName}. Je rol is: ${role}.`,
      "",
      "Open deze link en kies je eigen wachtwoord:",
      m.link,
      "",
      "De link werkt 7 dagen en één keer.",
      "Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.",
    ]
    : [
      `Hello ${m.name},`,
      "",
      `${m.inviterName} invites you to Vertelpunt of ${m.organizationName}. Your role is: ${role}.`,
      "",
      "Open this link and choose your own password:",
      m.link,
      "",
      "The link works for 7 days, once.",
      "Did you not expect this invitation? Then you can ignore this e-mail.",
    ];
  const subject = m.lang === "nl" ? `Uitnodiging voor Vertelpunt van ${m.organizationName}` : `Invitation to Vertelpunt of ${m.organizationName}`;
  return { to: m.to, subject, text: text.join("\n") };
}

/** `admin`: the name of the admin who made the link, when the person did not ask for it themselves. */
export function passwordResetMail(m: { to: string; name: string; link: string; lang: Lang; admin?: string }): MailMessage {
  const text = m.lang === "nl"
    ? [
      `Hallo ${m.name},`,
      "",
      m.admin ? `${m.admin} stuurt je een link voor een nieuw wachtwoord voor Vertelpunt. Open de link en kies een nieuw wachtwoord:`
        : "Je vroeg om een nieuw wachtwoord voor Vertelpunt. Open deze link en kies een nieuw wachtwoord:",
      m.link,
      "",
      "De link werkt 1 uur en één keer.",
      "Vroeg je niet om een nieuw wachtwoord? Dan kun je deze e-mail negeren. Je wachtwoord blijft dan hetzelfde.",
    ]
    : [
      `Hello ${m.name},`,
      "",
      m.admin ? `${m.admin} sends you a link for a new password for Vertelpunt. Open the link and choose a new password:`
        : "You asked for a new password for Vertelpunt. Open this link and choose a new password:",
      m.link,
      "",
      "The link works for 1 hour, once.",
      "Did you not ask for a new password? Then you can ignore this e-mail. Your password stays the same.",
    ];
  return { to: m.to, subject: m.lang === "nl" ? "Nieuw wachtwoord voor Vertelpunt" : "New password for Vertelpunt", text: text.join("\n") };
}
