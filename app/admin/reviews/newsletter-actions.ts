"use server";

import { adminAction } from "@/auth/action";
import { mailOrigin } from "@/auth/mail";
import { getAccountSettings } from "@/db/queries/account";
import { getNewsletterContent } from "@/db/queries/newsletter-content";
import { getReaderSubscription } from "@/db/queries/newsletter-subscribers";
import { recordNewsletterTest, setNewsletterMode } from "@/db/queries/review-newsletter";
import { takeThrottleHit } from "@/db/queries/throttles";
import { SESSION_ENDED } from "@/lib/editor-schemas";
import { log } from "@/lib/logger.mjs";
import { sendMail } from "@/lib/mail/send";
import {
  modeSaved,
  NEWSLETTER_ALREADY_QUEUED,
  NEWSLETTER_TESTS,
  newsletterModeSchema,
  newsletterTestKey,
  newsletterTestSchema,
  NO_TEST_ADDRESS,
  type NewsletterChoice,
  testLimitMessage,
  testSentMessage,
  TEST_NOT_SENT,
  testSubject,
} from "@/lib/newsletter-editor";
import { newsletterIssueMail, PREVIEW_SUBSCRIBER, renderIssue } from "@/lib/newsletter-mail";

// The editor's newsletter panel: what a review's newsletter sends, and a test of it.

const GONE = "That review no longer exists. Reload the page.";
const refused = SESSION_ENDED;

export type NewsletterModeData = { mode: NewsletterChoice };

/** Saves at once what the review's newsletter sends, apart from the editor's draft. */
export const chooseNewsletter = adminAction(
  { schema: newsletterModeSchema, refused },
  async ({ reviewId, mode }, { viewer }) => {
    const result = await setNewsletterMode(reviewId, mode, viewer.id);
    if (result === "gone") return { ok: false, code: "gone", message: GONE };
    if (result === "queued") return { ok: false, message: NEWSLETTER_ALREADY_QUEUED };
    const data: NewsletterModeData = { mode };
    return { ok: true, message: modeSaved(mode), data };
  },
);

/**
 * Mails the review's issue, as subscribers will get it, to the editor's own address, its subject
 * marked "[Test]": through SMTP, or into the outbox when none is set. Their own preferences and
 * unsubscribe links when they subscribe, the preview's otherwise. A few per editor in minutes.
 */
export const sendNewsletterTest = adminAction(
  { schema: newsletterTestSchema, refused },
  async ({ reviewId }, { viewer }) => {
    const content = await getNewsletterContent(reviewId);
    if (!content) return { ok: false, code: "gone", message: GONE };
    const email = (await getAccountSettings(viewer.id))?.email;
    if (!email) return { ok: false, message: NO_TEST_ADDRESS };
    const lockedUntil = await takeThrottleHit(newsletterTestKey(viewer.id), NEWSLETTER_TESTS);
    if (lockedUntil) {
      return { ok: false, code: "rate-limited", message: testLimitMessage(lockedUntil) };
    }
    const origin = await mailOrigin();
    const own = await getReaderSubscription(viewer.id);
    const subscriber = own ?? PREVIEW_SUBSCRIBER;
    const mail = newsletterIssueMail(
      await renderIssue(content, origin),
      { email, subscriberId: subscriber.id, subscriberCreatedAt: subscriber.createdAt },
      origin,
    );
    try {
      await sendMail({ ...mail, subject: testSubject(mail.subject) });
    } catch (error) {
      log.warn("newsletter.test_failed", { reviewId, err: error });
      return { ok: false, message: TEST_NOT_SENT };
    }
    await recordNewsletterTest(reviewId, content.headline, viewer.id);
    log.info("newsletter.test_sent", { reviewId, actorId: viewer.id });
    return { ok: true, message: testSentMessage(email) };
  },
);
