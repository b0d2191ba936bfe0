import { describe, expect, it } from "vitest";
import { SEARCH_GROUPS, searchHref } from "./search-groups";
import { parseSearchParams } from "./search-params";
import { MAX_QUERY_LENGTH } from "./search-query";

const tracks = SEARCH_GROUPS.find((g) => g.param === "tracks");

describe("a search's address", () => {
  it("reads what was typed, a kind and a page", () => {
    expect(parseSearchParams({ q: " kashmir ", kind: "tracks", page: "3" })).toEqual({
      text: "kashmir",
      truncated: false,
      group: tracks,
      page: 3,
    });
    expect(parseSearchParams({})).toEqual({
      text: "",
      truncated: false,
      group: undefined,
      page: 1,
    });
    expect(parseSearchParams({ q: "a", kind: "", page: "" })?.group).toBeUndefined();
  });

  it("cuts a search to MAX_QUERY_LENGTH characters and says it did", () => {
    const parsed = parseSearchParams({ q: "x".repeat(MAX_QUERY_LENGTH + 1) });
    expect(parsed?.text).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed?.truncated).toBe(true);
  });

  it("takes the first of a field sent twice", () => {
    expect(parseSearchParams({ q: ["one", "two"] })?.text).toBe("one");
  });

  it("refuses a kind or a page it cannot read, and pages without a kind", () => {
    for (const params of [
      { page: "-1" },
      { page: "0" },
      { page: "abc" },
      { page: "1.5" },
      { kind: "tracks", page: "99999999" },
      { kind: "nonsense" },
      { kind: "track" },
      { q: "a", page: "2" },
    ]) {
      expect(parseSearchParams(params), JSON.stringify(params)).toBeNull();
    }
  });

  it("writes addresses that read back as the same search", () => {
    const href = searchHref({ text: 'near( "a b" -c', group: "tracks", page: 2 });
    expect(href).toBe("/search?q=near%28+%22a+b%22+-c&kind=tracks&page=2");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseSearchParams(params)).toMatchObject({ text: 'near( "a b" -c', page: 2 });
    expect(searchHref({ text: "" })).toBe("/search");
    expect(searchHref({ text: "a", page: 1 })).toBe("/search?q=a");
  });
});
