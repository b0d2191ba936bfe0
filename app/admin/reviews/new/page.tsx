import type { Metadata } from "next";
import { requireAdmin } from "@/auth/admin";
import { ReviewEditor } from "@/components/editor/review-editor";
import { getComposerNames } from "@/db/queries/review-editor";
import { getWeeklySlot } from "@/db/queries/settings";
import { EMPTY_VALUES } from "@/lib/editor-values";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "New review" };

export default async function NewReviewPage() {
  await requireAdmin();
  const [composers, slot] = await Promise.all([getComposerNames(), getWeeklySlot()]);
  return (
    <ReviewEditor
      review={null}
      initial={EMPTY_VALUES}
      initialHtml=""
      composers={composers}
      revisions={[]}
      previewLinks={[]}
      siteUrl={env.SITE_URL.replace(/\/$/, "")}
      timeZone={slot.timeZone}
    />
  );
}
