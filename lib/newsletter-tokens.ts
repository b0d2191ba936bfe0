import "server-only";
import { NEWSLETTER_CONFIRM_DAYS } from "./newsletter";
import { signedVersion, versionTime } from "./signed-version";

/** How long a mailed confirmation link works. */
export const NEWSLETTER_CONFIRM_LIFETIME_MS = NEWSLETTER_CONFIRM_DAYS * 24 * 60 * 60 * 1000;

type Kind = "confirm" | "preferences";

/**
 * A link's token: the subscriber's id and a time, signed with the site's secret (the scheme the
 * site's image versions use), so that no sign-in is needed and nothing is stored. A preferences
 * token is signed over the row's creation and works as long as the row; a confirmation token over
 * the time the link was mailed, and only the latest mailed confirms.
 */
export function newsletterToken(kind: Kind, id: string, at: Date): string {
  return `${id}.${signedVersion(`newsletter-${kind}:${id}`, at)}`;
}

export type ReadToken = { id: string; at: Date };

/** The id and time a token names, when the site signed it; null for anything else. */
export function readNewsletterToken(kind: Kind, token: string, now: Date): ReadToken | null {
  const [id, version, ...rest] = token.split(".");
  if (!id || !version || rest.length > 0) return null;
  const at = versionTime(`newsletter-${kind}:${id}`, version);
  if (!at) return null;
  if (kind === "confirm" && now.getTime() - at.getTime() > NEWSLETTER_CONFIRM_LIFETIME_MS) {
    return null;
  }
  return { id, at };
}

/**
 * What a newsletter mail carries for its subscriber (RFC 8058): a one-click unsubscribe address
 * taking a POST, and the preferences page, both by token.
 */
export function newsletterMailLinks(origin: string, subscriber: { id: string; createdAt: Date }) {
  const token = newsletterToken("preferences", subscriber.id, subscriber.createdAt);
  const base = origin.replace(/\/+$/, "");
  const unsubscribeUrl = `${base}/newsletter/${token}/unsubscribe`;
  return {
    preferencesUrl: `${base}/newsletter/${token}`,
    unsubscribeUrl,
    headers: {
      "List-Unsubscribe": `<${unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
