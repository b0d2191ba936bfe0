import "server-only";
import { cachedRead } from "@/cache/next";
import { reads } from "@/cache/tags";
import { getReadersLikeYou, NEIGHBOURS_FOR_A_REVIEW, type ReaderLikeYou } from "@/db/queries/taste";

/**
 * How long a reader's closest readers are kept before they are searched for again: other readers'
 * new scores move them a little, and show within this time; the reader's own score, a ban or
 * hidden scores at once (reads.readersLikeYou).
 */
export const CLOSEST_KEPT_SECONDS = 300;

/**
 * The NEIGHBOURS_FOR_A_REVIEW readers who score most like this one, closest first, for their
 * profile (the first few) and for each review they open. The search reads up to tens of thousands
 * of scores, so it is kept rather than made on every request.
 */
export function getClosestReaders(userId: string): Promise<ReaderLikeYou[]> {
  return cachedRead(
    ["readers-like-you", userId],
    reads.readersLikeYou({ userId }),
    CLOSEST_KEPT_SECONDS,
    () => getReadersLikeYou(userId, NEIGHBOURS_FOR_A_REVIEW),
  );
}
