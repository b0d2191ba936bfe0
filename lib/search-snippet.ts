/**
 * The search index marks the words it matched with two private-use characters (never typed in a
 * review), so that a snippet of the database's text reaches the page as text, split into plain
 * and marked pieces, and never as HTML.
 */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";
export const ELLIPSIS = "…";

export type SnippetPiece = { text: string; marked: boolean };

const MARKERS = new RegExp(`([${MARK_START}${MARK_END}])`);

/** The plain and marked pieces of a snippet, in order; empty pieces left out. */
export function splitMarked(snippet: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let marked = false;
  for (const part of snippet.split(MARKERS)) {
    if (part === MARK_START || part === MARK_END) {
      marked = part === MARK_START;
      continue;
    }
    if (part) pieces.push({ text: part, marked });
  }
  return pieces;
}

/**
 * A review's snippet without the Markdown around its words (a link's address, emphasis, a
 * heading's hashes), which would read as noise out of context.
 */
export function plainSnippet(snippet: string): string {
  return snippet
    .replace(/\]\([^)\s]*\)?/g, "")
    .replace(/(^|\s)(#{1,6}|>)\s+/g, "$1")
    .replace(/[*_`[\]]+/g, (run, offset: number, text: string) =>
      // An underscore inside a word is the word's own.
      /\w/.test(text[offset - 1] ?? "") && /\w/.test(text[offset + run.length] ?? "") ? run : "",
    )
    .replace(/\s+/g, " ")
    .trim();
}
