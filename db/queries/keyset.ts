import "server-only";
import { asc, desc, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Direction } from "@/lib/keyset";

/**
 * The condition and the order of one page of a list kept newest first by (at, id), read from
 * the cursor of lib/keyset.ts. An index on (…, at) holds that order (an index ends with the row's
 * id), so each page is one range of it; rows `after` a cursor are read oldest first.
 */
export function keysetRange(at: SQLiteColumn, id: SQLiteColumn, { before, after }: Direction) {
  const key = sql`(${at}, ${id})`;
  return {
    where: before
      ? sql`${key} < (${before.at}, ${before.id})`
      : after && sql`${key} > (${after.at}, ${after.id})`,
    orderBy: after ? [asc(at), asc(id)] : [desc(at), desc(id)],
  };
}
