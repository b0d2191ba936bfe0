import type { ThrottleRule } from "@/lib/auth/sign-in-policy";
import { SITE_NAME } from "@/lib/site";
import type { Mail } from "./mail/send";

/** Subscription requests from one network: twenty an hour, then none for an hour. */
export const NEWSLETTER_PER_ADDRESS: ThrottleRule = {
  maxHits: 20,
  windowSeconds: 60 * 60,
  lockSeconds: 60 * 60,
};

/** How long a mailed confirmation link works, in days. */
export const NEWSLETTER_CONFIRM_DAYS = 7;

/**
 * A review is mailed when it goes live, or when the sender next runs if the site was down then,
 * but not when it went live longer ago than this: no stale issue after a long outage, and none of
 * the back catalogue when the newsletter is first installed or an old review is imported.
 */
export const NEWSLETTER_LATE_HOURS = 48;

/**
 * A temporary failure (SMTP 4xx, a dropped connection, a timeout) is tried again after
 * `firstDelayMs`, doubling each time, `attempts` times in all; then the delivery has failed.
 */
export const NEWSLETTER_RETRY = { attempts: 5, firstDelayMs: 60_000 } as const;

/** The wait before a delivery's next attempt after its `attempts`-th failed. */
export function retryDelayMs(attempts: number): number {
  return NEWSLETTER_RETRY.firstDelayMs * 2 ** Math.max(0, attempts - 1);
}

/** How often the server looks for newsletter work (a review gone live, a delivery due). */
export const NEWSLETTER_TICK_MS = 5_000;

/** An issue's state as the dashboard says it, after its review's headline. */
export const ISSUE_STATES = {
  queued: "is queued",
  sending: "is being sent",
  paused: "is paused",
  cancelled: "was cancelled",
  done: "has been sent",
} as const;

/** What the dashboard says after an editor's command, or when the issue's state refused it. */
export const ISSUE_COMMANDS = {
  pause: {
    done: "paused. No more mails go out until you resume it.",
    refused: "there is nothing to pause.",
  },
  resume: {
    done: "resumed. It goes on where it stopped, within a few seconds.",
    refused: "only a paused newsletter can be resumed.",
  },
  cancel: {
    done: "cancelled. Nobody else will be mailed it.",
    refused: "there is nothing left to cancel.",
  },
} as const;

/** How many issues the dashboard's history shows, the most recent first. */
export const ISSUES_SHOWN = 12;

/** How many refused addresses the dashboard lists, the most recent first. */
export const BOUNCED_SHOWN = 200;

export const newsletterKey = (address: string) => `newsletter:${address}`;

/** The one answer to a visitor's request, whether the address is new, pending or subscribed. */
export const NEWSLETTER_REQUESTED =
  "Check your inbox: if that address is not subscribed yet, we have mailed it a link to confirm.";

/** A subscriber's state as the preferences page says it. */
export const NEWSLETTER_STATES = {
  pending: "has not confirmed its subscription yet.",
  subscribed: "gets the weekly newsletter.",
  unsubscribed: "does not get the newsletter.",
  bounced: "was refused by its mail server, so nothing more is sent to it.",
} as const;

export type NewsletterState = keyof typeof NEWSLETTER_STATES;

/** The answer to a change on the preferences page. */
export const PREFERENCES_DONE = { off: "Unsubscribed.", on: "Subscribed again." } as const;

export const DEAD_NEWSLETTER_TITLE = "This link no longer works";

export const DEAD_NEWSLETTER_LINK = `It was changed, a newer one was mailed since, or it is older than ${NEWSLETTER_CONFIRM_DAYS} days. Subscribe again from the home page for a new one.`;

export const NEWSLETTER_CONFIRMED = "You are subscribed: the next newsletter comes to you.";

export const NEWSLETTER_LIMITED = `Too many subscription requests from your network. Try again in ${NEWSLETTER_PER_ADDRESS.lockSeconds / 60} minutes.`;

/** What a reader is told about their own subscription, in settings. */
export const READER_NEWSLETTER = {
  on: "Each week's review will come to your inbox.",
  off: "You will not get the newsletter.",
  confirmFirst:
    "Confirm your email address first: the newsletter goes only to an address you have confirmed.",
  bounced:
    "Your address's mail server refused our mail, so nothing more is sent to it. Change your email to get the newsletter.",
  /** Added to the answer to an email change when the reader was subscribed. */
  addressChanged:
    "The newsletter no longer goes to your old address: turn it on again under Newsletter once you have confirmed the new one.",
};

export function newsletterConfirmMail(email: string, link: string): Mail {
  return {
    to: email,
    subject: `Confirm your subscription to ${SITE_NAME}`,
    text: [
      "Hello,",
      "",
      `Someone (we hope you) asked for ${SITE_NAME}'s weekly newsletter at this address. Open this`,
      `link within ${NEWSLETTER_CONFIRM_DAYS} days to confirm:`,
      "",
      link,
      "",
      "If it was not you, ignore this mail: nothing will be sent.",
      "",
      `— ${SITE_NAME}`,
    ].join("\n"),
  };
}
