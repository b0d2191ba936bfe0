import { z } from "zod";

/**
 * Lists that grow at the top (recent comments, the audit log) page by the last row seen rather
 * than by an offset: every page is one range read of an index, however deep, and a row written
 * meanwhile does not shift the next page by one.
 */
export type Cursor = { at: number; id: number };

export type Direction = { before?: Cursor; after?: Cursor };

export type KeysetPage<T> = { rows: T[]; newer: Cursor | null; older: Cursor | null };

export const cursorText = (cursor: Cursor) => `${cursor.at}-${cursor.id}`;

export const BAD_PAGE_LINK = "That page link is not valid. Start again from the newest.";

/** "1732567890123-45": a time in milliseconds and an id, as the page links write them. */
export const cursorParam = z
  .string()
  .regex(/^\d{1,15}-\d{1,12}$/, BAD_PAGE_LINK)
  .transform((text): Cursor => {
    const [at, id] = text.split("-").map(Number);
    return { at: at!, id: id! };
  });

/**
 * One page from the rows a query returned: newest first, read with a limit of one more than the
 * page holds (the extra row only says that there is more). Rows read `after` a cursor arrive
 * oldest first and are turned round.
 */
export function keysetPage<T>(
  fetched: T[],
  pageSize: number,
  direction: Direction,
  key: (row: T) => Cursor,
): KeysetPage<T> {
  const more = fetched.length > pageSize;
  const rows = fetched.slice(0, pageSize);
  if (direction.after) rows.reverse();
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) {
    // Past either end: offer the way back to where the rows are.
    return { rows, newer: direction.before ?? null, older: direction.after ?? null };
  }
  const newerExists = direction.after ? more : direction.before !== undefined;
  const olderExists = direction.after ? true : more;
  return {
    rows,
    newer: newerExists ? key(first) : null,
    older: olderExists ? key(last) : null,
  };
}
