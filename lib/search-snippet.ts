/**
 * The search index marks the words it matched with two private-use characters (never typed in a
 * review), so that a snippet of the database's text reaches the page as text, split into plain
 * and marked pieces, and never as HTML.
 */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

export type SnippetPiece = { text: string; marked: boolean };

const MARKERS = new RegExp(`([${MARK_START}${MARK_END}])`);

/** An apostrophe or hyphen inside a word: "Balfe’s", "Zimmer-esque". */
const IN_WORD = /^[’'‐-]$/;
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * The plain and marked pieces of a snippet, in order; empty pieces left out. The index splits
 * words at apostrophes and hyphens, so "balfe s" marks "Balfe" and "s" of "Balfe’s" apart: marks
 * that only such a character separates are one mark, and the word reads as one.
 */
export function splitMarked(snippet: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let marked = false;
  for (const part of snippet.split(MARKERS)) {
    if (part === MARK_START || part === MARK_END) {
      marked = part === MARK_START;
      continue;
    }
    if (!part) continue;
    const [before, joiner] = [pieces.at(-2), pieces.at(-1)];
    if (
      marked &&
      before?.marked &&
      joiner &&
      !joiner.marked &&
      IN_WORD.test(joiner.text) &&
      WORD_END.test(before.text) &&
      WORD_START.test(part)
    ) {
      pieces.pop();
      before.text += joiner.text + part;
    } else {
      pieces.push({ text: part, marked });
    }
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
