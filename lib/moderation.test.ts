import { describe, expect, it } from "vitest";
import {
  commentCount,
  commentSummary,
  describeReport,
  readerSummary,
  suspendedMessage,
} from "./moderation";
import { banSchema, bulkCommentsSchema } from "./moderation-schemas";

describe("what moderation says", () => {
  it("tells a suspended reader the admin's reason", () => {
    expect(suspendedMessage("Spam links.")).toBe("Your account is suspended: Spam links.");
    expect(suspendedMessage(null)).toBe("Your account is suspended.");
  });

  it("counts comments and names actions", () => {
    expect([commentCount(1), commentCount(2), commentCount(1200)]).toEqual([
      "1 comment",
      "2 comments",
      "1,200 comments",
    ]);
  });

  it("sums up a comment and a reader for the log, as plain text", () => {
    expect(
      commentSummary({ id: 7, handle: "ana", filmTitle: "Heat", body: "**Loud** [cue](x)\n\nyes" }),
    ).toBe("#7 by @ana on Heat: “Loud cue yes”");
    expect(
      commentSummary({ id: 8, handle: null, filmTitle: "Heat", body: "x".repeat(200) }),
    ).toMatch(/^#8 on Heat: “x{80}…”$/);
    expect(readerSummary({ name: "Ana", handle: "ana" }, "Spam")).toBe("@ana (Ana): Spam");
  });

  it("reads a stored report back as its reason and the reader's note", () => {
    expect(describeReport("spam")).toEqual({ label: "Spam or advertising", details: null });
    expect(describeReport("other: links: to a shop")).toEqual({
      label: "Something else",
      details: "links: to a shop",
    });
    expect(describeReport("made up")).toEqual({ label: "made up", details: null });
  });
});

describe("the moderation forms", () => {
  it("take one or many comment ids, and at least one", () => {
    expect(bulkCommentsSchema.parse({ commentIds: "3" })).toEqual({ commentIds: [3] });
    expect(bulkCommentsSchema.parse({ commentIds: ["3", "4"] })).toEqual({ commentIds: [3, 4] });
    for (const bad of [{}, { commentIds: "" }, { commentIds: ["1", "x"] }, { commentIds: "-2" }]) {
      expect(bulkCommentsSchema.safeParse(bad).success).toBe(false);
    }
    const many = Array.from({ length: 101 }, (_, i) => String(i + 1));
    expect(bulkCommentsSchema.safeParse({ commentIds: many }).success).toBe(false);
  });

  it("need a reason for a ban, trimmed and not too long", () => {
    expect(banSchema.parse({ userId: "u1", reason: "  Spam  " })).toEqual({
      userId: "u1",
      reason: "Spam",
    });
    expect(banSchema.safeParse({ userId: "u1", reason: "   " }).success).toBe(false);
    expect(banSchema.safeParse({ userId: "u1" }).success).toBe(false);
    expect(banSchema.safeParse({ userId: "u1", reason: "x".repeat(301) }).success).toBe(false);
  });
});
