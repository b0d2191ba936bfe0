import "server-only";
import { randomUUID } from "node:crypto";
import { escapeXml } from "./rss";
import { issueHtml } from "./newsletter-mail-html";
import { issueText } from "./newsletter-mail-text";
import { issueView, type MailLinks, type NewsletterContent } from "./newsletter-mail-view";
import { newsletterMailLinks } from "./newsletter-tokens";

/** One newsletter mail as the sender hands it to the transport. */
export type NewsletterMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers: Record<string, string>;
};

/**
 * Whose links a preview (and an editor's test, when they do not subscribe) shows: they have the
 * shape of a subscriber's, and open the page that says the link does not work.
 */
export const PREVIEW_SUBSCRIBER = { id: "preview", createdAt: new Date(0) };

/** A part of the mail, cut where a subscriber's own link goes: text, link, text, link… */
type Template = { pieces: string[]; links: (keyof MailLinks)[] };

/** An issue's mail rendered once, for every recipient: only their own links are put in. */
export type RenderedIssue = { subject: string; html: Template; text: Template };

const LINK_NAMES: Record<string, keyof MailLinks> = {
  p: "preferencesUrl",
  u: "unsubscribeUrl",
};

function cut(rendered: string, marker: RegExp): Template {
  const parts = rendered.split(marker);
  return {
    pieces: parts.filter((_, i) => i % 2 === 0),
    links: parts.filter((_, i) => i % 2 === 1).map((name) => LINK_NAMES[name]!),
  };
}

function fill({ pieces, links }: Template, values: MailLinks, escape: (s: string) => string) {
  let out = pieces[0]!;
  for (const [i, name] of links.entries()) out += escape(values[name]) + pieces[i + 1]!;
  return out;
}

/**
 * Renders the issue's content, HTML and text, once. The subscriber's links are left as markers
 * no review text can hold (a fresh random one each time, of characters escaping keeps), and the
 * parts cut there.
 */
export async function renderIssue(
  content: NewsletterContent,
  origin: string,
): Promise<RenderedIssue> {
  const view = await issueView(content, origin);
  const nonce = randomUUID();
  const marks: MailLinks = { preferencesUrl: `@@${nonce}:p@@`, unsubscribeUrl: `@@${nonce}:u@@` };
  const marker = new RegExp(`@@${nonce}:([pu])@@`);
  return {
    subject: content.headline,
    html: cut(issueHtml(view, marks), marker),
    text: cut(issueText(view, marks), marker),
  };
}

/** The issue's HTML and text with these links, as a preview shows it. */
export function issueParts(issue: RenderedIssue, links: MailLinks) {
  return { html: fill(issue.html, links, escapeXml), text: fill(issue.text, links, (s) => s) };
}

/**
 * The mail of one delivery: the issue as rendered once, with the subscriber's own preferences
 * and one-click unsubscribe links and RFC 8058's headers. Cheap: no rendering per recipient.
 */
export function newsletterIssueMail(
  issue: RenderedIssue,
  delivery: { email: string; subscriberId: string; subscriberCreatedAt: Date },
  origin: string,
): NewsletterMessage {
  const links = newsletterMailLinks(origin, {
    id: delivery.subscriberId,
    createdAt: delivery.subscriberCreatedAt,
  });
  return {
    to: delivery.email,
    subject: issue.subject,
    ...issueParts(issue, links),
    headers: links.headers,
  };
}

/** The mail as a preview shows it: the issue rendered, with PREVIEW_SUBSCRIBER's links. */
export async function previewIssueMail(content: NewsletterContent, origin: string) {
  const { id, createdAt } = PREVIEW_SUBSCRIBER;
  const issue = await renderIssue(content, origin);
  return newsletterIssueMail(
    issue,
    { email: "", subscriberId: id, subscriberCreatedAt: createdAt },
    origin,
  );
}
