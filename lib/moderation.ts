import { plainExcerpt } from "./comment-excerpt";
import { REPORT_REASONS } from "./comment-rules";

/** What moderators do, and the names their audit entries carry. */
export const MODERATION_ACTIONS = {
  "comment.hidden": "Hid a comment",
  "comment.unhidden": "Unhid a comment",
  "comment.deleted": "Deleted a comment",
  "reader.banned": "Banned a reader",
  "reader.unbanned": "Lifted a ban",
} as const;
export type ModerationAction = keyof typeof MODERATION_ACTIONS;

export const MODERATION_PAGE_SIZE = 25;
export const BANNED_PAGE_SIZE = 25;
/** A page of the queue is the most one bulk action may carry, with room to spare. */
export const MAX_BULK = 100;
/** Said by the bulk bar, and by the server to a form sent anyway, when nothing is ticked. */
export const NOTHING_SELECTED = "Select at least one comment first.";
export const BAN_REASON_MAX_LENGTH = 300;

const count = (n: number) => n.toLocaleString("en-GB");

/** "1 comment", "3 comments". */
export function commentCount(n: number): string {
  return `${count(n)} ${n === 1 ? "comment" : "comments"}`;
}

/** What a banned reader is told when they try to post, score or like. */
export function suspendedMessage(reason: string | null): string {
  return reason ? `Your account is suspended: ${reason}` : "Your account is suspended.";
}

// ---- What the log says ------------------------------------------------------------------------

/** "#12 by @ana on Glasswater Meridian: “The cello cue…”" */
export function commentSummary(comment: {
  id: number;
  handle: string | null;
  filmTitle: string;
  body: string;
}): string {
  const by = comment.handle ? ` by @${comment.handle}` : "";
  return `#${comment.id}${by} on ${comment.filmTitle}: “${plainExcerpt(comment.body, 80)}”`;
}

/** "@ana (Ana Reader): spam links" */
export function readerSummary(
  reader: { name: string | null; handle: string | null },
  why: string,
): string {
  const who = reader.handle ? `@${reader.handle}` : "a reader";
  return `${who}${reader.name ? ` (${reader.name})` : ""}: ${why}`;
}

/** A stored report ("spam", or "other: what the reader wrote") as the moderators read it. */
export function describeReport(stored: string): { label: string; details: string | null } {
  const split = stored.indexOf(": ");
  const key = split === -1 ? stored : stored.slice(0, split);
  const label = REPORT_REASONS[key as keyof typeof REPORT_REASONS];
  if (!label) return { label: stored, details: null };
  return { label, details: split === -1 ? null : stored.slice(split + 2) };
}
