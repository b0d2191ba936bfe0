import { comparePath, MAX_COMPARED, MIN_COMPARED } from "./compare-path";

/** The rules of readers' lists of soundtracks, for the forms, actions and queries. */
export const LIST_TITLE_MAX_LENGTH = 100;
export const LIST_NOTE_MAX_LENGTH = 2000;
export const ENTRY_NOTE_MAX_LENGTH = 500;
export const LIST_MAX_ENTRIES = 200;
export const LISTS_PER_READER = 100;

/**
 * The comparison a list opens in one click: its first MAX_COMPARED soundtracks, in the list's
 * order; null for a list with too few to compare.
 */
export function listComparePath(slugs: readonly string[]): string | null {
  if (slugs.length < MIN_COMPARED) return null;
  return comparePath(slugs.slice(0, MAX_COMPARED));
}
