import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { viewerAccount, insertDraftReview } from "@/lib/testing/admin-actions";
import { NEWSLETTER_LATE_HOURS } from "@/lib/newsletter";
import { openTestDatabase } from "../testing";
import { review } from "../testing-reviews-cli";
import { newsletterDeliveries, newsletterIssues, newsletterSubscribers, reviews } from "../schema";

// The seed puts week 1 in the slot of Tuesday 24 November 2026, 09:00 Europe/London.
const START = new Date("2026-11-25T12:00:00Z");
const clock = vi.hoisted(() => ({ at: new Date("2026-11-25T12:00:00Z") }));
vi.mock("../clock.mjs", () => ({ now: () => clock.at, nowMs: () => clock.at.getTime() }));

const { db } = await openTestDatabase({ now: START });
const { setReviewTime, unpublishReview } = await import("./review-schedule");
const { importReview } = await import("./review-files");
const { getWeeklySlot } = await import("./settings");
const { queueLiveIssues, getIssueByReview, getIssueProgress, hasNewsletterWork, finishIssues } =
  await import("./newsletter-queue");
const admin = await viewerAccount(db, "nl_queue", { role: "admin" });

let n = 0;
async function subscriber(state: "pending" | "subscribed" | "unsubscribed" | "bounced") {
  n += 1;
  const [row] = await db
    .insert(newsletterSubscribers)
    .values({ email: `q${n}@example.test`, state, createdAt: clock.at, updatedAt: clock.at })
    .returning();
  return row!;
}

const recipients = async (issueId: number) =>
  (
    await db
      .select({ email: newsletterDeliveries.email, state: newsletterDeliveries.state })
      .from(newsletterDeliveries)
      .where(eq(newsletterDeliveries.issueId, issueId))
  )
    .map((r) => `${r.email} ${r.state}`)
    .sort();

async function publishNow(reviewId: number) {
  const change = { reviewId, actorId: admin.id, headline: "H" };
  const slot = await getWeeklySlot();
  await setReviewTime({ ...change, at: clock.at, now: clock.at, summary: "now", slot });
}

beforeEach(() => {
  clock.at = new Date(START);
});

describe("a review going live queues its newsletter once", () => {
  it("published now: in the publishing batch, to every subscribed address then and no other", async () => {
    const on = [await subscriber("subscribed"), await subscriber("subscribed")];
    await Promise.all(
      ["pending", "unsubscribed", "bounced"].map((s) => subscriber(s as "pending")),
    );
    const draft = await insertDraftReview(db, "nl-published-now");
    expect(await getIssueByReview(draft.id)).toBeNull();
    await publishNow(draft.id);
    const issue = (await getIssueByReview(draft.id))!;
    expect(issue).toMatchObject({ state: "queued", recipientsAt: clock.at });
    expect(await recipients(issue.id)).toEqual(on.map((s) => `${s.email} queued`).sort());
    expect(await getIssueProgress(issue.id)).toMatchObject({ queued: 2, total: 2, sent: 0 });
  });

  it("is not queued again when it goes off the site and back, nor to a newer subscriber", async () => {
    const first = await subscriber("subscribed");
    const draft = await insertDraftReview(db, "nl-republished");
    await publishNow(draft.id);
    const issue = (await getIssueByReview(draft.id))!;
    const before = await recipients(issue.id);
    expect(before).toContain(`${first.email} queued`);

    await unpublishReview({ reviewId: draft.id, actorId: admin.id, headline: "H", now: clock.at });
    const late = await subscriber("subscribed");
    clock.at = new Date(clock.at.getTime() + 60_000);
    await publishNow(draft.id);
    await queueLiveIssues();
    const rows = await db
      .select()
      .from(newsletterIssues)
      .where(eq(newsletterIssues.reviewId, draft.id));
    expect(rows).toEqual([issue]);
    expect(await recipients(issue.id)).toEqual(before);
    expect(before).not.toContain(`${late.email} queued`);
  });

  it("scheduled, by an import with --publish: queued by the sender's round once its slot has come", async () => {
    const placed = await importReview(review("nl-imported"), { publish: true, now: clock.at });
    expect(placed.status).toBe("scheduled");
    const id = (await db.query.reviews.findFirst({
      where: (r, { eq }) => eq(r.slug, "nl-imported"),
    }))!.id;
    const reader = await subscriber("subscribed");
    await queueLiveIssues();
    expect(await getIssueByReview(id)).toBeNull();

    clock.at = new Date(placed.publishedAt!.getTime() + 5_000);
    await queueLiveIssues();
    await queueLiveIssues();
    const issue = (await getIssueByReview(id))!;
    expect(issue.state).toBe("queued");
    expect(await recipients(issue.id)).toContain(`${reader.email} queued`);
    expect(
      await db.select().from(newsletterIssues).where(eq(newsletterIssues.reviewId, id)),
    ).toHaveLength(1);
  });

  it("is not queued for a review that went live longer ago than the newsletter waits", async () => {
    const draft = await insertDraftReview(db, "nl-old");
    const hours = (h: number) => new Date(clock.at.getTime() - h * 60 * 60 * 1000);
    const change = { reviewId: draft.id, actorId: admin.id, headline: "H", summary: "then" };
    const slot = await getWeeklySlot();
    await setReviewTime({ ...change, at: hours(NEWSLETTER_LATE_HOURS + 1), now: clock.at, slot });
    await queueLiveIssues();
    expect(await getIssueByReview(draft.id)).toBeNull();
  });

  it("is not queued for a review whose editor turned its newsletter off", async () => {
    await subscriber("subscribed");
    const draft = await insertDraftReview(db, "nl-off");
    await db.update(reviews).set({ newsletterMode: "off" }).where(eq(reviews.id, draft.id));
    await publishNow(draft.id);
    await queueLiveIssues();
    expect(await getIssueByReview(draft.id)).toBeNull();
  });
});

describe("the server's timer asks whether the newsletter has work", () => {
  const allSent = () =>
    db
      .update(newsletterDeliveries)
      .set({ state: "sent" })
      .where(eq(newsletterDeliveries.state, "queued"));

  it("answers yes for a review gone live, a delivery due, an issue to finish, an orphaned claim", async () => {
    await subscriber("subscribed");
    await queueLiveIssues();
    await allSent();
    await finishIssues();
    expect(await hasNewsletterWork()).toBe(false);

    const draft = await insertDraftReview(db, "nl-work");
    await db
      .update(reviews)
      .set({ status: "published", publishedAt: clock.at })
      .where(eq(reviews.id, draft.id));
    expect(await hasNewsletterWork()).toBe(true);
    await queueLiveIssues();
    expect(await hasNewsletterWork()).toBe(true);
    await allSent();
    expect(await hasNewsletterWork()).toBe(true);
    await finishIssues();
    expect(await hasNewsletterWork()).toBe(false);

    const issue = (await getIssueByReview(draft.id))!;
    await db
      .update(newsletterDeliveries)
      .set({ state: "sending", claimedBy: "gone" })
      .where(eq(newsletterDeliveries.issueId, issue.id));
    expect(await hasNewsletterWork()).toBe(true);
  });
});
