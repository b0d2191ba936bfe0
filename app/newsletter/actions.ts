"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { publicAction, readerAction } from "@/auth/action";
import { mailOrigin, sendAfterResponse } from "@/auth/mail";
import { now } from "@/db/clock.mjs";
import {
  confirmSubscription,
  getSubscriberByToken,
  requestSubscription,
  resubscribe,
  subscribeReader,
  unsubscribe,
  unsubscribeReader,
} from "@/db/queries/newsletter-subscribers";
import { takeThrottleHit } from "@/db/queries/throttles";
import { getUserAuthState } from "@/db/queries/users";
import { clientAddress } from "@/lib/client-address";
import {
  DEAD_NEWSLETTER_LINK,
  NEWSLETTER_LIMITED,
  NEWSLETTER_PER_ADDRESS,
  NEWSLETTER_REQUESTED,
  newsletterConfirmMail,
  newsletterKey,
} from "@/lib/newsletter";
import { newsletterToken, readNewsletterToken } from "@/lib/newsletter-tokens";

import { siteLink } from "@/lib/mail/account-mail";

const visitorSchema = z.object({
  email: z.email("Enter an email address like name@example.com.").max(254).toLowerCase(),
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

/** A reader's own choice in settings, for their own account's address only. */
export const setReaderNewsletter = readerAction(
  { schema: toggleSchema },
  async ({ subscribed }, { viewer }) => {
    if (subscribed === "off") {
      await unsubscribeReader(viewer.id);
      return { ok: true, message: "You will not get the newsletter." };
    }
    const email = (await getUserAuthState(viewer.id))?.email;
    if (!email) return { ok: false, message: "Your account has no email address to mail." };
    await subscribeReader(viewer.id, email);
    return { ok: true, message: "You will get the newsletter every week." };
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
    return { ok: true, message: subscribed === "off" ? "Unsubscribed." : "Subscribed again." };
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
    return { ok: true, message: "You are subscribed: the next newsletter comes to you." };
  },
);
