import Link from "next/link";
import {
  ARCHIVE_SORTS,
  type ArchiveFilters as Filters,
  FILM_YEAR_MAX,
  FILM_YEAR_MIN,
  MIN_SCORE_CHOICES,
  SORT_LABELS,
} from "@/lib/archive-filters";
import { formatScore } from "@/lib/format";
import { compactButtonClass } from "./button-styles";
import { inputClass } from "./form-field";

const labelClass = "block text-sm font-medium";

/**
 * The archive's filters as a plain GET form: the choices land in the address, so a filtered view
 * survives a reload and can be shared, with or without JavaScript.
 */
export function ArchiveFilters({
  filters,
  composerName,
}: {
  filters: Filters;
  composerName: string | null;
}) {
  return (
    <form
      action="/reviews"
      method="get"
      role="search"
      aria-label="Filter the archive"
      className="mt-6 grid grid-cols-1 gap-4 rounded-lg border border-stone-300 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-stone-700"
    >
      <div>
        <label htmlFor="archive-year" className={labelClass}>
          Film year
        </label>
        <input
          id="archive-year"
          name="year"
          type="number"
          inputMode="numeric"
          min={FILM_YEAR_MIN}
          max={FILM_YEAR_MAX}
          placeholder="Any year"
          defaultValue={filters.year ?? ""}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="archive-composer" className={labelClass}>
          Composer
        </label>
        <input
          id="archive-composer"
          name="composer"
          type="text"
          placeholder="Any composer"
          defaultValue={composerName ?? ""}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="archive-min" className={labelClass}>
          Critic’s score
        </label>
        <select
          id="archive-min"
          name="min"
          defaultValue={filters.minScore === null ? "" : formatScore(filters.minScore)}
          className={inputClass}
        >
          <option value="">Any score</option>
          {filters.minScore !== null && !MIN_SCORE_CHOICES.some((s) => s === filters.minScore) && (
            <option value={formatScore(filters.minScore)}>
              {formatScore(filters.minScore)} and up
            </option>
          )}
          {MIN_SCORE_CHOICES.map((score) => (
            <option key={score} value={formatScore(score)}>
              {formatScore(score)} and up
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="archive-sort" className={labelClass}>
          Sort by
        </label>
        <select id="archive-sort" name="sort" defaultValue={filters.sort} className={inputClass}>
          {ARCHIVE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={compactButtonClass}>
          Show reviews
        </button>
        <Link href="/reviews" className="link-accent text-sm">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
