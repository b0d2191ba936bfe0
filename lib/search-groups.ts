// The groups of search results and the address of a search: shared by the page and its client
// islands, so nothing here may pull in a parser.

export const SEARCH_GROUPS = [
  { kind: "review", param: "reviews", label: "Reviews", one: "review", many: "reviews" },
  { kind: "soundtrack", param: "soundtracks", label: "Films", one: "film", many: "films" },
  { kind: "composer", param: "composers", label: "Composers", one: "composer", many: "composers" },
  { kind: "track", param: "tracks", label: "Tracks", one: "track", many: "tracks" },
] as const;

export type SearchGroup = (typeof SEARCH_GROUPS)[number];
export type SearchKindName = SearchGroup["kind"];

/** Results a group shows on the overview, and on each page of the group alone. */
export const OVERVIEW_SIZE = 4;
export const SEARCH_PAGE_SIZE = 10;

/**
 * The address of a search: what was typed, one group (by its param) or all, and a page of it.
 * A path, not a query string, so that each search is a page of its own that the cache keeps:
 * "/search/lorne%20balfe/tracks/2".
 */
export function searchHref({
  text,
  group,
  page = 1,
}: {
  text: string;
  group?: string;
  page?: number;
}): string {
  // "." and ".." would be read as parts of the path, and hold nothing to search for.
  if (!text || /^\.{1,2}$/.test(text)) return "/search";
  const parts = ["/search", encodeURIComponent(text)];
  if (group) parts.push(encodeURIComponent(group));
  if (group && page > 1) parts.push(String(page));
  return parts.join("/");
}

/**
 * Where a search sent as a query string (the search boxes without JavaScript, older links:
 * "/search?q=the&kind=tracks&page=2") lives. Whether the kind and page exist is for that page to
 * say; a page without a kind is dropped, as the overview of every kind is one page.
 */
export function searchHrefFromQuery(params: URLSearchParams): string {
  const text = (params.get("q") ?? "").trim();
  const group = params.get("kind") || undefined;
  const href = searchHref({ text, group });
  const page = params.get("page");
  return group && page && page !== "1" && href !== "/search"
    ? `${href}/${encodeURIComponent(page)}`
    : href;
}

/** The search pages (/search and every /search/…), which have a search box of their own. */
export function isSearchPath(pathname: string): boolean {
  return pathname === "/search" || pathname.startsWith("/search/");
}

/**
 * What a search's own path asks for ("/search/lorne%20balfe/tracks": what was typed, and the
 * kind of result by its param, unchecked); nothing typed elsewhere.
 */
export function searchOfPath(pathname: string): { text: string; group?: string } {
  const [, query, group] = /^\/search\/([^/]+)(?:\/([^/]+))?/.exec(pathname) ?? [];
  return { text: decoded(query ?? "").trim(), group: group && decoded(group) };
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Results are counted up to this many; a count past it reads "1,000+". */
export const COUNT_CAP = 1_000;

/** "7", "1,000+". */
export function formatCount(n: number): string {
  return n > COUNT_CAP ? `${COUNT_CAP.toLocaleString("en-GB")}+` : n.toLocaleString("en-GB");
}

/** All the results of a search: "47", or "1,007+" when a kind had more than COUNT_CAP. */
export function formatTotal(counts: Record<SearchKindName, number>): string {
  const ns = SEARCH_GROUPS.map((g) => counts[g.kind]);
  const total = ns.reduce((sum, n) => sum + Math.min(n, COUNT_CAP), 0);
  return `${total.toLocaleString("en-GB")}${ns.some((n) => n > COUNT_CAP) ? "+" : ""}`;
}

/** "1 track", "12 tracks", "1,000+ tracks". */
export function countOf(group: SearchGroup, n: number): string {
  return `${formatCount(n)} ${n === 1 ? group.one : group.many}`;
}
