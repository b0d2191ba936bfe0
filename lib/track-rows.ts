import { parseDuration } from "@/lib/duration";
import { newRowKey, type TrackRow } from "@/lib/editor-values";

/** The editor's track rows, changed as the buttons beside them say: pure, for the editor's state. */

/** Numbers each disc's rows 1, 2, 3… in the order they stand. */
export function renumber(rows: TrackRow[]): TrackRow[] {
  const counts = new Map<string, number>();
  return rows.map((row) => {
    const position = (counts.get(row.disc) ?? 0) + 1;
    counts.set(row.disc, position);
    return row.position === String(position) ? row : { ...row, position: String(position) };
  });
}

/**
 * Moves a row one place up (-1) or down (+1). At the edge of a disc it crosses into the next
 * disc instead of changing places, since the page orders tracks by disc first.
 */
export function moveRow(rows: TrackRow[], index: number, delta: -1 | 1): TrackRow[] {
  const target = index + delta;
  const row = rows[index];
  const other = rows[target];
  if (!row || !other) return rows;
  const next = [...rows];
  if (row.disc !== other.disc) next[index] = { ...row, disc: other.disc };
  else [next[index], next[target]] = [other, row];
  return renumber(next);
}

export function removeRow(rows: TrackRow[], index: number): TrackRow[] {
  return renumber(rows.filter((_, i) => i !== index));
}

/** A blank row at the end of the last disc. */
export function addRow(rows: TrackRow[]): TrackRow[] {
  const disc = rows.at(-1)?.disc ?? "1";
  const row: TrackRow = { key: newRowKey(), id: null, disc, position: "", title: "", duration: "" };
  return renumber([...rows, row]);
}

/** The count and total runtime of the rows, and how many lengths could not be read. */
export function rowTotals(rows: TrackRow[]): { count: number; seconds: number; unread: number } {
  let seconds = 0;
  let unread = 0;
  for (const row of rows) {
    const length = parseDuration(row.duration);
    if (length === null) unread++;
    else seconds += length;
  }
  return { count: rows.length, seconds, unread };
}
