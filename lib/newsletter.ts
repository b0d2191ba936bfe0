import type { ThrottleRule } from "@/lib/auth/sign-in-policy";
import { SITE_NAME } from "@/lib/site";
import type { Mail } from "./mail/send";

/** Subscription requests from one network: twenty an hour, then none for an hour. */
export const NEWSLETTER_PER_ADDRESS: ThrottleRule = {
  maxHits: 20,
  windowSeconds: 60 * 60,
  lockSeconds: 60 * 60,
};

export const newsletterKey = (address: string) => `newsletter:${address}`;

/** The one answer to a visitor's request, whether the address is new, pending or subscribed. */
export const NEWSLETTER_REQUESTED =
  "Check your inbox: if that address is not subscribed yet, we have mailed it a link to confirm.";

export const DEAD_NEWSLETTER_LINK =
  "This link does not work: it was changed, or it is older than a week. Subscribe again from the home page for a new one.";

export const NEWSLETTER_LIMITED =
  "Too many subscription requests from your network. Try again in an hour.";

export function newsletterConfirmMail(email: string, link: string): Mail {
  return {
    to: email,
    subject: `Confirm your subscription to ${SITE_NAME}`,
    text: [
      "Hello,",
      "",
      `Someone (we hope you) asked for ${SITE_NAME}'s weekly newsletter at this address. Open this`,
      "link within a week to confirm:",
      "",
      link,
      "",
      "If it was not you, ignore this mail: nothing will be sent.",
      "",
      `— ${SITE_NAME}`,
    ].join("\n"),
  };
}
