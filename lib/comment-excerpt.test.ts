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
