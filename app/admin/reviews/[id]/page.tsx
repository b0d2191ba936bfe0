import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/auth/admin";
import { type EditorReview, ReviewEditor } from "@/components/editor/review-editor";
import { now as clockNow } from "@/db/clock.mjs";
import { getPreviewLinks } from "@/db/queries/preview-links";
import { getComposerNames, getEditorReview } from "@/db/queries/review-editor";
import { getReviewNewsletter } from "@/db/queries/review-newsletter";
import { getRevisions } from "@/db/queries/review-revisions";
import { getSchedulingChoices } from "@/db/queries/review-schedule";
import { reviewIdSchema } from "@/lib/editor-schemas";
import { renderReviewMarkdown } from "@/lib/markdown";
import { placementOf } from "@/lib/review-status";
import { linkOrigin } from "@/lib/site-origin";
import { trackAnchor } from "@/lib/track-anchor";

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
  const now = clockNow();
  const [composers, revisions, previewLinks, scheduling, initialHtml, newsletter] =
    await Promise.all([
      getComposerNames(),
      getRevisions(review.id),
      getPreviewLinks(review.id, now),
      getSchedulingChoices(now, review.id),
      renderReviewMarkdown(values.body, anchors),
      getReviewNewsletter(review.id),
    ]);
  const editor: EditorReview = {
    id: review.id,
    placement: placementOf(review, now, scheduling.timeZone),
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
      scheduling={scheduling}
      newsletter={newsletter}
    />
  );
}
