import { MODERATION_ACTIONS } from "./moderation";

/** Every kind of entry the audit log records ("<thing>.<verb>" in the table), and its words. */
export const AUDIT_ACTIONS = {
  "review.created": "Created a review",
  "review.saved": "Saved a review",
  "review.restored": "Restored an earlier version",
  "review.imported": "Imported a review",
  "review.scheduled": "Scheduled a review",
  "review.published": "Published a review",
  "review.unpublished": "Unpublished a review",
  "review.deleted": "Deleted a review",
  "review.cover-uploaded": "Uploaded a cover",
  "review.image-uploaded": "Added an image to a review",
  "review.preview-shared": "Shared a preview link",
  "review.preview-revoked": "Revoked a preview link",
  "review.newsletter-chosen": "Chose what a newsletter sends",
  "review.newsletter-tested": "Sent a test newsletter",
  ...MODERATION_ACTIONS,
  "newsletter.queued": "Queued a newsletter",
  "newsletter.paused": "Paused a newsletter",
  "newsletter.resumed": "Resumed a newsletter",
  "newsletter.cancelled": "Cancelled a newsletter",
  "settings.saved": "Changed the site settings",
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** An entry's action as the log shows it; one this build does not know keeps its key. */
export function actionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as AuditAction] : action;
}
