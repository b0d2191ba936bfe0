import Link from "next/link";
import { compactButtonClass } from "@/components/forms/button-styles";
import { inputClass } from "@/components/forms/form-field";
import {
  ARCHIVE_SORTS,
  type ArchiveFilters as Filters,
  MIN_SCORE_CHOICES,
  SORT_LABELS,
} from "@/lib/archive-filters";
import { formatScore } from "@/lib/format";
import { FILM_YEAR_MAX, FILM_YEAR_MIN } from "@/lib/review-rules";

const labelClass = "block text-sm font-medium";
/** As tall as the text boxes beside them, so the labels of a row line up. */
const selectClass = `${inputClass} h-10.5`;

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
      className="mt-6 flex flex-wrap items-end gap-4 rounded-lg border border-stone-300 p-3 sm:p-4 dark:border-stone-700"
    >
      {/* Each field wraps to a row of its own before its text is cut: the sort's longest choice,
          "Readers’ average, highest first", needs about 19rem. */}
      <div className="min-w-0 grow basis-32">
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
      <div className="min-w-0 grow basis-44">
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
      <div className="min-w-0 grow basis-40">
        <label htmlFor="archive-min" className={labelClass}>
          Critic’s score
        </label>
        <select
          id="archive-min"
          name="min"
          defaultValue={filters.minScore === null ? "" : formatScore(filters.minScore)}
          className={selectClass}
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
      <div className="min-w-0 grow basis-76">
        <label htmlFor="archive-sort" className={labelClass}>
          Sort by
        </label>
        <select id="archive-sort" name="sort" defaultValue={filters.sort} className={selectClass}>
          {ARCHIVE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex grow flex-wrap items-center gap-4 py-1">
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
