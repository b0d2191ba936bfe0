import { getComparingViewer } from "@/auth/viewer";
import { READERS_LIKE_YOU_LIMIT, type ReadersLikeYouPayload } from "@/lib/taste";
import { getClosestReaders } from "./closest-readers";

const PRIVATE = { "cache-control": "private, no-store" };

/**
 * The readers who score most like the signed-in reader, for the island on their own profile:
 * for the caller only (nobody asks for another reader's), from their closest readers as kept.
 */
export async function GET() {
  const caller = await getComparingViewer();
  if (!caller) {
    return Response.json(
      { error: "Sign in to see the readers who score like you." },
      { status: 401, headers: PRIVATE },
    );
  }
  const near = await getClosestReaders(caller.viewer.id);
  const payload: ReadersLikeYouPayload = {
    scoresPrivate: caller.scoresPrivate,
    readers: near.slice(0, READERS_LIKE_YOU_LIMIT).map(({ handle, name, agreement }) => ({
      handle,
      name,
      percent: agreement.percent,
      inCommon: agreement.inCommon,
    })),
  };
  return Response.json(payload, { headers: PRIVATE });
}
