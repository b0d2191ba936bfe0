import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { viewerAccount } from "@/lib/testing/admin-actions";
import { setClockOffset } from "@/lib/testing/clock-file";
import { editorValues } from "@/lib/testing/editor-form";
import { openTestDatabase } from "./testing";
import { createDraft, saveInEditor } from "./testing-editor";
import {
  auditLog,
  composers,
  reviewRevisions,
  reviews,
  sessions,
  siteSettings,
  soundtracks,
  users,
} from "./schema";

// The site's clock (db/clock.mjs) reads this file at every call; set before any module reads it.
const clockFile = vi.hoisted(() => {
  const file = `${process.env.DATABASE_URL!.replace(/^file:/, "")}.clock.json`;
  process.env.APP_CLOCK_FILE = file;
  return file;
});

const DAY = 86_400_000;
const { db } = await openTestDatabase({ seed: false });
const { SESSION_MAX_AGE_SECONDS, startSession } = await import("./queries/sessions");
const { getWeeklySlot, saveRequireVerifiedEmail } = await import("./queries/settings");
const { createReader } = await import("./queries/users");
const { setReviewTime, unpublishReview } = await import("./queries/review-schedule");

/** How many whole days ahead of the machine's clock a stored time is. */
const daysAhead = (at: Date) => Math.round((at.getTime() - Date.now()) / DAY);

describe("a time a write stores", () => {
  it("follows the site's clock when it moves", async () => {
    setClockOffset(clockFile, 40 * DAY);
    const created = await createReader({
      name: "Clock",
      email: "clock@example.test",
      handle: "clock",
      passwordHash: "not-a-hash",
    });
    const [user] = await db.select().from(users).where(eq(users.id, created!.id));
    expect(daysAhead(user!.createdAt)).toBe(40);

    setClockOffset(clockFile, 50 * DAY);
    await saveRequireVerifiedEmail(true, user!.id);
    const [settings] = await db.select().from(siteSettings);
    expect(daysAhead(settings!.updatedAt)).toBe(50);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.actorId, user!.id));
    expect(daysAhead(entry!.createdAt)).toBe(50);

    setClockOffset(clockFile, 60 * DAY);
    const token = await startSession(user!.id);
    const [session] = await db.select().from(sessions).where(eq(sessions.sessionToken, token));
    expect(daysAhead(session!.expires)).toBe(60 + (SESSION_MAX_AGE_SECONDS * 1000) / DAY);
  });

  it("dates a new review, its soundtrack and its new composer by the site's clock", async () => {
    const admin = await viewerAccount(db, "clock_admin", { role: "admin" });
    setClockOffset(clockFile, 70 * DAY);
    const values = editorValues();
    const reviewId = await createDraft(values, admin.id);
    const [review] = await db.select().from(reviews).where(eq(reviews.id, reviewId));
    const [soundtrack] = await db
      .select()
      .from(soundtracks)
      .where(eq(soundtracks.id, review!.soundtrackId));
    const [composer] = await db
      .select()
      .from(composers)
      .where(eq(composers.name, values.composers[1]!));
    for (const at of [review!.createdAt, review!.updatedAt, soundtrack!.createdAt]) {
      expect(daysAhead(at)).toBe(70);
    }
    expect(daysAhead(soundtrack!.updatedAt)).toBe(70);
    expect(daysAhead(composer!.createdAt)).toBe(70);
  });

  it("dates an editor's save, its version in the history and its audit line alike", async () => {
    const admin = await viewerAccount(db, "clock_saver", { role: "admin" });
    const values = { ...editorValues(), slug: "saved-at-one-time" };
    const reviewId = await createDraft(values, admin.id);
    await saveInEditor(reviewId, { ...values, headline: "Saved at one time" }, admin.id);
    const [version] = await db
      .select()
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, reviewId))
      .orderBy(desc(reviewRevisions.id))
      .limit(1);
    const [saved] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, String(reviewId)), eq(auditLog.action, "review.saved")));
    expect(saved!.createdAt).toEqual(version!.createdAt);
  });

  it("dates a publish and an unpublish's audit lines by the time the change is made at", async () => {
    const admin = await viewerAccount(db, "clock_publisher", { role: "admin" });
    const reviewId = await createDraft({ ...editorValues(), slug: "published-then" }, admin.id);
    const change = { reviewId, actorId: admin.id, headline: "Published then" };
    const [published, unpublished] = [
      new Date(Date.UTC(2026, 0, 6, 9)),
      new Date(Date.UTC(2026, 0, 7)),
    ];
    const slot = await getWeeklySlot();
    await setReviewTime({ ...change, at: published, now: published, summary: "then", slot });
    await unpublishReview({ ...change, now: unpublished });
    const lines = await db
      .select({ action: auditLog.action, createdAt: auditLog.createdAt })
      .from(auditLog)
      .where(eq(auditLog.targetId, String(reviewId)))
      .orderBy(auditLog.id);
    expect(lines.slice(1)).toEqual([
      { action: "review.published", createdAt: published },
      { action: "review.unpublished", createdAt: unpublished },
    ]);
  });
});
