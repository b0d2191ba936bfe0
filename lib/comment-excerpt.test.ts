import { describe, expect, it } from "vitest";
import * as profiles from "./comment-excerpt";

describe("plainExcerpt", () => {
  it("makes a short plain excerpt out of Markdown", () => {
    expect(profiles.plainExcerpt("# Heading\n\n> quoted _text_\n- item `code`")).toBe(
      "Heading quoted text item code",
    );
    expect(profiles.plainExcerpt("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
    expect(profiles.plainExcerpt("abcdefghij klm", 10)).toBe("abcdefghij…");
  });
});

describe("cutAtWord", () => {
  it("keeps a short text whole and cuts a long one at a word, Markdown and lines kept", () => {
    expect(profiles.cutAtWord("**short**", 20)).toBe("**short**");
    expect(profiles.cutAtWord("**bold** words\nand a second line", 22)).toBe(
      "**bold** words\nand a…",
    );
    expect(profiles.cutAtWord("averyveryverylongword", 10)).toBe("averyveryv…");
  });
});
