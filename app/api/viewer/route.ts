import { z } from "zod";
import { getSessionUserId, viewerOf } from "@/auth/viewer";
import { getAccountAndReviewState } from "@/db/queries/viewer-state";
import type { ViewerPayload } from "@/lib/viewer";

const query = z.object({ review: z.coerce.number().int().positive().optional() });

/**
 * Who is reading, and on a review page their own state there: the one per-reader request of a
 * page, and one round trip to the database (the account is read with the rest, not before it).
 */
export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: "review must be a review id" }, { status: 400 });
  }
  const userId = await getSessionUserId();
  const state = userId ? await getAccountAndReviewState(userId, parsed.data.review ?? null) : null;
  const viewer = viewerOf(state?.account);
  const payload: ViewerPayload = { viewer, review: viewer ? (state?.review ?? null) : null };
  return Response.json(payload, { headers: { "cache-control": "private, no-store" } });
}
