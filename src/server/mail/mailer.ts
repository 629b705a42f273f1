// Sends mail through the organization's SMTP server (nodemailer). People features (invitations,
// password resets) and later listening-round invitations use this one small interface; without
// SMTP_URL there is no mailer and callers hand the link to a person instead.
import nodemailer from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text; the only body, so nothing a mail client renders can be injected. */
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface MailConfig {
  /** smtp://user:password@host:587 or smtps://…:465 (nodemailer's connection URL). */
  smtpUrl: string;
  /** The sender, e.g. "Vertelpunt <vertelpunt@gemeente.nl>". */
  from: string;
}

export function mailConfigFromEnv(env: NodeJS.ProcessEnv): MailConfig | undefined {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  const from = (env.SMTP_FROM ?? env.MAIL_FROM)?.trim();
  if (!from) throw new Error("SMTP_URL is set, so SMTP_FROM (the sender address) must be set too");
  return { smtpUrl, from };
}

export function createSmtpMailer({ smtpUrl, from }: MailConfig): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}
