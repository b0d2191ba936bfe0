import { z } from "zod";
import { SEARCH_GROUPS, type SearchGroup } from "./search-groups";
import { MAX_QUERY_LENGTH } from "./search-query";

// The query string of /search: q (what was typed), kind (one group of results) and page (within
// that group). A link anyone can share; a kind or page that cannot be read is a 404 that says so.

export type SearchParams = Record<string, string | string[] | undefined>;

const MAX_PAGE = 10_000;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
/** A GET form sends an empty field as an empty value: empty is the same as absent. */
const blank = (value: unknown) => (first(value) === "" ? undefined : first(value));

const searchQuery = z.object({
  q: z.preprocess(first, z.string().optional()).transform((q = "") => ({
    text: q.trim().slice(0, MAX_QUERY_LENGTH),
    truncated: q.trim().length > MAX_QUERY_LENGTH,
  })),
  kind: z.preprocess(
    blank,
    z
      .enum(SEARCH_GROUPS.map((g) => g.param))
      .optional()
      .transform((param) => SEARCH_GROUPS.find((g) => g.param === param)),
  ),
  page: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[1-9]\d{0,4}$/)
      .transform(Number)
      .refine((page) => page <= MAX_PAGE)
      .optional(),
  ),
});

export type ParsedSearch = {
  text: string;
  truncated: boolean;
  group: SearchGroup | undefined;
  page: number;
};

/** The search a URL asks for, or null when its kind or page cannot be read. */
export function parseSearchParams(params: SearchParams): ParsedSearch | null {
  const parsed = searchQuery.safeParse(params);
  if (!parsed.success) return null;
  const { q, kind, page = 1 } = parsed.data;
  // Only a group on its own has pages; the overview of every group is one page.
  if (!kind && page > 1) return null;
  return { ...q, group: kind, page };
}
