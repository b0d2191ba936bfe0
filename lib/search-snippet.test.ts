import { describe, expect, it } from "vitest";
import { MARK_END as E, MARK_START as S, plainSnippet, splitMarked } from "./search-snippet";

describe("a snippet from the search index", () => {
  it("splits into plain and marked pieces", () => {
    expect(splitMarked(`…the ${S}Kashmir${E} cue and ${S}more${E}`)).toEqual([
      { text: "…the ", marked: false },
      { text: "Kashmir", marked: true },
      { text: " cue and ", marked: false },
      { text: "more", marked: true },
    ]);
    expect(splitMarked("")).toEqual([]);
  });

  it("keeps a word the index split at an apostrophe or hyphen one word", () => {
    // "balfe s" searched as two words: the index marks "Balfe" and "s" of "Balfe’s" apart.
    expect(splitMarked(`…composer ${S}Balfe${E}’${S}s${E} music`)).toEqual([
      { text: "…composer ", marked: false },
      { text: "Balfe’s", marked: true },
      { text: " music", marked: false },
    ]);
    expect(splitMarked(`${S}Zimmer${E}-${S}esque${E}`)).toEqual([
      { text: "Zimmer-esque", marked: true },
    ]);
    // The matched part alone is marked; the rest of the word goes on right after it.
    expect(splitMarked(`${S}Balfe${E}’s music`)).toEqual([
      { text: "Balfe", marked: true },
      { text: "’s music", marked: false },
    ]);
    // Two words that merely sit beside each other keep their own marks.
    expect(splitMarked(`${S}Balfe${E} ’${S}s${E}`)).toEqual([
      { text: "Balfe", marked: true },
      { text: " ’", marked: false },
      { text: "s", marked: true },
    ]);
    expect(splitMarked(`${S}Balfe${E}’ ${S}s${E}`)).toHaveLength(3);
  });

  it("keeps markup in the text as text", () => {
    expect(splitMarked(`<img src=x onerror=alert(1)> ${S}b${E}`)[0]).toEqual({
      text: "<img src=x onerror=alert(1)> ",
      marked: false,
    });
  });

  it("drops the Markdown around the words, keeping the marks", () => {
    expect(plainSnippet(`## Final *${S}Thoughts${E}* on [the cue](https://x.test/a) here`)).toBe(
      `Final ${S}Thoughts${E} on the cue here`,
    );
    expect(plainSnippet("snake_case stays, _emphasis_ goes")).toBe(
      "snake_case stays, emphasis goes",
    );
  });
});
