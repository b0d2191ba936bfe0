import { z } from "zod";
import { SEARCH_GROUPS, type SearchGroup } from "./search-groups";
import { MAX_QUERY_LENGTH } from "./search-query";

// The path of a search, /search/<what was typed>/<kind>/<page>: one group of results and a page
// within it are optional. A link anyone can share; a kind or page that cannot be read is a 404
// that says so.

const MAX_PAGE = 10_000;

const searchPath = z.object({
  query: z.string().transform((q) => ({
    text: q.trim().slice(0, MAX_QUERY_LENGTH),
    truncated: q.trim().length > MAX_QUERY_LENGTH,
  })),
  rest: z
    .tuple([
      z.enum(SEARCH_GROUPS.map((g) => g.param)),
      z
        .string()
        .regex(/^[1-9]\d{0,4}$/)
        .transform(Number)
        .refine((page) => page <= MAX_PAGE)
        .optional(),
    ])
    .optional(),
});

export type ParsedSearch = {
  text: string;
  truncated: boolean;
  group: SearchGroup | undefined;
  page: number;
};

/**
 * A segment as Next gives it: still percent-encoded to a page, already decoded to its metadata.
 * What cannot be decoded again ("100%") already was.
 */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The search a path asks for, or null when its kind or page cannot be read. */
export function parseSearchPath(query: string, rest: string[] | undefined): ParsedSearch | null {
  const parsed = searchPath.safeParse({ query: decoded(query), rest: rest?.map(decoded) });
  if (!parsed.success) return null;
  const [kind, page = 1] = parsed.data.rest ?? [];
  return {
    ...parsed.data.query,
    group: SEARCH_GROUPS.find((g) => g.param === kind),
    page,
  };
}
