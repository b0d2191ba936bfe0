import type { Metadata } from "next";
import { headers } from "next/headers";
import { requireAdmin } from "@/auth/admin";
import { ReviewEditor } from "@/components/editor/review-editor";
import { now } from "@/db/clock.mjs";
import { getComposerNames } from "@/db/queries/review-editor";
import { getSchedulingChoices } from "@/db/queries/review-schedule";
import { EMPTY_VALUES } from "@/lib/editor-values";
import { linkOrigin } from "@/lib/site-origin";

export const metadata: Metadata = { title: "New review" };

export default async function NewReviewPage() {
  await requireAdmin();
  const [composers, scheduling] = await Promise.all([
    getComposerNames(),
    getSchedulingChoices(now()),
  ]);
  return (
    <ReviewEditor
      review={null}
      initial={EMPTY_VALUES}
      initialHtml=""
      composers={composers}
      revisions={[]}
      previewLinks={[]}
      siteUrl={linkOrigin(await headers())}
      scheduling={scheduling}
      newsletter={null}
    />
  );
}
