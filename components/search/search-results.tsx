import { Pagination } from "@/components/pagination";
import type { SearchResults as Results } from "@/db/queries/search-results";
import { SEARCH_GROUPS, SEARCH_PAGE_SIZE, type SearchGroup, searchHref } from "@/lib/search-groups";
import { ResultGroup } from "./result-group";
import { SearchTabs } from "./search-tabs";

type SearchResultsProps = {
  text: string;
  results: Results;
  group: SearchGroup | undefined;
  page: number;
  pageCount: number;
};

/** The groups a search found, or one group a page at a time. */
export function SearchResults({ text, results, group, page, pageCount }: SearchResultsProps) {
  const { counts, hits, ranked } = results;
  const shown = group ? [group] : SEARCH_GROUPS.filter((g) => counts[g.kind] > 0);
  return (
    <>
      <SearchTabs text={text} counts={counts} group={group} />
      {!ranked && (
        <p className="mt-4 text-sm text-soft">
          So many results match that they are listed newest first: add a word to narrow the search.
        </p>
      )}
      {shown.map((g) => (
        <ResultGroup
          key={g.kind}
          group={g}
          count={counts[g.kind]}
          hits={hits[g.kind] ?? []}
          moreHref={group ? undefined : searchHref({ text, group: g.param })}
        />
      ))}
      {group && counts[group.kind] === 0 && (
        <p className="mt-4 text-soft">
          No {group.many} match this search; the other kinds above may have some.
        </p>
      )}
      {group && (
        <Pagination
          page={page}
          pageCount={pageCount}
          label={`Pages of ${group.many}`}
          href={(p) => searchHref({ text, group: group.param, page: p })}
          previous={`Previous ${SEARCH_PAGE_SIZE}`}
          next={`Next ${SEARCH_PAGE_SIZE}`}
        />
      )}
    </>
  );
}
