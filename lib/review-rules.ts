import { slugify } from "./slug";

/**
 * What a review and its soundtrack may be, wherever one is written or named: the editor's schemas
 * (lib/editor-schemas.ts), a review file (lib/review-file-fields.ts), comparisons' addresses
 * (lib/compare-path.ts) and the archive's filters (lib/archive-filters.ts). No zod here: client
 * islands import it through lib/compare-path.ts.
 */

/** A review's or a soundtrack's slug: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_EXAMPLE = "glass-onion";
export const SLUG_RULE = `use lower-case letters, digits and single hyphens, like ${SLUG_EXAMPLE}`;
/** A review's slug, as the editor takes it. */
export const MAX_SLUG_LENGTH = 100;
/** A soundtrack's slug, in comparisons' addresses: one kept from before the editor's limit fits. */
export const MAX_SOUNDTRACK_SLUG_LENGTH = 200;

/** A critic's score as typed, in tenths of a point: "8.5", "10", "0". */
export const SCORE_PATTERN = /^(10(\.0)?|\d(\.\d)?)$/;
/** The scores SCORE_PATTERN takes, as a sentence says them. */
export const SCORE_RANGE = "from 0 to 10";

/** "8.5" -> 85: a score that matched SCORE_PATTERN, in the tenths the database keeps. */
export function scoreTenths(score: string): number {
  return Math.round(Number(score) * 10);
}

/** The years a soundtrack's film may have (db/schema.ts checks the same). */
export const FILM_YEAR_MIN = 1880;
export const FILM_YEAR_MAX = 2200;
export const FILM_YEARS = `from ${FILM_YEAR_MIN} to ${FILM_YEAR_MAX}`;

export const MAX_HEADLINE_LENGTH = 200;
export const MAX_FILM_TITLE_LENGTH = 200;
export const MAX_LABEL_LENGTH = 200;
export const MAX_COVER_ALT_LENGTH = 300;
export const MAX_SUMMARY_LENGTH = 600;
/** The longest field: auth/action.ts caps what an action echoes back by it. */
export const MAX_BODY_LENGTH = 100_000;
export const MAX_COMPOSERS = 12;
export const MAX_COMPOSER_NAME_LENGTH = 120;
export const MAX_TRACKS = 500;
export const MAX_TRACK_TITLE_LENGTH = 300;
export const MAX_TRACK_SECONDS = 24 * 60 * 60;
export const MAX_DISC = 99;
export const MAX_TRACK_POSITION = 999;
export const MAX_LINKS = 50;
export const MAX_LINK_LABEL_LENGTH = 60;

/** "keep the summary to 600 characters": the editor says it as a sentence, a file after its field. */
export function keepTo(what: string, max: number): string {
  return `keep ${what} to ${max} characters`;
}

/** "list at most 12 composers": how a file, and a composer check, says a list is too long. */
export function listAtMost(max: number, things: string): string {
  return `list at most ${max} ${things}`;
}

export type ComposerProblem =
  { kind: "too-many" } | { kind: "no-letter"; name: string } | { kind: "twice"; name: string };

/**
 * What is wrong with a soundtrack's composers, given as trimmed names: too many of them, a name
 * without a letter or a digit (it would have no address), or one listed twice (two names with
 * the same address, "A B" and "a-b", are one composer).
 */
export function composerProblems(names: readonly string[]): ComposerProblem[] {
  const problems: ComposerProblem[] = [];
  if (names.length > MAX_COMPOSERS) problems.push({ kind: "too-many" });
  const slugs = names.map(slugify);
  names.forEach((name, i) => {
    if (slugs[i] === "") problems.push({ kind: "no-letter", name });
    else if (slugs.indexOf(slugs[i]!) !== i) problems.push({ kind: "twice", name });
  });
  return problems;
}

/** A composer problem in words, the name quoted as the caller quotes. */
export function describeComposerProblem(
  problem: ComposerProblem,
  quote: (name: string) => string,
): string {
  switch (problem.kind) {
    case "too-many":
      return listAtMost(MAX_COMPOSERS, "composers");
    case "no-letter":
      return `${quote(problem.name)} needs a letter or a digit`;
    case "twice":
      return `${quote(problem.name)} is listed twice`;
  }
}
