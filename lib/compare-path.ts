import { MAX_SOUNDTRACK_SLUG_LENGTH, SLUG_PATTERN } from "./review-rules";

/** A comparison is of two to four soundtracks, named in its address by their slugs. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
export const SEPARATOR = "-vs-";
/** What a picker sends as someone types: a film's name, never an essay. */
export const MAX_TYPED_LENGTH = 100;

// No zod here: the picker, a client island, imports this file, and zod would ride along.
export const isSlug = (piece: string) =>
  piece.length <= MAX_SOUNDTRACK_SLUG_LENGTH && SLUG_PATTERN.test(piece);

export type PathProblem =
  | { kind: "malformed"; piece: string }
  | { kind: "too-few"; chosen: string[] }
  | { kind: "too-many"; count: number }
  | { kind: "duplicate"; slug: string }
  | { kind: "unknown"; slugs: string[] };

export type ParsedPath = { ok: true; slugs: string[] } | { ok: false; problem: PathProblem };

/**
 * `/compare/<pair>`: slugs joined by "-vs-" (a slug has hyphens of its own, so only the whole
 * separator splits). Empty pieces are soundtracks not chosen: "a-vs-" has one.
 */
export function parseComparePath(pair: string): ParsedPath {
  const chosen = pair.split(SEPARATOR).filter((piece) => piece !== "");
  const malformed = chosen.find((piece) => !isSlug(piece));
  if (malformed !== undefined)
    return { ok: false, problem: { kind: "malformed", piece: malformed } };
  if (chosen.length < MIN_COMPARED) return { ok: false, problem: { kind: "too-few", chosen } };
  if (chosen.length > MAX_COMPARED) {
    return { ok: false, problem: { kind: "too-many", count: chosen.length } };
  }
  const duplicate = chosen.find((slug, i) => chosen.indexOf(slug) !== i);
  if (duplicate) return { ok: false, problem: { kind: "duplicate", slug: duplicate } };
  return { ok: true, slugs: chosen };
}

/** The one address of a comparison: its slugs in alphabetical order, whatever order they came in. */
export function comparePath(slugs: readonly string[]): string {
  return `/compare/${[...slugs].sort().join(SEPARATOR)}`;
}

/** The picker on /compare, with this soundtrack already chosen. */
export function compareWithPath(slug: string): string {
  return `/compare?with=${encodeURIComponent(slug)}`;
}

/** What went wrong, in a sentence for the page that explains it. */
export function describeProblem(problem: PathProblem): { title: string; message: string } {
  switch (problem.kind) {
    case "malformed":
      return {
        title: "That is not a comparison address",
        message: `“${problem.piece.slice(0, 80)}” is not the address of a soundtrack: a comparison's address names its soundtracks in lower-case letters, digits and hyphens, joined by “${SEPARATOR}”.`,
      };
    case "too-few":
      return {
        title: `Choose at least ${MIN_COMPARED} soundtracks`,
        message:
          problem.chosen.length === 0
            ? `No soundtrack was chosen. Choose at least ${MIN_COMPARED} soundtracks to compare.`
            : `Only one soundtrack was chosen. Choose at least ${MIN_COMPARED} soundtracks to compare.`,
      };
    case "too-many":
      return {
        title: `At most ${MAX_COMPARED} soundtracks at a time`,
        message: `${problem.count} soundtracks were chosen; a comparison holds ${MIN_COMPARED} to ${MAX_COMPARED}.`,
      };
    case "duplicate":
      return {
        title: "The same soundtrack twice",
        message: `“${problem.slug}” was chosen more than once. Choose ${MIN_COMPARED} to ${MAX_COMPARED} different soundtracks.`,
      };
    case "unknown":
      return {
        title:
          problem.slugs.length === 1
            ? "We couldn’t find that soundtrack"
            : "We couldn’t find those soundtracks",
        message: `No soundtrack on the site is at ${problem.slugs.map((s) => `“${s.slice(0, 80)}”`).join(" or ")}.`,
      };
  }
}
