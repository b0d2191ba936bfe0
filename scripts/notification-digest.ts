import "server-only";
import {
  type DigestItem,
  type DigestReader,
  getDigestReaders,
  markDigestSent,
} from "@/db/queries/notification-digest";
import { env } from "@/lib/env";
import { type Mail, sendMail } from "@/lib/mail/send";
import { SITE_NAME } from "@/lib/site";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function line(item: DigestItem): string {
  if (item.kind === "follow") return `${item.actorName} started following you`;
  const verb = item.kind === "reply" ? "replied to" : "liked";
  return `${item.actorName} ${verb} your comment on ${item.filmTitle}`;
}

/**
 * One reader's digest: a line per unread notification, each with the address of its comment (or,
 * for a new follower, of their profile).
 */
export function digestMail(reader: DigestReader, siteUrl = env.SITE_URL): Mail {
  const n = reader.items.length;
  const link = (item: DigestItem) => new URL(item.href, siteUrl).href;
  const settings = new URL("/notifications", siteUrl).href;
  const subject = `${n} new ${n === 1 ? "notification" : "notifications"} on ${SITE_NAME}`;
  const text = [
    `Hello ${reader.name},`,
    "",
    ...reader.items.map((item) => `- ${line(item)}: ${link(item)}`),
    "",
    `All your notifications, and the setting for this email: ${settings}`,
  ].join("\n");
  const html = [
    `<p>Hello ${escapeHtml(reader.name)},</p>`,
    "<ul>",
    ...reader.items.map(
      (item) => `<li><a href="${escapeHtml(link(item))}">${escapeHtml(line(item))}</a></li>`,
    ),
    "</ul>",
    `<p><a href="${escapeHtml(settings)}">All your notifications, and the setting for this email</a></p>`,
  ].join("\n");
  return { to: reader.email, subject, text, html };
}

export type DigestRun = { sent: number; notifications: number; failed: string[] };

/**
 * Sends each opted-in reader one email of their unread notifications since their last digest,
 * and records it per reader as soon as theirs is sent: a run stopped halfway, or run again,
 * mails nobody twice. A reader whose mail fails is tried again on the next run.
 */
export async function sendDigests(
  options: {
    send?: (mail: Mail) => Promise<void>;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<DigestRun> {
  const { send = sendMail, onProgress } = options;
  const readers = await getDigestReaders();
  const run: DigestRun = { sent: 0, notifications: 0, failed: [] };
  for (const [index, reader] of readers.entries()) {
    try {
      await send(digestMail(reader));
      // Up to the newest one mailed: anything newer, even seconds later, goes in the next one.
      await markDigestSent(reader.id, reader.items[0]!.createdAt);
      run.sent += 1;
      run.notifications += reader.items.length;
    } catch (error) {
      run.failed.push(`${reader.email}: ${error instanceof Error ? error.message : error}`);
    }
    onProgress?.(index + 1, readers.length);
  }
  return run;
}
