/**
 * What a person types into a search box, as an FTS5 MATCH expression that can never be a syntax
 * error: every word is quoted, so FTS5's own syntax (AND, NEAR(, *, ^, column filters) typed by
 * someone is searched for as plain words, and words joined by punctuation ("near(a",
 * "title:fallout") as the phrase they would make in the text. Two things they may mean are kept: "a quoted phrase"
 * and -word to leave out. The last word is matched as a prefix while it is still being typed.
 */

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;
const WORD = /[\p{L}\p{N}]+/gu;

export type SearchQuery = {
  /** The MATCH expression; null when nothing searchable was typed. */
  match: string | null;
  /** The words searched for, for highlighting and for saying what was searched. */
  words: string[];
};

const quoted = (words: string[]) => `"${words.join(" ")}"`;

/**
 * `prefix`: match the last word as the start of a word (someone is still typing it), once it has
 * `minPrefix` characters: the index keeps prefixes of 2 and 3 characters (migration 0008), and
 * a single letter would stand for every word that starts with it.
 */
export function toSearchQuery(text: string, { prefix = true, minPrefix = 1 } = {}): SearchQuery {
  const input = text.slice(0, MAX_QUERY_LENGTH);
  const include: string[] = [];
  const exclude: string[] = [];
  const words: string[] = [];
  // A "phrase", a -word, or a word; anything else separates them.
  const parts = input.matchAll(/(-?)"([^"]*)"?|(-?)([^\s"]+)/g);
  let last: { index: number; open: boolean } | null = null;
  for (const part of parts) {
    const negative = (part[1] ?? part[3]) === "-";
    const phrase = part[2] !== undefined;
    const found = (phrase ? part[2]! : part[4]!).match(WORD) ?? [];
    if (found.length === 0) continue;
    const lowered = found.map((w) => w.toLowerCase());
    if (negative) {
      exclude.push(quoted(lowered));
      continue;
    }
    include.push(quoted(lowered));
    words.push(...lowered);
    // A bare word that ends the text is still being typed.
    const end = (part.index ?? 0) + part[0].length;
    const open = !phrase && end === input.length && /[\p{L}\p{N}]$/u.test(part[0]);
    last = { index: include.length - 1, open };
  }
  if (include.length === 0) return { match: null, words: [] };
  const terms = include.slice(0, MAX_TERMS);
  const lastWord = words[words.length - 1] ?? "";
  if (prefix && last?.open && last.index < terms.length && lastWord.length >= minPrefix) {
    terms[last.index] += "*";
  }
  const match = [terms.join(" "), ...exclude.slice(0, MAX_TERMS).map((t) => `NOT ${t}`)].join(" ");
  return { match, words: [...new Set(words)] };
}
