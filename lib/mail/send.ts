import { connect } from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { env } from "@/lib/env";
import { SITE_NAME } from "@/lib/site";
import { writeToOutbox } from "./outbox";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Headers of its own, such as a newsletter's List-Unsubscribe. */
  headers?: Record<string, string>;
};

/**
 * nodemailer's sockets keep Nagle's algorithm on: a message's last small write (the "." that ends
 * it) waits until the server acknowledges the write before, which a server delaying its ACKs does
 * 40 ms later, so a connection carried about 20 messages a second. Its plain connections (SMTP,
 * then STARTTLS) are opened here with TCP_NODELAY; nodemailer greets over them as over its own,
 * its greeting timeout covering a connection that never opens. Implicit TLS (port 465) is left to it.
 */
const getSocket: SMTPPool.Options["getSocket"] = (options, callback) => {
  if (options.secure || !options.host) return callback(null, false);
  const socket = connect({ host: options.host, port: options.port ?? 587 }).setNoDelay(true);
  callback(null, { connection: socket });
};

/**
 * Connections are kept and reused (the newsletter sends thousands), and a server that stops
 * answering fails the message within a minute instead of the defaults' ten: the newsletter's
 * sender must hear each answer well within its lease (jobs/newsletter-sender.ts).
 */
export const SMTP_POOL = {
  pool: true,
  maxConnections: 5,
  connectionTimeout: 15_000,
  greetingTimeout: 15_000,
  socketTimeout: 60_000,
  getSocket,
} as const;

let smtp: Transporter | null | undefined;

/** The SMTP transport the environment configures, or null when it configures none. */
function smtpTransport(): Transporter | null {
  if (smtp !== undefined) return smtp;
  const auth = env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined;
  // Given a url, nodemailer would take its options from the url alone (no pool): parsed here.
  if (env.SMTP_URL) {
    smtp = nodemailer.createTransport({ ...parseConnectionUrl(env.SMTP_URL), ...SMTP_POOL });
  } else if (env.SMTP_HOST) {
    const port = env.SMTP_PORT ?? 587;
    smtp = nodemailer.createTransport({
      host: env.SMTP_HOST,
      port,
      secure: port === 465,
      auth,
      ...SMTP_POOL,
    });
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
export async function sendMail({ to, subject, text, html, headers }: Mail): Promise<void> {
  const from = mailFrom();
  const transport = smtpTransport();
  if (transport) {
    await transport.sendMail({ from, to, subject, text, html, headers });
    return;
  }
  const message = { from, to, subject, text, date: new Date().toISOString() };
  await writeToOutbox(env.MAIL_OUTBOX_DIR, {
    ...message,
    ...(html !== undefined && { html }),
    ...(headers && { headers }),
  });
}
