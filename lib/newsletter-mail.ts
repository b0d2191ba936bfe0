import "server-only";
import { SITE_NAME } from "./site";
import { newsletterMailLinks } from "./newsletter-tokens";

/** What one recipient's mail is made from (a claimed delivery: db/queries/newsletter-deliveries.ts). */
export type NewsletterRecipient = {
  email: string;
  subscriberId: string;
  subscriberCreatedAt: Date;
  headline: string;
  slug: string;
};

/** One newsletter mail as the sender hands it to the transport. */
export type NewsletterMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers: Record<string, string>;
};

/**
 * The mail of one delivery: for now its headline, a link to the review and the unsubscribe
 * links, with RFC 8058's one-click headers. The one place the mail's content is made.
 */
export function newsletterIssueMail(
  delivery: NewsletterRecipient,
  origin: string,
): NewsletterMessage {
  const links = newsletterMailLinks(origin, {
    id: delivery.subscriberId,
    createdAt: delivery.subscriberCreatedAt,
  });
  const review = new URL(`/reviews/${delivery.slug}`, origin).href;
  return {
    to: delivery.email,
    subject: delivery.headline,
    text: [
      delivery.headline,
      "",
      `Read it and join the discussion: ${review}`,
      "",
      `— ${SITE_NAME}`,
      "",
      `Your newsletter settings: ${links.preferencesUrl}`,
      `Unsubscribe: ${links.unsubscribeUrl}`,
    ].join("\n"),
    headers: links.headers,
  };
}
