import "server-only";
import { after } from "next/server";
import { log } from "@/lib/logger.mjs";
import { type Mail, sendMail } from "@/lib/mail/send";

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
