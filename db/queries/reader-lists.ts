import "server-only";
import { and, count, desc, eq, isNull, or, sql } from "drizzle-orm";
import { LIST_MAX_ENTRIES, LISTS_PER_READER } from "@/lib/list-rules";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import { readerListEntries, readerLists, reviews, soundtracks, users } from "../schema";
import { isLiveRow } from "./live";
import { type Credits, getCreditsOf } from "./soundtrack-relations";

export type ListFields = { title: string; note: string | null; ranked: boolean; isPublic: boolean };

/** A new list of the reader's; null when they already have LISTS_PER_READER. */
export async function createReaderList(
  userId: string,
  fields: ListFields,
  now = clockNow(),
): Promise<number | null> {
  const at = now.getTime();
  const [row] = await getDb().all<{ id: number }>(sql`
    INSERT INTO ${readerLists} (user_id, title, note, ranked, is_public, created_at, updated_at)
    SELECT ${userId}, ${fields.title}, ${fields.note}, ${fields.ranked ? 1 : 0},
      ${fields.isPublic ? 1 : 0}, ${at}, ${at}
    WHERE (SELECT count(*) FROM ${readerLists} WHERE user_id = ${userId}) < ${LISTS_PER_READER}
    RETURNING id`);
  return row?.id ?? null;
}

const own = (userId: string, listId: number) =>
  and(eq(readerLists.id, listId), eq(readerLists.userId, userId));

/** Changes one of the reader's own lists; false when it is not theirs. */
export async function updateReaderList(
  userId: string,
  listId: number,
  fields: ListFields,
  now = clockNow(),
): Promise<boolean> {
  const rows = await getDb()
    .update(readerLists)
    .set({ ...fields, updatedAt: now })
    .where(own(userId, listId))
    .returning({ id: readerLists.id });
  return rows.length > 0;
}

/** Deletes one of the reader's own lists with its entries; false when it is not theirs. */
export async function deleteReaderList(userId: string, listId: number): Promise<boolean> {
  const rows = await getDb()
    .delete(readerLists)
    .where(own(userId, listId))
    .returning({ id: readerLists.id });
  return rows.length > 0;
}

/** The list is the reader's: every entry write below names it so, in the statement itself. */
const ownedList = (userId: string, listId: number) =>
  sql`EXISTS (SELECT 1 FROM ${readerLists} WHERE id = ${listId} AND user_id = ${userId})`;

/** After an entry write in the same batch: the list changed when that statement changed rows. */
const touch = (userId: string, listId: number, at: number) =>
  getDb().run(sql`UPDATE ${readerLists} SET updated_at = ${at}
    WHERE changes() > 0 AND id = ${listId} AND user_id = ${userId}`);

export type AddEntryResult = "added" | "already-listed" | "full" | "not-found";

/**
 * Puts a soundtrack with a live review at the end of one of the reader's lists, with a note.
 * One statement checks the list is theirs, the soundtrack live and the list not full.
 */
export async function addListEntry(
  userId: string,
  listId: number,
  soundtrackId: number,
  note: string | null,
  now = clockNow(),
): Promise<AddEntryResult> {
  const db = getDb();
  const at = now.getTime();
  const [inserted] = await db.batch([
    db.run(sql`
      INSERT INTO ${readerListEntries} (list_id, soundtrack_id, position, note, created_at)
      SELECT ${listId}, reviews.soundtrack_id,
        (SELECT coalesce(max(position), 0) + 1 FROM ${readerListEntries} WHERE list_id = ${listId}),
        ${note}, ${at}
      FROM ${reviews}
      WHERE reviews.soundtrack_id = ${soundtrackId} AND ${isLiveRow()}
        AND ${ownedList(userId, listId)}
        AND (SELECT count(*) FROM ${readerListEntries} WHERE list_id = ${listId}) < ${LIST_MAX_ENTRIES}
      ON CONFLICT DO NOTHING`),
    touch(userId, listId, at),
  ]);
  if (inserted.rowsAffected > 0) return "added";
  const [list] = await db
    .select({ entries: count(readerListEntries.soundtrackId) })
    .from(readerLists)
    .leftJoin(readerListEntries, eq(readerListEntries.listId, readerLists.id))
    .where(own(userId, listId));
  if (!list) return "not-found";
  const [listed] = await db
    .select({ at: readerListEntries.createdAt })
    .from(readerListEntries)
    .where(
      and(eq(readerListEntries.listId, listId), eq(readerListEntries.soundtrackId, soundtrackId)),
    );
  if (listed) return "already-listed";
  return list.entries >= LIST_MAX_ENTRIES ? "full" : "not-found";
}

/** The entry's position, for the statements that move the others round it. */
const positionOf = (listId: number, soundtrackId: number) =>
  sql`(SELECT position FROM ${readerListEntries}
       WHERE list_id = ${listId} AND soundtrack_id = ${soundtrackId})`;

/** Takes a soundtrack off one of the reader's lists, closing the gap; false when not there. */
export async function removeListEntry(
  userId: string,
  listId: number,
  soundtrackId: number,
  now = clockNow(),
): Promise<boolean> {
  const db = getDb();
  const [, removed] = await db.batch([
    db.run(sql`
      UPDATE ${readerListEntries} SET position = position - 1
      WHERE list_id = ${listId} AND position > ${positionOf(listId, soundtrackId)}
        AND ${ownedList(userId, listId)}`),
    db.run(sql`
      DELETE FROM ${readerListEntries}
      WHERE list_id = ${listId} AND soundtrack_id = ${soundtrackId}
        AND ${ownedList(userId, listId)}`),
    touch(userId, listId, now.getTime()),
  ]);
  return removed.rowsAffected > 0;
}

/**
 * Moves a soundtrack to another place (1 = first) in one of the reader's lists, the others
 * shifting by one between the two places, in one statement; false when it is not there.
 */
export async function moveListEntry(
  userId: string,
  listId: number,
  soundtrackId: number,
  to: number,
  now = clockNow(),
): Promise<boolean> {
  const db = getDb();
  const from = positionOf(listId, soundtrackId);
  const last = sql`(SELECT count(*) FROM ${readerListEntries} WHERE list_id = ${listId})`;
  const target = sql`max(1, min(${Math.trunc(to)}, ${last}))`;
  const [moved] = await db.batch([
    db.run(sql`
      WITH spot AS (SELECT ${from} AS old, ${target} AS new)
      UPDATE ${readerListEntries} SET position = CASE
          WHEN soundtrack_id = ${soundtrackId} THEN spot.new
          WHEN spot.new < spot.old THEN position + 1
          ELSE position - 1 END
      FROM spot
      WHERE list_id = ${listId} AND spot.old IS NOT NULL AND ${ownedList(userId, listId)}
        AND position BETWEEN min(spot.old, spot.new) AND max(spot.old, spot.new)`),
    touch(userId, listId, now.getTime()),
  ]);
  return moved.rowsAffected > 0;
}

/** Changes the reader's note on one entry of their own list; false when it is not there. */
export async function setListEntryNote(
  userId: string,
  listId: number,
  soundtrackId: number,
  note: string | null,
  now = clockNow(),
): Promise<boolean> {
  const db = getDb();
  const [changed] = await db.batch([
    db.run(sql`
      UPDATE ${readerListEntries} SET note = ${note}
      WHERE list_id = ${listId} AND soundtrack_id = ${soundtrackId}
        AND ${ownedList(userId, listId)}`),
    touch(userId, listId, now.getTime()),
  ]);
  return changed.rowsAffected > 0;
}

export type ListSummary = {
  id: number;
  title: string;
  note: string | null;
  ranked: boolean;
  isPublic: boolean;
  entries: number;
  updatedAt: Date;
};

/** A reader's lists for their profile, latest changed first: private ones only for the owner. */
export async function getReaderLists(
  ownerId: string,
  { includePrivate = false } = {},
): Promise<ListSummary[]> {
  return getDb()
    .select({
      id: readerLists.id,
      title: readerLists.title,
      note: readerLists.note,
      ranked: readerLists.ranked,
      isPublic: readerLists.isPublic,
      entries: sql<number>`(SELECT count(*) FROM ${readerListEntries} e
        WHERE e.list_id = ${readerLists.id})`,
      updatedAt: readerLists.updatedAt,
    })
    .from(readerLists)
    .where(
      and(
        eq(readerLists.userId, ownerId),
        includePrivate ? undefined : eq(readerLists.isPublic, true),
      ),
    )
    .orderBy(desc(readerLists.updatedAt), desc(readerLists.id));
}

export type ListEntry = {
  soundtrackId: number;
  position: number;
  note: string | null;
  /** The review's address. */
  slug: string;
  /** The soundtrack's, for a comparison's address. */
  soundtrackSlug: string;
  filmTitle: string;
  filmYear: number | null;
  coverImageUrl: string | null;
  coverAlt: string | null;
  /** Its composers, in the order the album credits them. */
  composers: Credits;
};

export type ReaderListView = Omit<ListSummary, "entries"> & {
  owner: { id: string; handle: string; name: string };
  entries: ListEntry[];
};

/**
 * A list with its entries in order (soundtracks whose review is live): a public one for anyone,
 * a private one for its owner only; null otherwise, or when its owner is banned.
 */
export async function getReaderList(
  listId: number,
  viewerId: string | null,
): Promise<ReaderListView | null> {
  const db = getDb();
  const [list] = await db
    .select({
      id: readerLists.id,
      title: readerLists.title,
      note: readerLists.note,
      ranked: readerLists.ranked,
      isPublic: readerLists.isPublic,
      updatedAt: readerLists.updatedAt,
      ownerId: users.id,
      handle: users.handle,
      name: users.name,
    })
    .from(readerLists)
    .innerJoin(users, eq(users.id, readerLists.userId))
    .where(
      and(
        eq(readerLists.id, listId),
        isNull(users.bannedAt),
        or(eq(readerLists.isPublic, true), viewerId ? eq(readerLists.userId, viewerId) : undefined),
      ),
    );
  if (!list?.handle) return null;
  const entries = await db
    .select({
      soundtrackId: readerListEntries.soundtrackId,
      position: readerListEntries.position,
      note: readerListEntries.note,
      slug: reviews.slug,
      soundtrackSlug: soundtracks.slug,
      filmTitle: soundtracks.filmTitle,
      filmYear: soundtracks.filmYear,
      coverImageUrl: soundtracks.coverImageUrl,
      coverAlt: soundtracks.coverAlt,
    })
    .from(readerListEntries)
    .innerJoin(reviews, eq(reviews.soundtrackId, readerListEntries.soundtrackId))
    .innerJoin(soundtracks, eq(soundtracks.id, readerListEntries.soundtrackId))
    .where(and(eq(readerListEntries.listId, listId), isLiveRow()))
    .orderBy(readerListEntries.position);
  const credits = await getCreditsOf(entries.map((entry) => entry.soundtrackId));
  const { ownerId, handle, name, ...fields } = list;
  return {
    ...fields,
    owner: { id: ownerId, handle, name: name ?? handle },
    entries: entries.map((entry) => ({
      ...entry,
      composers: credits.get(entry.soundtrackId) ?? [],
    })),
  };
}

/** How many public lists of readers not banned hold this soundtrack ("in 3 readers' lists"). */
export async function getListCount(soundtrackId: number): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(readerListEntries)
    .innerJoin(readerLists, eq(readerLists.id, readerListEntries.listId))
    .innerJoin(users, eq(users.id, readerLists.userId))
    .where(
      and(
        eq(readerListEntries.soundtrackId, soundtrackId),
        sql`+${readerLists.isPublic} = 1`,
        sql`+${users.bannedAt} IS NULL`,
      ),
    );
  return row?.n ?? 0;
}
