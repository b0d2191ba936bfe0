import { notFound } from "next/navigation";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { Pagination } from "@/components/pagination";
import { PageVersion } from "@/components/viewer/page-version";
import { getArchivePage } from "@/db/queries/archive";
import { getCommentCounts } from "@/db/queries/comments";
import { ARCHIVE_PAGE_SIZE, pageCountFor } from "@/lib/archive";
import {
  archiveHref,
  type ArchiveFilters as Filters,
  isFiltered,
  NO_FILTERS,
  SORT_LABELS,
} from "@/lib/archive-filters";
import { ArchiveActiveFilters } from "./archive-active-filters";
import { ArchiveFilters } from "./archive-filters";
import { ArchiveNotes } from "./archive-notes";
import { ArchiveResults } from "./archive-results";

type ArchivePageProps = {
  filters?: Filters;
  /** Why a parameter of the address was left out. */
  notes?: string[];
  composer?: { id: number; name: string } | null;
};

export async function ArchivePage({
  filters = NO_FILTERS,
  notes = [],
  composer = null,
}: ArchivePageProps) {
  const { total, cards } = await getArchivePage({
    year: filters.year,
    composerId: composer?.id ?? null,
    minScore: filters.minScore,
    sort: filters.sort,
    page: filters.page,
    pageSize: ARCHIVE_PAGE_SIZE,
  });
  const pageCount = pageCountFor(total);
  // Tagged first: a page past the end is a 404 only until enough reviews are published.
  const version = await tagPage(reads.archivePage(cards));
  if (filters.page > pageCount) notFound();
  const counts = await getCommentCounts(cards.map((r) => r.id));
  const filtered = isFiltered(filters);
  const noun = total === 1 ? "review" : "reviews";
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageVersion {...version} />
      <h1 className="font-serif text-4xl font-semibold">The archive</h1>
      <p className="mt-2 text-soft" aria-live="polite">
        {filtered
          ? `${total} ${noun} ${total === 1 ? "matches" : "match"}, ${SORT_LABELS[filters.sort].toLowerCase()}.`
          : `Every soundtrack explored so far, newest first${total > 0 ? ` — ${total} ${noun}` : ""}.`}
      </p>
      <ArchiveNotes notes={notes} />
      <ArchiveFilters filters={filters} composerName={composer?.name ?? null} />
      <ArchiveActiveFilters filters={filters} composerName={composer?.name ?? null} />
      <ArchiveResults cards={cards} counts={counts} filtered={filtered} />
      <Pagination
        page={filters.page}
        pageCount={pageCount}
        label="Archive pages"
        href={(page) => archiveHref(filters, page)}
        previous={filters.sort === "newest" ? "Newer reviews" : "Previous page"}
        next={filters.sort === "newest" ? "Older reviews" : "Next page"}
      />
    </div>
  );
}
