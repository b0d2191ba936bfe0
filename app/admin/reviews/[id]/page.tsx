import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/auth/admin";
import { type EditorReview, ReviewEditor } from "@/components/editor/review-editor";
import { now as clockNow } from "@/db/clock.mjs";
import { getPreviewLinks } from "@/db/queries/preview-links";
import { getComposerNames, getEditorReview } from "@/db/queries/review-editor";
import { getRevisions } from "@/db/queries/review-revisions";
import { getWeeklySlot } from "@/db/queries/settings";
import { reviewIdSchema } from "@/lib/editor-schemas";
import { renderReviewMarkdown } from "@/lib/markdown";
import { linkOrigin } from "@/lib/site-origin";
import { trackAnchor } from "@/lib/track-anchor";
import { formatSlot } from "@/lib/weekly-slot";

export const metadata: Metadata = { title: "Edit review" };

type Props = { params: Promise<{ id: string }> };

export default async function EditReviewPage({ params }: Props) {
  await requireAdmin();
  const id = reviewIdSchema.safeParse((await params).id);
  const review = id.success ? await getEditorReview(id.data) : undefined;
  if (!review) notFound();
  const { values } = review;
  const anchors = values.tracks.map((t) => ({
    title: t.title,
    anchor: trackAnchor({ disc: Number(t.disc), position: Number(t.position) }),
  }));
  const [composers, revisions, previewLinks, slot, initialHtml] = await Promise.all([
    getComposerNames(),
    getRevisions(review.id),
    getPreviewLinks(review.id, clockNow()),
    getWeeklySlot(),
    renderReviewMarkdown(values.body, anchors),
  ]);
  const at = review.publishedAt && formatSlot(review.publishedAt, slot.timeZone);
  const placement =
    review.status === "draft" || !at
      ? "Draft: not on the site."
      : review.live
        ? `Published ${at}. A save changes the page at once.`
        : `Scheduled for ${at}.`;
  const editor: EditorReview = {
    id: review.id,
    placement,
    placed: review.status !== "draft",
    savedAt: review.savedAt,
    coverImageUrl: review.coverImageUrl,
  };
  return (
    <ReviewEditor
      review={editor}
      initial={values}
      initialHtml={initialHtml}
      composers={composers}
      revisions={revisions}
      previewLinks={previewLinks}
      siteUrl={linkOrigin(await headers())}
      timeZone={slot.timeZone}
    />
  );
}
