import { z } from "zod";
import { getSessionRef, viewerOf } from "@/auth/viewer";
import { getAccountAndReviewState } from "@/db/queries/viewer-state";
import type { ViewerPayload } from "@/lib/viewer";

const query = z.object({ review: z.coerce.number().int().positive().optional() });

/**
 * Who is reading, and on a review page their own state there: the one per-reader request of a
 * page, and one round trip to the database (the account and its session are read with the rest,
 * not before it).
 */
export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: "review must be a review id" }, { status: 400 });
  }
  const session = await getSessionRef();
  const state = session
    ? await getAccountAndReviewState(session, parsed.data.review ?? null)
    : null;
  const viewer = viewerOf(state?.account);
  const payload: ViewerPayload = {
    viewer,
    review: viewer ? (state?.review ?? null) : null,
    unread: viewer ? (state?.unread ?? 0) : 0,
  };
  return Response.json(payload, { headers: { "cache-control": "private, no-store" } });
}
