"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { publicAction, readerAction } from "@/auth/action";
import { mailOrigin, sendAfterResponse } from "@/auth/mail";
import { now } from "@/db/clock.mjs";
import { newEmailSchema } from "@/lib/auth/account-rules";
import {
  confirmSubscription,
  getReaderNewsletter,
  getSubscriber,
  getSubscriberByToken,
  requestSubscription,
  resubscribe,
  subscribeReader,
  unsubscribe,
  unsubscribeReader,
} from "@/db/queries/newsletter-subscribers";
import { takeThrottleHit } from "@/db/queries/throttles";
import { clientAddress } from "@/lib/client-address";
import {
  DEAD_NEWSLETTER_LINK,
  NEWSLETTER_CONFIRMED,
  NEWSLETTER_LIMITED,
  NEWSLETTER_PER_ADDRESS,
  NEWSLETTER_REQUESTED,
  PREFERENCES_DONE,
  READER_NEWSLETTER,
  newsletterConfirmMail,
  newsletterKey,
} from "@/lib/newsletter";
import { siteLink } from "@/lib/mail/account-mail";
import { newsletterToken, readNewsletterToken } from "@/lib/newsletter-tokens";

const visitorSchema = z.object({
  email: newEmailSchema,
});

/** Double opt-in: the same answer whatever the address, and a link mailed only when due. */
export const subscribeVisitor = publicAction({ schema: visitorSchema }, async ({ email }) => {
  const lockedUntil = await takeThrottleHit(
    newsletterKey(clientAddress(await headers())),
    NEWSLETTER_PER_ADDRESS,
  );
  if (lockedUntil) return { ok: false, code: "rate-limited", message: NEWSLETTER_LIMITED };
  const row = await requestSubscription(email);
  if (row?.confirmRequestedAt) {
    const token = newsletterToken("confirm", row.id, row.confirmRequestedAt);
    const link = siteLink(`/newsletter/confirm/${token}`, await mailOrigin());
    sendAfterResponse(newsletterConfirmMail(row.email, link));
  }
  return { ok: true, message: NEWSLETTER_REQUESTED };
});

const toggleSchema = z.object({ subscribed: z.enum(["on", "off"]) });

/** A reader's own choice in settings, for their own account's confirmed address only. */
export const setReaderNewsletter = readerAction(
  { schema: toggleSchema },
  async ({ subscribed }, { viewer }) => {
    if (subscribed === "off") {
      await unsubscribeReader(viewer.id);
      return { ok: true, message: READER_NEWSLETTER.off, data: { subscribed: false } };
    }
    const account = await getReaderNewsletter(viewer.id);
    // Double opt-in holds for readers too: an address nobody has confirmed is not mailed.
    if (!account?.email || !account.emailConfirmed) {
      return { ok: false, message: READER_NEWSLETTER.confirmFirst, data: { subscribed: false } };
    }
    const row = await subscribeReader(viewer.id, account.email);
    if (row.state === "bounced") {
      return { ok: false, message: READER_NEWSLETTER.bounced, data: { subscribed: false } };
    }
    return { ok: true, message: READER_NEWSLETTER.on, data: { subscribed: true } };
  },
);

const preferencesSchema = z.object({
  token: z.string().max(200),
  subscribed: z.enum(["on", "off"]),
});

/** From the preferences page: the signed token is the only proof needed, and the only one taken. */
export const setNewsletterByToken = publicAction(
  { schema: preferencesSchema },
  async ({ token, subscribed }) => {
    const row = await getSubscriberByToken(token);
    if (!row) {
      return { ok: false, code: "gone", message: DEAD_NEWSLETTER_LINK };
    }
    if (subscribed === "off") await unsubscribe(row.id);
    else await resubscribe(row.id);
    const state = (await getSubscriber(row.id))?.state ?? row.state;
    return { ok: true, message: PREFERENCES_DONE[subscribed], data: { state } };
  },
);

/** The button the mailed confirmation link leads to: a mail scanner opening it confirms nothing. */
export const confirmNewsletter = publicAction(
  { schema: z.object({ token: z.string().max(200) }) },
  async ({ token }) => {
    const read = readNewsletterToken("confirm", token, now());
    const row = read && (await confirmSubscription(read.id, read.at));
    if (row?.state !== "subscribed") {
      return { ok: false, code: "gone", message: DEAD_NEWSLETTER_LINK };
    }
    // The preferences page's key: whoever holds the confirmation link holds the address.
    const preferences = `/newsletter/${newsletterToken("preferences", row.id, row.createdAt)}`;
    return { ok: true, message: NEWSLETTER_CONFIRMED, data: { preferences } };
  },
);
