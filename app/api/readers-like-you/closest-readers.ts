import "server-only";
import { cachedRead } from "@/cache/next";
import { reads } from "@/cache/tags";
import {
  getReadersLikeYou,
  getStillComparable,
  NEIGHBOURS_FOR_A_REVIEW,
  type ReaderLikeYou,
} from "@/db/queries/taste";

/**
 * How long a reader's closest readers are kept before they are searched for again: other readers'
 * new scores move them a little, and show within this time; the reader's own score at once
 * (reads.readersLikeYou).
 */
export const CLOSEST_KEPT_SECONDS = 300;

/**
 * The NEIGHBOURS_FOR_A_REVIEW readers who score most like this one, closest first, for their
 * profile (the first few) and for each review they open. The search reads up to tens of thousands
 * of scores, so it is kept rather than made on every request.
 */
export async function getClosestReaders(userId: string): Promise<ReaderLikeYou[]> {
  const kept = await cachedRead(
    ["readers-like-you", userId],
    reads.readersLikeYou({ userId }),
    CLOSEST_KEPT_SECONDS,
    () => getReadersLikeYou(userId, NEIGHBOURS_FOR_A_REVIEW),
  );
  // Banned, deleted or private since the search: never shown, by one look-up of a few ids.
  const still = await getStillComparable(kept.map((reader) => reader.id));
  return kept.filter((reader) => still.has(reader.id));
}
