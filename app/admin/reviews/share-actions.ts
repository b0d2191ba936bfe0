"use server";

import { adminAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import { now as clockNow } from "@/db/clock.mjs";
import { saveCover } from "@/db/queries/cover-images";
import * as previews from "@/db/queries/preview-links";
import { getReviewHeader } from "@/db/queries/review-editor";
import {
  coverSchema,
  previewLinkSchema,
  revokePreviewLinkSchema,
  SESSION_ENDED,
} from "@/lib/editor-schemas";
import type { PreviewLinkItem } from "@/lib/editor-values";
import { COVER_TOO_LARGE, MAX_COVER_BYTES, NOT_AN_IMAGE, sniffImage } from "@/lib/image-sniff";

// The editor's actions that share a review beyond its text: preview links and the cover.

const GONE = "That review no longer exists. Reload the page.";
const NO_SUCH_LINK =
  "This review has no such link: it was revoked already, or it belongs to another review.";
const refused = SESSION_ENDED;

export type PreviewLinksData = { token?: string; links: PreviewLinkItem[] };

/** A secret link that shows the review, as it will appear, to anyone holding it until it expires. */
export const createPreviewLink = adminAction(
  { schema: previewLinkSchema, refused },
  async ({ reviewId, days }, { viewer }) => {
    const review = await getReviewHeader(reviewId);
    if (!review) return { ok: false, message: GONE };
    const now = clockNow();
    const token = await previews.createPreviewLink({
      reviewId,
      headline: review.headline,
      actorId: viewer.id,
      days,
      now,
    });
    const message = `A preview link is ready. It works for ${days} ${days === 1 ? "day" : "days"}.`;
    const data: PreviewLinksData = { token, links: await previews.getPreviewLinks(reviewId, now) };
    return { ok: true, message, data };
  },
);

export const revokePreviewLink = adminAction(
  { schema: revokePreviewLinkSchema, refused },
  async ({ reviewId, token }, { viewer }) => {
    const review = await getReviewHeader(reviewId);
    if (!review) return { ok: false, message: GONE };
    const revoked = await previews.revokePreviewLink({
      reviewId,
      token,
      headline: review.headline,
      actorId: viewer.id,
    });
    const data: PreviewLinksData = { links: await previews.getPreviewLinks(reviewId, clockNow()) };
    return revoked
      ? { ok: true, message: "The link is revoked: it no longer opens the preview.", data }
      : { ok: false, message: NO_SUCH_LINK, data };
  },
);

/** The cover, checked by its bytes: a JPEG, PNG, WebP or GIF no larger than MAX_COVER_BYTES. */
export const uploadCover = adminAction(
  { schema: coverSchema, refused },
  async ({ reviewId }, { viewer, form }) => {
    const file = form.get("cover");
    const refuse = (message: string) => ({
      ok: false as const,
      message,
      fieldErrors: { cover: [message] },
    });
    if (!(file instanceof File) || file.size === 0) return refuse("Choose the cover image first.");
    if (file.size > MAX_COVER_BYTES) return refuse(COVER_TOO_LARGE);
    const bytes = Buffer.from(await file.arrayBuffer());
    const image = sniffImage(bytes);
    if (!image) return refuse(NOT_AN_IMAGE);
    const review = await getReviewHeader(reviewId);
    if (!review) return { ok: false, message: GONE };
    const url = await saveCover({
      soundtrackId: review.soundtrackId,
      reviewId,
      headline: review.headline,
      actorId: viewer.id,
      image,
      bytes,
    });
    return {
      ok: true,
      message: `The cover is saved (${image.width} × ${image.height}).`,
      data: { url },
      touched: review.live ? writes.reviewSaved({ reviewId }) : undefined,
    };
  },
);
