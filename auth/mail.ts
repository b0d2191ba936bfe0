import "server-only";
import { after } from "next/server";
import { type Mail, sendMail } from "@/lib/mail/send";

/**
 * Sends the mail once the answer has gone: a request about an address with an account then takes
 * no longer to answer than one about an address without, and a slow mail server delays no one.
 */
export function sendAfterResponse(mail: Mail) {
  after(() =>
    sendMail(mail).catch((error: unknown) => {
      console.error(
        `Mail "${mail.subject}" failed: ${error instanceof Error ? error.message : error}`,
      );
    }),
  );
}
