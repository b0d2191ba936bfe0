"use server";

import { adminAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import { now as clockNow } from "@/db/clock.mjs";
import { saveCover } from "@/db/queries/cover-images";
import { saveReviewImage } from "@/db/queries/review-images";
import * as previews from "@/db/queries/preview-links";
import { getReviewHeader } from "@/db/queries/review-editor";
import { imageMarkdown } from "@/lib/body-images";
import {
  bodyImageSchema,
  coverSchema,
  previewLinkSchema,
  revokePreviewLinkSchema,
  SESSION_ENDED,
} from "@/lib/editor-schemas";
import type { PreviewLinkItem } from "@/lib/editor-values";
import { BODY_IMAGE_MESSAGES, checkImageFile, COVER_MESSAGES } from "@/lib/image-sniff";

// The editor's actions that share a review beyond its text: preview links, the cover and the
// images of its body.

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
    if (!review) return { ok: false, code: "gone", message: GONE };
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
    if (!review) return { ok: false, code: "gone", message: GONE };
    const revoked = await previews.revokePreviewLink({
      reviewId,
      token,
      headline: review.headline,
      actorId: viewer.id,
    });
    const data: PreviewLinksData = { links: await previews.getPreviewLinks(reviewId, clockNow()) };
    return revoked
      ? { ok: true, message: "The link is revoked: it no longer opens the preview.", data }
      : { ok: false, code: "gone", message: NO_SUCH_LINK, data };
  },
);

/** The cover, checked by its bytes: a JPEG, PNG, WebP or GIF no larger than MAX_COVER_BYTES. */
export const uploadCover = adminAction(
  { schema: coverSchema, refused },
  async ({ reviewId }, { viewer, form }) => {
    const checked = await checkImageFile(form.get("cover"), COVER_MESSAGES);
    if ("refused" in checked) {
      return { ok: false, message: checked.refused, fieldErrors: { cover: [checked.refused] } };
    }
    const { image, bytes } = checked;
    const review = await getReviewHeader(reviewId);
    if (!review) return { ok: false, code: "gone", message: GONE };
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

type BodyImageData = { markdown: string };

/**
 * An image for the review's body, checked as the cover is, with its alt text required. Stored on
 * its own: the review shows it once its Markdown, given back here, is saved in the body.
 */
export const uploadReviewImage = adminAction(
  { schema: bodyImageSchema, refused },
  async ({ reviewId, alt }, { viewer, form }) => {
    const checked = await checkImageFile(form.get("image"), BODY_IMAGE_MESSAGES);
    if ("refused" in checked) {
      return { ok: false, message: checked.refused, fieldErrors: { image: [checked.refused] } };
    }
    const review = await getReviewHeader(reviewId);
    if (!review) return { ok: false, code: "gone", message: GONE };
    const url = await saveReviewImage({
      reviewId,
      headline: review.headline,
      actorId: viewer.id,
      alt,
      ...checked,
    });
    const { width, height } = checked.image;
    const data: BodyImageData = { markdown: imageMarkdown(alt, url) };
    return { ok: true, message: `The image is added to the review (${width} × ${height}).`, data };
  },
);
