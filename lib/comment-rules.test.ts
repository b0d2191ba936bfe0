import { describe, expect, it } from "vitest";
import { discussionHref, rateLimitMessage, safeTimeZone, signInHref } from "./comment-rules";
import { parseDiscussionParams, postCommentSchema, reportSchema } from "./comment-schemas";

describe("parseDiscussionParams", () => {
  it("reads a known sort and a page number", () => {
    expect(parseDiscussionParams({ sort: "oldest", page: "3" })).toEqual({
      sort: "oldest",
      page: 3,
    });
    expect(parseDiscussionParams({ sort: "top", page: "1" })).toEqual({ sort: "top", page: 1 });
  });

  it("refuses anything else, so the page answers 404", () => {
    for (const [sort, page] of [
      ["best", "1"],
      ["newest", "0"],
      ["newest", "-2"],
      ["newest", "2.5"],
      ["newest", "01"],
      ["newest", "9999999"],
      ["Newest", "1"],
    ] as const) {
      expect(parseDiscussionParams({ sort, page })).toBeNull();
    }
  });
});

describe("links", () => {
  it("keeps the first page of the newest comments on the review itself", () => {
    expect(discussionHref("x", "newest")).toBe("/reviews/x#comments");
    expect(discussionHref("x", "newest", 2)).toBe("/reviews/x/comments/newest/2");
    expect(discussionHref("x", "top", 1)).toBe("/reviews/x/comments/top/1");
  });

  it("sends signed-out readers to sign in and back to the form", () => {
    expect(signInHref("mission-impossible-fallout")).toBe(
      "/sign-in?callbackUrl=%2Freviews%2Fmission-impossible-fallout%23comment-form",
    );
  });
});

describe("rateLimitMessage", () => {
  const now = new Date("2025-06-01T13:04:10Z");
  it("counts the seconds to wait, rounded up", () => {
    const at = (ms: number) => ({
      kind: "interval" as const,
      retryAt: new Date(now.getTime() + ms),
    });
    expect(rateLimitMessage(at(6_200), now)).toBe("You can post again in 7 seconds.");
    expect(rateLimitMessage(at(400), now)).toBe("You can post again in 1 second.");
  });

  it("gives the hourly limit's time in the reader's zone, rounded up to the minute", () => {
    const limit = { kind: "hourly" as const, retryAt: new Date("2025-06-01T13:04:30Z") };
    expect(rateLimitMessage(limit, now, "Europe/London")).toBe(
      "You've reached 30 comments this hour. You can post again at 14:05.",
    );
    expect(rateLimitMessage(limit, now, "Not/AZone")).toMatch(/again at 13:05\.$/);
  });

  it("accepts only real time zones", () => {
    expect(safeTimeZone("America/New_York")).toBe("America/New_York");
    expect(safeTimeZone("Mars/Olympus")).toBe("UTC");
    expect(safeTimeZone(null)).toBe("UTC");
  });
});

describe("form schemas", () => {
  it("trims the body and reads the spoiler checkbox and optional parent", () => {
    expect(
      postCommentSchema.parse({ reviewId: "3", parentId: "", body: "  hi \n", spoiler: "on" }),
    ).toEqual({ reviewId: 3, parentId: undefined, body: "hi", spoiler: true });
    expect(postCommentSchema.parse({ reviewId: "3", parentId: "9", body: "x" })).toMatchObject({
      parentId: 9,
      spoiler: false,
    });
  });

  it("allows exactly 5,000 characters after trimming", () => {
    const ok = postCommentSchema.safeParse({ reviewId: "1", body: ` ${"a".repeat(5000)} ` });
    expect(ok.success).toBe(true);
    const tooLong = postCommentSchema.safeParse({ reviewId: "1", body: "a".repeat(5001) });
    expect(tooLong.success).toBe(false);
  });

  it("needs a reason for a report, and a note when the reason is something else", () => {
    const base = { reviewId: "1", commentId: "2" };
    expect(reportSchema.safeParse({ ...base, reason: "spam" }).success).toBe(true);
    expect(reportSchema.safeParse({ ...base, reason: "other" }).success).toBe(false);
    expect(reportSchema.safeParse({ ...base, reason: "other", details: "Off topic" }).success).toBe(
      true,
    );
  });
});

describe("line breaks", () => {
  it("counts a CRLF from the browser as one character", () => {
    const body = `${"a\r\n".repeat(2500)}`;
    const parsed = postCommentSchema.safeParse({ reviewId: "1", body });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.body).toBe("a\n".repeat(2500).trim());
  });
});
