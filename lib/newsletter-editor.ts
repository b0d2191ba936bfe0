import type { ThrottleRule } from "@/lib/auth/sign-in-policy";
import { minutesUntil } from "@/lib/auth/sign-in-policy";
import { reviewIdSchema } from "@/lib/editor-schemas";
import { z } from "@/lib/zod";

/** The editor's choices for a review's newsletter (reviews.newsletter_mode), in the panel's order. */
export const NEWSLETTER_CHOICES = [
  {
    mode: "excerpt",
    label: "Send its opening",
    hint: "The summary and the first paragraphs, then “Continue reading”.",
  },
  { mode: "full", label: "Send the whole review", hint: "All of it, in the mail." },
  { mode: "off", label: "Don't send a newsletter", hint: "Nobody is mailed when it goes live." },
] as const;

export type NewsletterChoice = (typeof NEWSLETTER_CHOICES)[number]["mode"];

const MODES = NEWSLETTER_CHOICES.map((c) => c.mode) as [NewsletterChoice, ...NewsletterChoice[]];

export const BAD_NEWSLETTER_MODE =
  "Choose what the newsletter sends: its opening, the whole review, or no newsletter.";

export const newsletterModeSchema = z.object({
  reviewId: reviewIdSchema,
  mode: z.enum(MODES, { error: BAD_NEWSLETTER_MODE }),
});

export const newsletterTestSchema = z.object({ reviewId: reviewIdSchema });

/** What a review's newsletter sends, as the preview says it. */
export const MODE_SUMMARY: Record<NewsletterChoice, string> = {
  excerpt: "The newsletter sends its opening.",
  full: "The newsletter sends the whole review.",
  off: "No newsletter goes out for this review.",
};

/** What the panel says once a choice is saved. */
export const modeSaved = (mode: NewsletterChoice) =>
  `Saved: ${MODE_SUMMARY[mode][0]!.toLowerCase()}${MODE_SUMMARY[mode].slice(1)}`;

export const NEWSLETTER_ALREADY_QUEUED =
  "This review's newsletter is already queued, so what it sends can no longer change.";

export const NO_TEST_ADDRESS =
  "Your account has no email address to send the test to. Add one in your settings.";

/** Test mails an editor may send: five in ten minutes, then none for ten minutes. */
export const NEWSLETTER_TESTS: ThrottleRule = {
  maxHits: 5,
  windowSeconds: 10 * 60,
  lockSeconds: 10 * 60,
};

export const newsletterTestKey = (userId: string) => `newsletter-test:${userId}`;

export function testLimitMessage(until: Date, now = new Date()): string {
  return `You have sent ${NEWSLETTER_TESTS.maxHits} tests in a few minutes. Send the next in ${minutesUntil(until, now)}.`;
}

export const TEST_NOT_SENT =
  "The mail server did not take the test. Check the site's SMTP settings (its log says why), then try again.";

export const testSentMessage = (email: string) => `Test sent to ${email}. Check your inbox.`;

/** The test mail's subject: the issue's, marked. */
export const testSubject = (subject: string) => `[Test] ${subject}`;
