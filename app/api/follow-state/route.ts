import { z } from "zod";
import { getViewer } from "@/auth/viewer";
import { isFollowing } from "@/db/queries/follows";
import { getPublicProfile } from "@/db/queries/profiles";
import { FOLLOW_MESSAGES, type FollowState } from "@/lib/follow-rules";

const PRIVATE = { "cache-control": "private, no-store" };
const query = z.object({ handle: z.string().trim().min(1).max(64) });

/**
 * Whether the signed-in reader follows the reader of a profile: the profile is cached and the
 * same for everyone, so its Follow button asks this after the page loads.
 */
export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: "handle must be a reader’s username" }, { status: 400 });
  }
  const viewer = await getViewer();
  if (!viewer) {
    return Response.json({ error: FOLLOW_MESSAGES.signedOut }, { status: 401, headers: PRIVATE });
  }
  const reader = await getPublicProfile(parsed.data.handle);
  if (!reader) {
    return Response.json({ error: "No such reader." }, { status: 404, headers: PRIVATE });
  }
  const state: FollowState = { following: await isFollowing(viewer.id, reader.id) };
  return Response.json(state, { headers: PRIVATE });
}
