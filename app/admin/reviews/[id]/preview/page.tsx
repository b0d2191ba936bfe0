import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/auth/admin";
import { ReviewPreview } from "@/components/editor/review-preview";
import { now as clockNow } from "@/db/clock.mjs";
import { getComposerSlugsWithPages } from "@/db/queries/composers";
import { getReviewDetail } from "@/db/queries/reviews";
import { reviewIdSchema } from "@/lib/editor-schemas";
import { isLiveAt } from "@/lib/review-status";

export const metadata: Metadata = { title: "Preview" };

type Props = { params: Promise<{ id: string }> };

/** The review as its page will look, saved as it is now. */
export default async function AdminPreviewPage({ params }: Props) {
  await requireAdmin();
  const id = reviewIdSchema.safeParse((await params).id);
  const review = id.success ? await getReviewDetail(id.data) : undefined;
  if (!review) notFound();
  const composerPages = await getComposerSlugsWithPages(
    review.soundtrack.composers.map((c) => c.composer.id),
  );
  return (
    <div className="-mx-4 sm:-mx-6">
      <ReviewPreview
        review={review}
        live={isLiveAt(review, clockNow())}
        editHref={`/admin/reviews/${review.id}`}
        composerPages={composerPages}
      />
    </div>
  );
}
