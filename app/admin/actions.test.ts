import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import { auditLog, reviews } from "@/db/schema";
import { IDLE } from "@/lib/action-state";
import { formOf as form, insertDraftReview, viewerAccount } from "@/lib/testing/admin-actions";
import type { Viewer } from "@/lib/viewer";

const clock = vi.hoisted(() => ({ at: new Date("2026-11-25T12:00:00Z") }));
vi.mock("@/auth/viewer", () => ({ getViewer: vi.fn(), getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));
vi.mock("@/db/clock.mjs", () => ({ now: () => clock.at, nowMs: () => clock.at.getTime() }));

// Week 1 (the seeded review) went out in the slot of Tuesday 24 November 2026, 09:00 GMT.
const { db } = await openTestDatabase({ now: clock.at });
const { getViewer } = await import("@/auth/viewer");
const { revalidateTag } = await import("next/cache");
const { getLiveReviewBySlug } = await import("@/db/queries/reviews");
const { deleteReview, publishReview, unpublishReview } = await import("./actions");

const admin = await viewerAccount(db, "ada", { role: "admin", name: "Ada" });
const reader: Viewer = { id: "someone", name: "Rae", handle: "rae", role: "reader" };

const draft = (slug: string) => insertDraftReview(db, slug);

const stored = async (id: number) => (await db.select().from(reviews).where(eq(reviews.id, id)))[0];

beforeEach(() => {
  clock.at = new Date("2026-11-25T12:00:00Z");
  vi.mocked(getViewer).mockResolvedValue(admin);
  vi.mocked(revalidateTag).mockClear();
});

describe("publishing each week", () => {
  it("schedules a draft into the next free slot, and it goes live by itself at that time", async () => {
    const review = await draft("next-slot");
    const state = await publishReview(IDLE, form({ reviewId: String(review.id), when: "next" }));
    expect(state).toMatchObject({
      status: "ok",
      message: `“Headline next-slot” is scheduled for Tuesday 1 December 2026, 09:00 (Europe/London).`,
    });
    expect(await stored(review.id)).toMatchObject({
      status: "scheduled",
      publishedAt: new Date("2026-12-01T09:00:00Z"),
      weekNumber: 2,
    });
    expect(vi.mocked(revalidateTag).mock.calls.map((c) => c[0])).toEqual([
      "reviews",
      `review:${review.id}`,
    ]);
    expect(await getLiveReviewBySlug("next-slot")).toBeUndefined();

    clock.at = new Date("2026-12-01T09:00:01Z");
    expect((await getLiveReviewBySlug("next-slot"))?.id).toBe(review.id);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(review.id)));
    expect(entry).toMatchObject({ action: "review.scheduled", actorId: admin.id });
  });

  it("asks before a second review shares a week, then does it, both with the week's number", async () => {
    const taken = await draft("taken-week");
    const second = await draft("second-in-week");
    const slot = "2026-12-08T09:00:00.000Z";
    await publishReview(IDLE, form({ reviewId: String(taken.id), when: slot }));
    const asked = await publishReview(IDLE, form({ reviewId: String(second.id), when: slot }));
    expect(asked.status).toBe("error");
    expect(asked.message).toContain("“Headline taken-week” already goes out that week.");
    expect(asked.data).toEqual({ shareWith: ["Headline taken-week"] });
    expect((await stored(second.id))?.status).toBe("draft");

    const confirmed = await publishReview(
      IDLE,
      form({ reviewId: String(second.id), when: slot, shareWeek: "yes" }),
    );
    expect(confirmed.status).toBe("ok");
    expect((await stored(taken.id))?.weekNumber).toBe(3);
    expect(await stored(second.id)).toMatchObject({ status: "scheduled", weekNumber: 3 });
  });

  it("refuses a time that is not a coming slot", async () => {
    const review = await draft("odd-time");
    for (const when of ["2026-12-02T09:00:00.000Z", "2026-11-24T09:00:00.000Z", "tomorrow"]) {
      const state = await publishReview(IDLE, form({ reviewId: String(review.id), when }));
      expect(state.status).toBe("error");
    }
    expect((await stored(review.id))?.status).toBe("draft");
  });

  it("publishes now, unpublishes, and deletes with a confirmation", async () => {
    const review = await draft("now-and-gone");
    const published = await publishReview(
      IDLE,
      form({ reviewId: String(review.id), when: "now", shareWeek: "yes" }),
    );
    expect(published).toMatchObject({
      status: "ok",
      message: "“Headline now-and-gone” is published.",
    });
    expect((await getLiveReviewBySlug("now-and-gone"))?.id).toBe(review.id);
    // Wednesday is in the week Tuesday's slot opened: week 1's, shared with the seeded review.
    expect((await stored(review.id))?.weekNumber).toBe(1);

    await unpublishReview(IDLE, form({ reviewId: String(review.id) }));
    expect(await stored(review.id)).toMatchObject({ status: "draft", publishedAt: null });
    expect(await getLiveReviewBySlug("now-and-gone")).toBeUndefined();

    const unconfirmed = await deleteReview(IDLE, form({ reviewId: String(review.id) }));
    expect(unconfirmed).toMatchObject({ status: "error", message: "Confirm the deletion first." });
    expect(await stored(review.id)).toBeDefined();
    await deleteReview(IDLE, form({ reviewId: String(review.id), confirm: "delete" }));
    expect(await stored(review.id)).toBeUndefined();
    const actions = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, String(review.id)));
    // Going live queues its newsletter, in the same batch: the site sends it, not the admin.
    expect(actions.map((a) => a.action)).toEqual([
      "review.published",
      "newsletter.queued",
      "review.unpublished",
      "review.deleted",
    ]);
  });

  it("changes nothing for a reader or a visitor", async () => {
    const review = await draft("not-yours");
    for (const caller of [reader, null]) {
      vi.mocked(getViewer).mockResolvedValue(caller);
      for (const [action, fields] of [
        [publishReview, { when: "now" }],
        [unpublishReview, {}],
        [deleteReview, { confirm: "delete" }],
      ] as const) {
        const state = await action(IDLE, form({ reviewId: String(review.id), ...fields }));
        expect(state).toMatchObject({ status: "error", message: "Only editors can do that." });
      }
    }
    expect(await stored(review.id)).toMatchObject({ status: "draft" });
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
