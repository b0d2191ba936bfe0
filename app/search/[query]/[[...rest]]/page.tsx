import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { NoResults, SearchIntro } from "@/components/search/search-empty";
import { SearchResults } from "@/components/search/search-results";
import { PageVersion } from "@/components/viewer/page-version";
import { getSearchExamples, getSearchResults } from "@/db/queries/search-results";
import { pageCountFor } from "@/lib/archive";
import { COUNT_CAP, formatTotal, SEARCH_GROUPS, SEARCH_PAGE_SIZE } from "@/lib/search-groups";
import { parseSearchPath } from "@/lib/search-params";
import { MAX_QUERY_LENGTH, toSearchQuery } from "@/lib/search-query";

// Each search is a page of its own, made when first asked for and kept (the cache's memory is
// bounded, least recently used first) until what is live changes: everything that changes what
// is live or what a live review says touches the review list's tag.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ query: string; rest?: string[] }> };

async function searchOf(params: Props["params"]) {
  const { query, rest } = await params;
  return parseSearchPath(query, rest);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const search = await searchOf(params);
  return {
    title: search?.text ? `“${search.text}”: search` : "Search",
    // Result pages are many and change with every review: the reviews themselves are indexed.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params }: Props) {
  const search = await searchOf(params);
  if (!search) notFound();
  const { text, group, page, truncated } = search;
  const version = await tagPage(reads.search());
  const searchable = toSearchQuery(text).match !== null;
  const results = searchable ? await getSearchResults(text, { kind: group?.kind, page }) : null;
  const total = results ? SEARCH_GROUPS.reduce((n, g) => n + results.counts[g.kind], 0) : 0;
  // Past COUNT_CAP results a group is not counted further, nor paged.
  const inGroup = group && results ? Math.min(results.counts[group.kind], COUNT_CAP) : 0;
  const pageCount = pageCountFor(inGroup, SEARCH_PAGE_SIZE);
  if (page > pageCount) notFound();
  const examples = total === 0 ? await getSearchExamples() : null;

  return (
    <>
      <PageVersion {...version} />
      {truncated && (
        <p className="mt-2 rounded-md bg-accent-soft px-3 py-2 text-sm text-ink">
          Searches are at most {MAX_QUERY_LENGTH} characters long: only the first {MAX_QUERY_LENGTH}{" "}
          were searched.
        </p>
      )}
      <p role="status" className={`mt-4 text-soft ${total === 0 ? "sr-only" : ""}`}>
        {results &&
          (total === 0
            ? `No results for “${text}”.`
            : `${formatTotal(results.counts)} ${total === 1 ? "result" : "results"} for “${text}”.`)}
      </p>
      {!results ? (
        <div className="mt-4">
          <SearchIntro text={text} examples={examples} />
        </div>
      ) : total === 0 ? (
        <div className="mt-4">
          <NoResults text={text} examples={examples} />
        </div>
      ) : (
        <SearchResults
          text={text}
          results={results}
          group={group}
          page={page}
          pageCount={pageCount}
        />
      )}
    </>
  );
}
