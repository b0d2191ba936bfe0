import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "..";
import { readerListEntries, readerLists, users } from "../schema";

export type OwnListFacts = { isPublic: boolean; soundtrackIds: number[] };

/**
 * Whether one of the reader's own lists is public and what it holds, read before a write that
 * changes what others see of it (its visibility, its deletion); null when it is not theirs.
 */
export async function getOwnListFacts(
  userId: string,
  listId: number,
): Promise<OwnListFacts | null> {
  const db = getDb();
  const [list, entries] = await db.batch([
    db
      .select({ isPublic: readerLists.isPublic })
      .from(readerLists)
      .where(and(eq(readerLists.id, listId), eq(readerLists.userId, userId))),
    db
      .select({ soundtrackId: readerListEntries.soundtrackId })
      .from(readerListEntries)
      .where(eq(readerListEntries.listId, listId)),
  ]);
  if (!list[0]) return null;
  return { isPublic: list[0].isPublic, soundtrackIds: entries.map((e) => e.soundtrackId) };
}

/** Which of the reader's lists already hold this soundtrack (for the review page's island). */
export async function getListIdsHolding(userId: string, soundtrackId: number): Promise<number[]> {
  const rows = await getDb()
    .select({ id: readerListEntries.listId })
    .from(readerListEntries)
    .innerJoin(readerLists, eq(readerLists.id, readerListEntries.listId))
    .where(and(eq(readerListEntries.soundtrackId, soundtrackId), eq(readerLists.userId, userId)));
  return rows.map((r) => r.id);
}

export type ListHolding = { id: number; title: string; handle: string; name: string };

/** The public lists of readers not banned that hold this soundtrack, latest changed first. */
export async function getPublicListsHolding(
  soundtrackId: number,
  limit = 100,
): Promise<ListHolding[]> {
  const rows = await getDb()
    .select({
      id: readerLists.id,
      title: readerLists.title,
      handle: users.handle,
      name: users.name,
    })
    .from(readerListEntries)
    .innerJoin(readerLists, eq(readerLists.id, readerListEntries.listId))
    .innerJoin(users, eq(users.id, readerLists.userId))
    .where(
      and(
        eq(readerListEntries.soundtrackId, soundtrackId),
        sql`+${readerLists.isPublic} = 1`,
        isNull(users.bannedAt),
      ),
    )
    .orderBy(desc(readerLists.updatedAt))
    .limit(limit);
  return rows.flatMap((r) =>
    r.handle ? [{ ...r, handle: r.handle, name: r.name ?? r.handle }] : [],
  );
}
