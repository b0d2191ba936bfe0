import { describe, expect, it } from "vitest";
import { SEARCH_GROUPS, searchHref, searchHrefFromQuery, searchOfPath } from "./search-groups";
import { parseSearchPath } from "./search-params";
import { MAX_QUERY_LENGTH } from "./search-query";

const tracks = SEARCH_GROUPS.find((g) => g.param === "tracks");

describe("a search's address", () => {
  it("reads what was typed, a kind and a page", () => {
    expect(parseSearchPath(" kashmir ", ["tracks", "3"])).toEqual({
      text: "kashmir",
      truncated: false,
      group: tracks,
      page: 3,
    });
    expect(parseSearchPath("kashmir", undefined)).toEqual({
      text: "kashmir",
      truncated: false,
      group: undefined,
      page: 1,
    });
    expect(parseSearchPath("a", ["tracks"])).toMatchObject({ group: tracks, page: 1 });
  });

  it("cuts a search to MAX_QUERY_LENGTH characters and says it did", () => {
    const parsed = parseSearchPath("x".repeat(MAX_QUERY_LENGTH + 1), undefined);
    expect(parsed?.text).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed?.truncated).toBe(true);
  });

  it("refuses a kind or a page it cannot read, and anything past the page", () => {
    for (const rest of [
      ["tracks", "-1"],
      ["tracks", "0"],
      ["tracks", "abc"],
      ["tracks", "1.5"],
      ["tracks", "99999999"],
      ["nonsense"],
      ["track"],
      ["tracks", "2", "more"],
    ]) {
      expect(parseSearchPath("a", rest), rest.join("/")).toBeNull();
    }
  });

  it("writes paths that read back as the same search", () => {
    const href = searchHref({ text: 'near( "a b" -c/d 100%', group: "tracks", page: 2 });
    expect(href).toBe("/search/near(%20%22a%20b%22%20-c%2Fd%20100%25/tracks/2");
    const [, , query, ...rest] = href.split("/");
    expect(parseSearchPath(query!, rest)).toMatchObject({
      text: 'near( "a b" -c/d 100%',
      group: tracks,
      page: 2,
    });
    expect(searchOfPath(href)).toEqual({ text: 'near( "a b" -c/d 100%', group: "tracks" });
    // Next hands a page its segments encoded, and its metadata the same segments decoded.
    expect(parseSearchPath("100%", undefined)?.text).toBe("100%");
    expect(parseSearchPath("lorne balfe", undefined)?.text).toBe("lorne balfe");
    expect(searchHref({ text: "" })).toBe("/search");
    expect(searchHref({ text: ".." })).toBe("/search");
    expect(searchHref({ text: "a", page: 1 })).toBe("/search/a");
    expect(searchHref({ text: "a", page: 3 })).toBe("/search/a");
    expect(searchOfPath("/search/a")).toEqual({ text: "a", group: undefined });
    expect(searchOfPath("/reviews/a")).toEqual({ text: "", group: undefined });
  });

  it("moves a search sent as a query string to its own path", () => {
    const from = (query: string) => searchHrefFromQuery(new URLSearchParams(query));
    expect(from("q=+lorne+balfe+")).toBe("/search/lorne%20balfe");
    expect(from("q=the&kind=tracks&page=2")).toBe("/search/the/tracks/2");
    expect(from("q=the&kind=tracks&page=1")).toBe("/search/the/tracks");
    // Left for the page to refuse with its own 404.
    expect(from("q=the&kind=nonsense")).toBe("/search/the/nonsense");
    expect(from("q=the&kind=tracks&page=-1")).toBe("/search/the/tracks/-1");
    // The overview is one page.
    expect(from("q=the&page=2")).toBe("/search/the");
    expect(from("q=")).toBe("/search");
  });
});
