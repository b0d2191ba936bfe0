import Link from "next/link";
import {
  archiveHref,
  type ArchiveFilters,
  isFiltered,
  SORT_LABELS,
  withoutFilter,
} from "@/lib/archive-filters";
import { formatScore } from "@/lib/format";

type Chip = { key: "year" | "composer" | "minScore" | "sort"; label: string };

/** What narrows or orders the view, each with a link that takes it away. */
export function ArchiveActiveFilters({
  filters,
  composerName,
}: {
  filters: ArchiveFilters;
  composerName: string | null;
}) {
  if (!isFiltered(filters)) return null;
  const chips: Chip[] = [];
  if (filters.year !== null) chips.push({ key: "year", label: `Film year ${filters.year}` });
  if (filters.composer !== null) {
    chips.push({ key: "composer", label: `Music by ${composerName ?? filters.composer}` });
  }
  if (filters.minScore !== null) {
    chips.push({
      key: "minScore",
      label: `Critic’s score ${formatScore(filters.minScore)} and up`,
    });
  }
  if (filters.sort !== "newest") chips.push({ key: "sort", label: SORT_LABELS[filters.sort] });
  return (
    <section aria-labelledby="active-filters" className="mt-4">
      <h2 id="active-filters" className="sr-only">
        Active filters
      </h2>
      <ul className="flex flex-wrap items-center gap-2">
        {chips.map(({ key, label }) => (
          <li
            key={key}
            className="inline-flex items-center gap-2 rounded-full border border-stone-400 py-1 pr-1 pl-3 text-sm dark:border-stone-600"
          >
            {label}
            <Link
              href={archiveHref(withoutFilter(filters, key))}
              aria-label={`Remove “${label}”`}
              className="rounded-full px-2 leading-6 hover:bg-stone-200 dark:hover:bg-stone-800"
            >
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href="/reviews" className="link-accent text-sm">
            Clear all filters
          </Link>
        </li>
      </ul>
    </section>
  );
}
