import { getViewer } from "@/auth/viewer";
import { getAccountSettings } from "@/db/queries/account";
import { READERS_LIKE_YOU_LIMIT, type ReadersLikeYouPayload } from "@/lib/taste";
import { getClosestReaders } from "./closest-readers";

const PRIVATE = { "cache-control": "private, no-store" };

/**
 * The readers who score most like the signed-in reader, for the island on their own profile:
 * for the caller only (nobody asks for another reader's), from their closest readers as kept.
 */
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) {
    return Response.json(
      { error: "Sign in to see the readers who score like you." },
      { status: 401, headers: PRIVATE },
    );
  }
  const [account, near] = await Promise.all([
    getAccountSettings(viewer.id),
    getClosestReaders(viewer.id),
  ]);
  const payload: ReadersLikeYouPayload = {
    scoresPrivate: account?.scoresPrivate ?? false,
    readers: near.slice(0, READERS_LIKE_YOU_LIMIT).map(({ handle, name, agreement }) => ({
      handle,
      name,
      percent: agreement.percent,
      inCommon: agreement.inCommon,
    })),
  };
  return Response.json(payload, { headers: PRIVATE });
}
