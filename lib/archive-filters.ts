import { z } from "zod";
import { formatScore } from "./format";
import { FILM_YEAR_MAX, FILM_YEAR_MIN, FILM_YEARS } from "./review-rules";
import { MAX_SCORE } from "./scores";
import { slugify } from "./slug";

export const ARCHIVE_SORTS = ["newest", "oldest", "critic", "readers"] as const;
export type ArchiveSort = (typeof ARCHIVE_SORTS)[number];

export const SORT_LABELS: Record<ArchiveSort, string> = {
  newest: "Newest week first",
  oldest: "Oldest week first",
  critic: "Critic’s score, highest first",
  readers: "Readers’ average, highest first",
};

/** The minimum critic scores the form offers, in tenths; the URL accepts any score 0–10. */
export const MIN_SCORE_CHOICES = [50, 60, 70, 75, 80, 85, 90] as const;

export type ArchiveFilters = {
  year: number | null;
  /** A composer's slug, from a slug or a name typed into the form. */
  composer: string | null;
  /** Tenths: 75 keeps reviews the critic scored 7.5 or more. */
  minScore: number | null;
  sort: ArchiveSort;
  page: number;
};

export const NO_FILTERS: ArchiveFilters = {
  year: null,
  composer: null,
  minScore: null,
  sort: "newest",
  page: 1,
};

type SearchParams = Record<string, string | string[] | undefined>;

const yearParam = z.coerce.number().int().min(FILM_YEAR_MIN).max(FILM_YEAR_MAX);
const scoreParam = z.coerce
  .number()
  .min(0)
  .max(MAX_SCORE / 10);
const pageParam = z.coerce.number().int().min(1).max(100_000);
const sortParam = z.enum(ARCHIVE_SORTS);

/** The first value of a parameter, trimmed; an empty field counts as not given. */
function first(value: string | string[] | undefined): string | null {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  return raw ? raw.slice(0, 100) : null;
}

/**
 * The archive's filters from the address. A value that cannot be read is left out and comes back
 * as a note that says so, so a mistyped link still shows the archive and explains itself.
 */
export function parseArchiveParams(params: SearchParams): {
  filters: ArchiveFilters;
  notes: string[];
  /** The composer as typed, for a note when nobody by that name is found. */
  composerText: string | null;
} {
  const notes: string[] = [];
  const filters = { ...NO_FILTERS };
  const year = first(params.year);
  if (year !== null) {
    const parsed = /^\d{4}$/.test(year) ? yearParam.safeParse(year) : null;
    if (parsed?.success) filters.year = parsed.data;
    else notes.push(`“${year}” isn’t a film year ${FILM_YEARS}, so every year is shown.`);
  }
  const composer = first(params.composer);
  if (composer !== null) filters.composer = slugify(composer) || null;
  const min = first(params.min);
  if (min !== null) {
    const parsed = /^\d{1,2}(\.\d)?$/.test(min) ? scoreParam.safeParse(min) : null;
    if (parsed?.success) filters.minScore = Math.round(parsed.data * 10);
    else
      notes.push(
        `“${min}” isn’t a critic’s score from 0 to ${MAX_SCORE / 10}, so every score is shown.`,
      );
  }
  const sort = first(params.sort);
  if (sort !== null) {
    const parsed = sortParam.safeParse(sort);
    if (parsed.success) filters.sort = parsed.data;
    else
      notes.push(
        `“${sort}” isn’t a way to sort the archive, so it is sorted ${SORT_LABELS.newest.toLowerCase()}.`,
      );
  }
  const page = first(params.page);
  if (page !== null) {
    const parsed = /^\d+$/.test(page) ? pageParam.safeParse(page) : null;
    if (parsed?.success) filters.page = parsed.data;
    else notes.push(`“${page}” isn’t a page number, so the first page is shown.`);
  }
  return { filters, notes, composerText: composer };
}

/** Whether anything narrows or reorders the archive: such views are rendered per request. */
export function isFiltered(filters: ArchiveFilters): boolean {
  return (
    filters.year !== null ||
    filters.composer !== null ||
    filters.minScore !== null ||
    filters.sort !== NO_FILTERS.sort
  );
}

/**
 * The address of a page of the archive with these filters; the plain archive keeps its static
 * addresses (/reviews, /reviews/page/2).
 */
export function archiveHref(filters: ArchiveFilters, page = 1): string {
  if (!isFiltered(filters)) return page <= 1 ? "/reviews" : `/reviews/page/${page}`;
  const query = new URLSearchParams();
  if (filters.year !== null) query.set("year", String(filters.year));
  if (filters.composer !== null) query.set("composer", filters.composer);
  if (filters.minScore !== null) query.set("min", formatScore(filters.minScore));
  if (filters.sort !== NO_FILTERS.sort) query.set("sort", filters.sort);
  if (page > 1) query.set("page", String(page));
  return `/reviews?${query.toString()}`;
}

/** The filters without one of them: the address a "remove" link leads to. */
export function withoutFilter(
  filters: ArchiveFilters,
  key: "year" | "composer" | "minScore" | "sort",
): ArchiveFilters {
  return { ...filters, [key]: NO_FILTERS[key], page: 1 };
}

/**
 * The plain form sends every field, empty or not, and the composer as typed: the address the
 * filters read from, when it is not already that one, so that what is shared is short and stable.
 */
export function canonicalArchiveHref(params: SearchParams, filters: ArchiveFilters): string | null {
  const given = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value ?? ""]) given.append(key, item);
  }
  const asked = given.size > 0 ? `/reviews?${given.toString()}` : "/reviews";
  const canonical = archiveHref(filters, filters.page);
  return asked === canonical ? null : canonical;
}
