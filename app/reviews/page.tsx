import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ArchivePage } from "@/components/archive/archive-page";
import { getLiveComposerBySlug } from "@/db/queries/composers";
import { canonicalArchiveHref, parseArchiveParams } from "@/lib/archive-filters";

// Rendered for each request, since it reads its filters from the address; the plain archive's
// later pages are static (/reviews/page/2). A static /reviews with the filtered views rewritten
// elsewhere was tried: the browser's router then served the cached plain page for a filter link.
export const metadata: Metadata = { title: "Archive" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewsPage({ searchParams }: Props) {
  const params = await searchParams;
  const { filters, notes, composerText } = parseArchiveParams(params);
  const composer = filters.composer ? await getLiveComposerBySlug(filters.composer) : undefined;
  if (composerText && !composer) {
    notes.push(
      `No composer called “${composerText}” is in the archive, so every composer is shown.`,
    );
    filters.composer = null;
  }
  // An address with nothing left out is made canonical; one with a note keeps it, to explain it.
  const canonical = notes.length === 0 ? canonicalArchiveHref(params, filters) : null;
  if (canonical) redirect(canonical);
  return <ArchivePage filters={filters} notes={notes} composer={composer ?? null} />;
}
