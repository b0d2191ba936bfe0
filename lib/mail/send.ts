import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { SITE_NAME } from "@/lib/site";
import { writeToOutbox } from "./outbox";

export type Mail = { to: string; subject: string; text: string; html?: string };

let smtp: Transporter | null | undefined;

/** The SMTP transport the environment configures, or null when it configures none. */
function smtpTransport(): Transporter | null {
  if (smtp !== undefined) return smtp;
  const auth = env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined;
  if (env.SMTP_URL) smtp = nodemailer.createTransport(env.SMTP_URL);
  else if (env.SMTP_HOST) {
    const port = env.SMTP_PORT ?? 587;
    smtp = nodemailer.createTransport({ host: env.SMTP_HOST, port, secure: port === 465, auth });
  } else smtp = null;
  return smtp;
}

/** MAIL_FROM, or the site's name at a no-reply address of its own host. */
export function mailFrom(): string {
  return env.MAIL_FROM ?? `${SITE_NAME} <no-reply@${new URL(env.SITE_URL).hostname}>`;
}

/**
 * Sends one message: through SMTP when it is configured, otherwise into the local outbox
 * (MAIL_OUTBOX_DIR, data/outbox by default), one JSON file per message.
 */
export async function sendMail({ to, subject, text, html }: Mail): Promise<void> {
  const from = mailFrom();
  const transport = smtpTransport();
  if (transport) {
    await transport.sendMail({ from, to, subject, text, html });
    return;
  }
  const message = { from, to, subject, text, date: new Date().toISOString() };
  await writeToOutbox(env.MAIL_OUTBOX_DIR, html === undefined ? message : { ...message, html });
}
