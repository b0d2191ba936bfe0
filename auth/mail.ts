import "server-only";
import { headers } from "next/headers";
import { after } from "next/server";
import { log } from "@/lib/logger.mjs";
import { type Mail, sendMail } from "@/lib/mail/send";
import { linkOrigin } from "@/lib/site-origin";

/** Where a mail sent for this request links to: SITE_URL, or locally the address asked for. */
export async function mailOrigin(): Promise<string> {
  return linkOrigin(await headers());
}

/**
 * Sends the mail once the answer has gone: a request about an address with an account then takes
 * no longer to answer than one about an address without, and a slow mail server delays no one.
 */
export function sendAfterResponse(mail: Mail) {
  after(() =>
    sendMail(mail).catch((error: unknown) => {
      log.error("mail.failed", { subject: mail.subject, err: error });
    }),
  );
}
