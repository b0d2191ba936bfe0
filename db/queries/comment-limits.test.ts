import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimitMessage } from "@/lib/comment-rules";
import { openTestDatabase } from "../testing";
import { commentFixtures } from "../testing-comments";
import { commentReports, comments } from "../schema";

const { db } = await openTestDatabase();
const q = { ...(await import("./comments")), ...(await import("./comment-writes")) };
const { reader, reviewId, attempt, post } = commentFixtures(db);
const { getReviewViewerState } = await import("./viewer-state");

const featured = await reviewId("mission-impossible-fallout");
const hollow = await reviewId("the-hollow-at-vennick-mill");

describe("rate limits", () => {
  it("allows one comment per 10 seconds and says when the next one can go", async () => {
    const ana = await reader();
    const t = Date.UTC(2025, 2, 1, 9);
    expect((await attempt(featured, ana.id, "one", { now: new Date(t) })).ok).toBe(true);
    const blocked = await attempt(featured, ana.id, "two", { now: new Date(t + 3_000) });
    expect(blocked).toEqual({
      ok: false,
      reason: "rate-limited",
      limit: { kind: "interval", retryAt: new Date(t + 10_000) },
    });
    if (!blocked.ok && blocked.reason === "rate-limited") {
      expect(rateLimitMessage(blocked.limit, new Date(t + 3_000))).toBe(
        "You can post again in 7 seconds.",
      );
    }
    expect((await attempt(featured, ana.id, "two", { now: new Date(t + 10_001) })).ok).toBe(true);
  });

  it("allows 30 comments an hour, deleted ones included", async () => {
    const ana = await reader();
    const start = Date.UTC(2025, 2, 2, 13, 30);
    for (let i = 0; i < 30; i++) {
      const id = await post(hollow, ana.id, `n${i}`, { now: new Date(start + i * 60_000) });
      if (i === 0) await q.deleteComment({ commentId: id, reviewId: hollow, authorId: ana.id });
    }
    const at = new Date(start + 30 * 60_000);
    const blocked = await attempt(hollow, ana.id, "31", { now: at });
    expect(blocked).toEqual({
      ok: false,
      reason: "rate-limited",
      limit: { kind: "hourly", retryAt: new Date(start + 3_600_000) },
    });
    if (!blocked.ok && blocked.reason === "rate-limited") {
      expect(rateLimitMessage(blocked.limit, at)).toBe(
        "You've reached 30 comments this hour. You can post again at 14:30.",
      );
    }
    const [n] = await db.select({ n: count() }).from(comments).where(eq(comments.authorId, ana.id));
    expect(n?.n).toBe(30);
    expect((await attempt(hollow, ana.id, "later", { now: new Date(start + 3_600_001) })).ok).toBe(
      true,
    );
  });
});

describe("reports", () => {
  it("takes one report per reader per comment, and only the reporter can withdraw it", async () => {
    const [ana, ben, cy] = [await reader(), await reader(), await reader()];
    const id = await post(hollow, ana.id, "Report me");
    const report = (reporterId: string) =>
      q.reportComment({ commentId: id, reviewId: hollow, reporterId, reason: "spam" });
    expect(await report(ben.id)).toBe("reported");
    expect(await report(ben.id)).toBe("already-reported");
    expect(await report(ana.id)).toBe("not-found");
    expect(await report(cy.id)).toBe("reported");
    const reportsOn = async () =>
      db.select().from(commentReports).where(eq(commentReports.commentId, id));
    expect(await reportsOn()).toHaveLength(2);
    expect(await q.withdrawReport({ commentId: id, reporterId: ana.id })).toBe(false);
    expect(await reportsOn()).toHaveLength(2);
    expect((await getReviewViewerState(ben.id, hollow))?.reported).toContain(id);
    expect(await q.withdrawReport({ commentId: id, reporterId: ben.id })).toBe(true);
    expect((await getReviewViewerState(ben.id, hollow))?.reported).not.toContain(id);
    const left = await reportsOn();
    expect(left.map((r) => r.reporterId)).toEqual([cy.id]);
    const [cyReport] = await db
      .select()
      .from(commentReports)
      .where(and(eq(commentReports.commentId, id), eq(commentReports.reporterId, cy.id)));
    expect(cyReport?.reason).toBe("spam");
  });
});
