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

/** What the lists' forms and actions say. */
export const LIST_MESSAGES = {
  signIn: "Sign in to keep lists of soundtracks.",
  titleRequired: "Give the list a title.",
  titleTooLong: `A list’s title can be at most ${LIST_TITLE_MAX_LENGTH} characters.`,
  noteTooLong: `A list’s note can be at most ${LIST_NOTE_MAX_LENGTH} characters.`,
  entryNoteTooLong: `A note on a soundtrack can be at most ${ENTRY_NOTE_MAX_LENGTH} characters.`,
  visibility: "Choose whether the list is public or private.",
  tooManyLists: `You already keep ${LISTS_PER_READER} lists, the most a reader can: delete one to make another.`,
  full: `This list already holds ${LIST_MAX_ENTRIES} soundtracks, the most a list can: remove one to add another.`,
  alreadyListed: "That soundtrack is already on this list.",
  listGone: "That list is no longer there, or it is not yours. Reload the page.",
  entryGone: "That soundtrack is no longer on this list. Reload the page.",
  soundtrackGone: "That soundtrack has no review on the site any more.",
} as const;

/** A list's own page. */
export const readerListPath = (handle: string, listId: number) => `/u/${handle}/lists/${listId}`;

/** What /api/my-lists answers: the caller's lists, and which hold the soundtrack asked about. */
export type MyListsPayload = {
  handle: string;
  lists: { id: number; title: string; isPublic: boolean; entries: number; holds: boolean }[];
};
