// The mails of a round invitation, in Dutch (B1, "je") and English. Plain text only. They name the
// organization and the round, never anything the person told.
import type { MailMessage } from "../mail/mailer.ts";
import type { Lang } from "../messages.ts";

export interface RoundMail {
  to: string;
  organizationName: string;
  roundName: string;
  link: string;
  /** The last day the link works, as the person reads it. */
  until: Date;
  lang: Lang;
}

const day = (d: Date, lang: Lang) =>
  new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" })
    .format(new Date(d.getTime() - 1));

export function roundInvitationMail(m: RoundMail, reminder = false): MailMessage {
  const until = day(m.until, m.lang);
  const text = m.lang === "nl"
    ? [
      "Hallo,",
      "",
      reminder
        ? `Een tijdje geleden vroeg ${m.organizationName} je om je verhaal te vertellen (${m.roundName}). Dat kan nog tot en met ${until}.`
        : `${m.organizationName} wil graag weten hoe het met je gaat. Wil je een kort verhaal vertellen over een moment dat voor jou belangrijk was? Het kan tot en met ${until} (${m.roundName}).`,
      "",
      "Open deze link om je verhaal te vertellen:",
      m.link,
      "",
      "De link is alleen voor jou en werkt één keer. Je naam en je e-mailadres komen niet bij je verhaal.",
      reminder ? "Heb je al verteld? Dan kun je deze e-mail negeren. Dank je wel!" : "Wil je niet meedoen? Dan hoef je niets te doen.",
    ]
    : [
      "Hello,",
      "",
      reminder
        ? `A while ago ${m.organizationName} asked you to tell your story (${m.roundName}). You can still do so until ${until}.`
        : `${m.organizationName} would like to know how you are doing. Would you tell a short story about a moment that mattered to you? You can do so until ${until} (${m.roundName}).`,
      "",
      "Open this link to tell your story:",
      m.link,
      "",
      "The link is only for you and works once. Your name and e-mail address are not kept with your story.",
      reminder ? "Did you tell already? Then you can ignore this e-mail. Thank you!" : "Would you rather not take part? Then you need not do anything.",
    ];
  const subject = m.lang === "nl"
    ? `${reminder ? "Herinnering: " : ""}vertel je verhaal aan ${m.organizationName}`
    : `${reminder ? "Reminder: " : ""}tell your story to ${m.organizationName}`;
  return { to: m.to, subject, text: text.join("\n") };
}
