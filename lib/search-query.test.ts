import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, toSearchQuery } from "./search-query";

describe("what a person types, as a search", () => {
  it("quotes every word and matches the last one as a prefix while it is typed", () => {
    expect(toSearchQuery("lorne bal").match).toBe('"lorne" "bal"*');
    expect(toSearchQuery("lorne balfe ").match).toBe('"lorne" "balfe"');
    expect(toSearchQuery("Kashmir", { prefix: false }).match).toBe('"kashmir"');
  });

  it("matches a last word as a prefix only once it is minPrefix characters long", () => {
    expect(toSearchQuery("lorne b", { minPrefix: 2 }).match).toBe('"lorne" "b"');
    expect(toSearchQuery("lorne ba", { minPrefix: 2 }).match).toBe('"lorne" "ba"*');
    expect(toSearchQuery("lorne b").match).toBe('"lorne" "b"*');
  });

  it("keeps a quoted phrase together, and leaves out -words", () => {
    expect(toSearchQuery('"the hollow" mill -vennick').match).toBe(
      '"the hollow" "mill" NOT "vennick"',
    );
    expect(toSearchQuery('"an open phrase').match).toBe('"an open phrase"');
  });

  it("turns FTS5's own syntax into plain words", () => {
    expect(toSearchQuery("NEAR(a b)").match).toBe('"near a" "b"');
    expect(toSearchQuery("title:fallout OR ^x*").match).toBe('"title fallout" "or" "x"');
    expect(toSearchQuery('"""').match).toBeNull();
  });

  it("finds nothing to search in punctuation, a lone -word or emptiness", () => {
    for (const text of ["", "   ", "*", "-", '""', "-fallout", "()^:"]) {
      expect(toSearchQuery(text)).toEqual({ match: null, words: [] });
    }
  });

  it("folds case, keeps accents for the index to fold, and reports the words", () => {
    expect(toSearchQuery("Morricone ÉTÉ")).toEqual({
      match: '"morricone" "été"*',
      words: ["morricone", "été"],
    });
  });

  it("reads at most MAX_QUERY_LENGTH characters and eight words", () => {
    const long = "word ".repeat(MAX_QUERY_LENGTH);
    const { match } = toSearchQuery(long);
    expect(match?.split(" ")).toHaveLength(8);
  });
});
