import { SITE_NAME } from "./site";
import type { IssueView, MailLinks } from "./newsletter-mail-view";

/** The issue as plain text: what the HTML part shows, in the same order. */
export function issueText(view: IssueView, links: MailLinks): string {
  const width = Math.max(0, ...view.tracks.map((t) => t.number.length));
  const tracks = view.tracks.map((t) => `${t.number.padStart(width)}. ${t.title} (${t.duration})`);
  return [
    view.headline,
    "=".repeat(Math.min(view.headline.length, 72)),
    "",
    view.composers ? `${view.film}, music by ${view.composers}` : view.film,
    ...(view.score ? [`Critic's score: ${view.score} / 10`] : []),
    "",
    "TRACK LIST",
    "",
    ...tracks,
    "",
    `Total running time (${view.trackCount}): ${view.total}`,
    "",
    ...(view.summary ? [view.summary, ""] : []),
    view.body.text,
    "",
    ...(view.body.cut ? [`Continue reading: ${view.reviewUrl}`, ""] : []),
    `Read it and join the discussion: ${view.discussUrl}`,
    "",
    `— ${SITE_NAME}, ${view.siteUrl}`,
    "",
    `Your newsletter settings: ${links.preferencesUrl}`,
    `Unsubscribe: ${links.unsubscribeUrl}`,
  ].join("\n");
}
