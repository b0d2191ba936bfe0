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

/** The address of a search: what was typed, one group (by its param) or all, and a page of it. */
export function searchHref({
  text,
  group,
  page = 1,
}: {
  text: string;
  group?: string;
  page?: number;
}): string {
  const params = new URLSearchParams();
  if (text) params.set("q", text);
  if (group) params.set("kind", group);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
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
