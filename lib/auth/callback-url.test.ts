import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeCallbackUrl("/reviews/mission-impossible-fallout#comment-form")).toBe(
      "/reviews/mission-impossible-fallout#comment-form",
    );
    expect(safeCallbackUrl("/reviews?x=1")).toBe("/reviews?x=1");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    undefined,
    42,
    "reviews",
  ])("refuses %s", (raw) => {
    expect(safeCallbackUrl(raw)).toBe("/");
  });
});
