import type { Metadata } from "next";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { SearchIntro } from "@/components/search/search-empty";
import { PageVersion } from "@/components/viewer/page-version";
import { getSearchExamples } from "@/db/queries/search-results";

export const metadata: Metadata = { title: "Search" };

/** Before anything is typed. A search itself has a page of its own, /search/<what was typed>. */
export default async function SearchStartPage() {
  const version = await tagPage(reads.search());
  const examples = await getSearchExamples();
  return (
    <div className="mt-4">
      <PageVersion {...version} />
      <SearchIntro text="" examples={examples} />
    </div>
  );
}
