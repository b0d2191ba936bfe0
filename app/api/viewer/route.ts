import { z } from "zod";
import { getViewer } from "@/auth/viewer";
import { getReviewViewerState } from "@/db/queries/viewer-state";
import type { ViewerPayload } from "@/lib/viewer";

const query = z.object({ review: z.coerce.number().int().positive().optional() });

/** Who is reading, and on a review page their own state there: the one per-reader request of a page. */
export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: "review must be a review id" }, { status: 400 });
  }
  const viewer = await getViewer();
  const reviewId = parsed.data.review;
  const payload: ViewerPayload = {
    viewer,
    review: viewer && reviewId ? await getReviewViewerState(viewer.id, reviewId) : null,
  };
  return Response.json(payload, { headers: { "cache-control": "private, no-store" } });
}
