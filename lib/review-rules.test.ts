import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  composerProblems,
  MAX_BODY_LENGTH,
  MAX_COMPOSER_NAME_LENGTH,
  MAX_COMPOSERS,
  MAX_COVER_ALT_LENGTH,
  MAX_FILM_TITLE_LENGTH,
  MAX_HEADLINE_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_LINK_LABEL_LENGTH,
  MAX_LINKS,
  MAX_SLUG_LENGTH,
  MAX_SOUNDTRACK_SLUG_LENGTH,
  MAX_SUMMARY_LENGTH,
  MAX_TRACK_POSITION,
  MAX_TRACKS,
} from "./review-rules";

const names = (count: number) => Array.from({ length: count }, (_, i) => `Name ${i + 1}`);

describe("composerProblems", () => {
  it("names each composer without an address or listed twice, in the order given", () => {
    expect(composerProblems(["A B", "a-b", "!!!", "C", "c"])).toEqual([
      { kind: "twice", name: "a-b" },
      { kind: "no-letter", name: "!!!" },
      { kind: "twice", name: "c" },
    ]);
  });

  it("takes as many composers as the editor does, and no more", () => {
    expect(composerProblems(names(MAX_COMPOSERS))).toEqual([]);
    expect(composerProblems(names(MAX_COMPOSERS + 1))).toEqual([{ kind: "too-many" }]);
  });
});

describe("the README", () => {
  it("gives an operator the limits a review file is held to, as the rules keep them", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const from = readme.indexOf("A file is held to the editor's limits");
    const limits = readme.slice(from, readme.indexOf("A new review is a draft", from));
    const text = limits.replace(/\s+/g, " ");
    // The README says the three in one breath: a change to one of them is a change to it.
    expect(new Set([MAX_HEADLINE_LENGTH, MAX_FILM_TITLE_LENGTH, MAX_LABEL_LENGTH]).size).toBe(1);
    for (const phrase of [
      `headline, film and label ${MAX_HEADLINE_LENGTH} characters`,
      `\`slug\` ${MAX_SLUG_LENGTH}`,
      `\`soundtrack_slug\` ${MAX_SOUNDTRACK_SLUG_LENGTH}`,
      `\`cover_alt\` ${MAX_COVER_ALT_LENGTH}`,
      `\`summary\` ${MAX_SUMMARY_LENGTH}`,
      `body ${MAX_BODY_LENGTH.toLocaleString("en-GB")}`,
      `${MAX_COMPOSERS} composers of ${MAX_COMPOSER_NAME_LENGTH} characters each`,
      `${MAX_TRACKS} tracks numbered up to ${MAX_TRACK_POSITION}`,
      `${MAX_LINKS} links with labels of ${MAX_LINK_LABEL_LENGTH} characters`,
    ]) {
      expect(text).toContain(phrase);
    }
  });
});
